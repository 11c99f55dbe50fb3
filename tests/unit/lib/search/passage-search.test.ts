import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPassageIndex } from '../../../../src/lib/search/passage-index.ts';
import {
  decodePostings,
  parseIndexFile,
  PassageIndex,
  rarity,
  smallestSpan,
  type ArticleResult,
} from '../../../../src/lib/search/passage-search.ts';
import { article, passage, topic } from './index-input.ts';

const filler = 'and then the people marched on through the long day in the towns of the south';
const articles = [
  article(
    'a-early',
    '2022-12-10',
    [
      'The CGTP called a general strike.',
      `A general assembly met. ${filler}. Later a strike began.`,
      'Nothing here.',
      passage(
        'Then Baluarte spoke.',
        [{ printed: 'Baluarte', names: ['Dina Boluarte'], topic: 'entity:boluarte' }],
        ['entity:boluarte'],
      ),
    ],
    { current: ['LIT-CI'], year: ['2022'] },
  ),
  article(
    'b-late',
    '2023-02-01',
    [
      'The strike spread across the south.',
      passage('Boluarte answered with repressive force; the repression went on.', [], ['entity:boluarte']),
      passage('At least 60 people have died in the protests.', [], ['claim:deaths']),
    ],
    { current: ['FT-CI'], year: ['2023'] },
  ),
  article('c-other', '2023-03-01', ['The Peruvian Constituent Assembly was demanded.'], {
    current: ['FT-CI'],
    year: ['2023'],
  }),
];
const topics = [
  topic('entity:boluarte', ['Dina Boluarte', 'Boluarte', 'Baluarte']),
  topic('claim:deaths', ['Deaths in the repression', 'death toll'], 'claim'),
];
const files = new Map(buildPassageIndex(articles, topics));

/** The index over `files`, recording each file fetched. */
async function open() {
  const fetched: string[] = [];
  const index = await PassageIndex.open(async (path) => {
    fetched.push(path.replace(/\?.*$/, ''));
    const json = files.get(path.replace(/\?.*$/, ''));
    if (json === undefined) throw new Error(`no ${path}`);
    return JSON.parse(json) as unknown;
  });
  return { index, fetched };
}

/** `slug ¶,¶` per article, as listed. */
const shown = (hits: ArticleResult[]) =>
  hits.map((h) => `${h.meta['slug'] ?? '?'} ${h.passages.map((p) => p.n).join(',')}`);

