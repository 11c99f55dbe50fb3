/**
 * Passage numbering is the contract every permalink and citation depends on. These values are
 * pinned on purpose (read off the seeds by hand): if ingest ever renumbers, this must fail.
 */
import { describe, expect, it } from 'vitest';
import { listPassages } from '../../../src/lib/passages/passages.ts';
import { parseBody } from '../../../src/lib/passages/body.ts';
import { renderBody } from '../../../src/lib/render/render-body.ts';
import { loadCommitted } from '../../helpers/corpus.ts';

const PINNED: Record<string, { count: number; first: string; last: string }> = {
  '000_d09afa9223cb6bc8.txt': {
    count: 18,
    first: 'The struggle, however, has reached',
    last: 'This is the nature of the task',
  },
  '001_7cc8f5b0f7d5b454.txt': { count: 32, first: 'In Peru, anger erupted as a', last: 'It also made me reflect on' },
  '002_64d6a0a2b44dff9e.txt': {
    count: 24,
    first: 'Since the massacre of activists in',
    last: 'This Constituent Assembly would also provide',
  },
  '003_55404ef00ccdffde.txt': {
    count: 24,
    first: 'Protests in Peru’s capital continued into',
    last: 'Everywhere, the objective conditions for the',
  },
  '004_8eae7efb85e4019e.txt': {
    count: 16,
    first: 'The poor and working people are',
    last: 'Long live the workers’ and popular',
  },
};

const articles = loadCommitted();

describe('passages of the five articles', () => {
  it('covers every seed', () => {
    expect(articles.map((a) => a.data.seed.file).sort()).toEqual(Object.keys(PINNED).sort());
  });

  it.each(articles.map((a) => [a.data.seed.file, a] as const))('%s keeps its pinned numbering', (seed, article) => {
    const pin = PINNED[seed];
    const passages = listPassages(parseBody(article.body));
    expect(passages.length).toBe(pin?.count);
    expect(article.data.passageCount).toBe(pin?.count);
    expect(passages[0]?.text.startsWith(pin?.first ?? '?')).toBe(true);
    expect(passages.at(-1)?.text.startsWith(pin?.last ?? '?')).toBe(true);
    expect(passages.map((p) => p.id)).toEqual(passages.map((_, i) => `p${i + 1}`));
  });

  it('numbers a block quote paragraph as a passage of kind quote (001 quotes Maiello)', () => {
    const article = articles.find((a) => a.data.seed.file === '001_7cc8f5b0f7d5b454.txt');
    const quotes = listPassages(parseBody(article?.body ?? '')).filter((p) => p.kind === 'quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text.startsWith('Institutions never change')).toBe(true);
  });

  it('renders the same ids the passage function gives', () => {
    for (const article of articles) {
      const { html, passages } = renderBody(article.body);
      const ids = [...html.matchAll(/<div class="passage" id="(p\d+)"/g)].map((m) => m[1]);
      expect(ids).toEqual(passages.map((p) => p.id));
    }
  });
});
