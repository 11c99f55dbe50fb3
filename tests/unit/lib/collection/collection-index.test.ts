/**
 * A collection checked against the articles the page carries: entries naming an unknown article or
 * a ¶ beyond an article's last are listed in words, the rest kept in order. The index is built from
 * the committed articles, so the ¶ counts are the corpus's own.
 */
import { describe, expect, it } from 'vitest';
import {
  describeMissing,
  parseArticleIndex,
  resolveCollection,
} from '../../../../src/lib/collection/collection-index.ts';
import { listBodyPassages } from '../../../../src/lib/passages/body.ts';
import { buildCollectionView } from '../../../../src/lib/views/collection-view.ts';
import { loadArticleViews } from '../../../helpers/corpus-views.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

const views = loadArticleViews();
const { index, articles } = buildCollectionView(views);
const committed = loadCommitted();
const [first, second] = committed;
if (!first || !second) throw new Error('the corpus has at least two articles');
// The last ¶ of an article, counted from its body by the passage function, not from the index.
const lastOf = (body: string) => listBodyPassages(body).length;

describe('the index the collection page carries', () => {
  it('lists every article once, with its passage count as the body has it', () => {
    expect(Object.keys(index).sort()).toEqual(committed.map((a) => a.slug).sort());
    for (const a of committed) expect(index[a.slug]?.passages, a.slug).toBe(lastOf(a.body));
    expect(articles).toHaveLength(committed.length);
  });

  it('reads back from its JSON, and refuses anything else', () => {
    expect(parseArticleIndex(JSON.stringify(index))).toEqual(index);
    for (const bad of [
      '',
      '[]',
      '{"a":{"title":1}}',
      '{"a":{"title":"t","publisher":null,"tendency":null,"written":"w","passages":1.5}}',
    ])
      expect(parseArticleIndex(bad), bad).toBeNull();
  });
});

describe('resolving a collection', () => {
  it('keeps what exists and lists, in order, the unknown article and the ¶ past the end', () => {
    const last = lastOf(first.body);
    const { collection, missing } = resolveCollection(
      {
        title: 'T',
        entries: [
          { slug: first.slug, n: last, note: 'kept' },
          { slug: 'no-such-article', n: 2, note: '' },
          { slug: second.slug, n: 1, note: '' },
          { slug: first.slug, n: last + 1, note: '' },
          { slug: 'constructor', n: 1, note: '' },
        ],
      },
      index,
    );
    expect(collection).toEqual({
      title: 'T',
      entries: [
        { slug: first.slug, n: last, note: 'kept' },
        { slug: second.slug, n: 1, note: '' },
      ],
    });
    expect(missing.map(describeMissing)).toEqual([
      '¶2 of “no-such-article”: no article of this site has that address.',
      `¶${last + 1} of “${first.data.title}”: the article has ${last} paragraphs.`,
      '¶1 of “constructor”: no article of this site has that address.',
    ]);
  });
});