describe('PassageIndex.search: relevance', () => {
  it('puts a passage holding every word above one holding some, and the words close together first', async () => {
    const { index } = await open();
    const outcome = await index.search('general strike', {}, 10);
    // a-early ¶1 holds both words side by side; ¶2 holds both far apart; b-late ¶1 only "strike".
    expect(shown(outcome.hits)).toEqual(['a-early 1,2', 'b-late ']);
    expect(outcome.hits[1]?.more.map((p) => p.n)).toEqual([1]);
    // The folded passages' text is read on request, with their excerpts.
    const [more] = await index.readMore(outcome.hits[1] as ArticleResult, 'general strike');
    expect(more?.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['strike']);
    expect(outcome.complete).toBe(2);
    expect(outcome.passages).toBe(3);
  });

  it('orders articles by their best passage, and by date when asked, passages then in reading order', async () => {
    const { index } = await open();
    expect(shown((await index.search('repression', {}, 10)).hits)).toEqual(['b-late 2']);
    const byRelevance = await index.search('strike', {}, 10);
    // b-late's one short passage says "strike" once in six words; a-early ¶1 in six too: ties go to the earlier passage.
    expect(byRelevance.hits.map((h) => h.meta['slug'])).toEqual(['a-early', 'b-late']);
    const byDate = await index.search('strike', {}, 10, 'date');
    expect(shown(byDate.hits)).toEqual(['a-early 1,2', 'b-late 1']);
  });

  it('finds every form of a word by its stem, and marks each in the excerpt', async () => {
    const { index } = await open();
    const [hit] = (await index.search('repressed', {}, 10)).hits;
    expect(hit?.passages[0]?.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['repressive', 'repression']);
  });

  it('finds a name only glossed below the printed one, and shows the gloss under the excerpt', async () => {
    const { index } = await open();
    const outcome = await index.search('Dina Boluarte', {}, 10);
    const [first, second] = outcome.hits;
    // "Boluarte" printed (b-late ¶2) above "Baluarte" glossed as Dina Boluarte (a-early ¶4).
    expect(first?.meta['slug']).toBe('b-late');
    expect(second?.passages[0]?.glosses).toEqual([
      { printed: 'Baluarte', names: ['Dina Boluarte'], topic: 'entity:boluarte' },
    ]);
    expect(first?.passages[0]?.glosses).toEqual([]);
    expect(outcome.topics.map((t) => t.label)).toEqual(['Dina Boluarte']);
  });

  it('reaches the passages of a topic the query names, offers its page, and says which words are found nowhere', async () => {
    const { index } = await open();
    const outcome = await index.search('death toll', {}, 10);
    expect(shown(outcome.hits)).toEqual(['b-late 3']);
    expect(outcome.topics).toEqual([{ kind: 'claim', label: 'Deaths in the repression', href: '/claim/deaths/' }]);
    expect(outcome.complete).toBe(0);
    expect(outcome.missing).toEqual(['death', 'toll']);
  });

  it('matches a quoted phrase word for word and in order', async () => {
    const { index } = await open();
    expect(shown((await index.search('"Constituent Assembly"', {}, 10)).hits)).toEqual(['c-other 1']);
    expect((await index.search('"assembly constituent"', {}, 10)).matched).toBe(0);
    // Loose, the two words find the passage holding both first, then one holding one of them.
    expect(shown((await index.search('constituent assembly', {}, 10)).hits)).toEqual(['c-other 1', 'a-early ']);
  });

  it('ignores stop words outside quotes but finds a query of stop words alone', async () => {
    const { index } = await open();
    const outcome = await index.search('the CGTP', {}, 10);
    expect(shown(outcome.hits)).toEqual(['a-early 1']);
    expect(outcome.dropped).toEqual(['the']);
    expect((await index.search('the', {}, 10)).matched).toBe(3);
  });

  it('matches the last word as a prefix while it is being typed, and never a short one', async () => {
    const { index } = await open();
    expect(shown((await index.search('Constit', {}, 10)).hits)).toEqual(['c-other 1']);
    expect((await index.search('Constit ', {}, 10)).matched).toBe(0);
    expect((await index.search('st', {}, 10)).matched).toBe(0);
  });

  it('applies the chosen filters and counts matching articles under each value', async () => {
    const { index } = await open();
    const outcome = await index.search('strike', { current: ['FT-CI'] }, 10);
    expect(shown(outcome.hits)).toEqual(['b-late 1']);
    expect(outcome.counts['current']).toEqual({ 'FT-CI': 1, 'LIT-CI': 0 });
    expect(index.allCounts()['year']).toEqual({ '2022': 1, '2023': 2 });
  });

  it('reads the passages of the articles shown only', async () => {
    const { index, fetched } = await open();
    const outcome = await index.search('strike', {}, 1);
    expect(outcome.read).toBe(1);
    expect(outcome.matched).toBe(2);
    expect(fetched.filter((f) => f.startsWith('b/'))).toEqual(['b/0-0.json']);
  });

  it('finds nothing, and reads nothing, for a query with no words', async () => {
    const { index, fetched } = await open();
    expect((await index.search('"" ,', {}, 10)).matched).toBe(0);
    expect(fetched).toEqual(['manifest.json']);
  });
});

describe('PassageIndex files', () => {
  it('fetches a file again after a failed fetch, and each file once after that', async () => {
    let failures = 1;
    const fetched: string[] = [];
    const index = await PassageIndex.open(async (path) => {
      const name = path.replace(/\?.*$/, '');
      fetched.push(name);
      if (name.startsWith('t/') && failures-- > 0) throw new Error('offline');
      return JSON.parse(files.get(name) ?? 'null') as unknown;
    });
    await expect(index.search('CGTP', {}, 10)).rejects.toThrow('offline');
    expect((await index.search('CGTP', {}, 10)).matched).toBe(1);
    await index.search('CGTP', {}, 10);
    expect(fetched.filter((f) => f.startsWith('t/'))).toHaveLength(2);
  });
});

describe('scoring helpers', () => {
  it('rarity falls as more passages hold the term', () => {
    expect(rarity(1, 100)).toBeGreaterThan(rarity(10, 100));
    expect(rarity(100, 100)).toBeGreaterThan(0);
  });

  it('smallestSpan finds the fewest words that hold one hit of each part', () => {
    expect(smallestSpan([[1, 20], [22], [5, 24]])).toBe(5);
    expect(smallestSpan([[3], [4]])).toBe(2);
    expect(smallestSpan([[3], []])).toBe(Infinity);
  });
});

describe('decodePostings', () => {
  it('reads passage id deltas, impacts, hit counts and position deltas', () => {
    expect(decodePostings([2, 120, 1, 3, 1, 80, 2, 0, 4])).toEqual(
      new Map([
        [2, { impact: 120, positions: [3] }],
        [3, { impact: 80, positions: [0, 4] }],
      ]),
    );
  });
});

describe('parseIndexFile', () => {
  it('reads a file compressed, or already decompressed by the browser', async () => {
    const json = '{"terms":["a"]}';
    expect(await parseIndexFile(new Uint8Array(gzipSync(json)))).toEqual({ terms: ['a'] });
    expect(await parseIndexFile(new TextEncoder().encode(json))).toEqual({ terms: ['a'] });
  });
});
