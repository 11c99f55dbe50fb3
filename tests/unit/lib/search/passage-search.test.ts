import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPassageIndex } from '../../../../src/lib/search/passage-index.ts';
import { decodePostings, parseIndexFile, PassageIndex } from '../../../../src/lib/search/passage-search.ts';
import { page } from './page-record.ts';

const pages = [
  page('b-strike', '2023-01-19', ['The national strike began.', 'Protesters marched in Juliaca.', 'A calm day.'], {
    current: ['FT-CI'],
    year: ['2023'],
  }),
  page('a-cgtp', '2022-12-10', ['The CGTP called a Constituent Assembly.', 'The strikes spread to Perú.'], {
    current: ['LIT-CI'],
    year: ['2022'],
  }),
  page('c-assembly', '2023-02-01', ['An assembly, constituent in name ⁅Asamblea Constituyente⁆.'], {
    current: ['LIT-CI'],
    year: ['2023'],
  }),
];
const files = new Map(buildPassageIndex(pages));

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

/** slug → ¶ numbers of a search's results. */
const shown = (hits: { meta: Record<string, string | undefined>; passages: { n: number }[] }[]) =>
  hits.map((h) => `${h.meta['slug'] ?? '?'} ${h.passages.map((p) => p.n).join(',')}`);

describe('PassageIndex.search', () => {
  it('finds the passages that hold a word, articles in date order, words found by their start', async () => {
    const { index } = await open();
    const strike = await index.search('strikes', {}, 10);
    expect(shown(strike.hits)).toEqual(['a-cgtp 2', 'b-strike 1']);
    expect(strike.matched).toBe(2);
    // Accents do not count: "Peru" finds "Perú".
    expect(shown((await index.search('Peru', {}, 10)).hits)).toEqual(['a-cgtp 2']);
  });

  it('marks the hits in an excerpt of the passage', async () => {
    const { index } = await open();
    const [hit] = (await index.search('Juliaca', {}, 10)).hits;
    expect(hit?.passages[0]?.excerpt).toEqual([{ text: 'Protesters marched in ' }, { text: 'Juliaca.', mark: true }]);
    expect(hit?.meta['title']).toBe('Title b-strike');
  });

  it('matches a quoted phrase word for word and in order; loose words anywhere in the article', async () => {
    const { index } = await open();
    expect(shown((await index.search('"Constituent Assembly"', {}, 10)).hits)).toEqual(['a-cgtp 1']);
    expect(shown((await index.search('constituent assembly', {}, 10)).hits)).toEqual(['a-cgtp 1', 'c-assembly 1']);
    // Every word must be in the article; each passage holding any of them is listed.
    expect(shown((await index.search('CGTP Peru', {}, 10)).hits)).toEqual(['a-cgtp 1,2']);
    expect((await index.search('CGTP Juliaca', {}, 10)).matched).toBe(0);
  });

  it('reads a hyphenated word as the phrase it is, not as two words anywhere', async () => {
    const { index } = await open();
    // "called-a": side by side in a-cgtp ¶1; "strike-began" is not ("strike began" is, in b-strike).
    expect(shown((await index.search('called-a', {}, 10)).hits)).toEqual(['a-cgtp 1']);
    expect(shown((await index.search('strike-began', {}, 10)).hits)).toEqual(['b-strike 1']);
    // "marched-juliaca": both words are in b-strike ¶2, but not side by side.
    expect((await index.search('marched-juliaca', {}, 10)).matched).toBe(0);
    expect(shown((await index.search('marched juliaca', {}, 10)).hits)).toEqual(['b-strike 2']);
  });

  it('finds a mention by the other names the site indexes it under', async () => {
    const { index } = await open();
    expect(shown((await index.search('Asamblea', {}, 10)).hits)).toEqual(['c-assembly 1']);
  });

  it('applies the chosen filters and counts matching articles under each value', async () => {
    const { index } = await open();
    const all = await index.search('the', {}, 10);
    expect(all.counts['current']).toEqual({ 'FT-CI': 1, 'LIT-CI': 1 });
    const lit = await index.search('the', { current: ['LIT-CI'] }, 10);
    expect(shown(lit.hits)).toEqual(['a-cgtp 1,2']);
    expect(lit.filtered).toBe(true);
    expect(lit.counts['year']).toEqual({ '2022': 1, '2023': 0 });
    expect(index.allCounts()['current']).toEqual({ 'FT-CI': 1, 'LIT-CI': 2 });
  });

  it('reads the passages of the articles shown only', async () => {
    const { index, fetched } = await open();
    const first = await index.search('the', {}, 1);
    expect([first.matched, first.read, first.hits.length]).toEqual([2, 1, 1]);
    expect(fetched.filter((f) => f.startsWith('b/'))).toEqual(['b/0-0.json']);
  });

  it('finds nothing for a query with no words', async () => {
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
    await expect(index.search('Juliaca', {}, 10)).rejects.toThrow('offline');
    expect((await index.search('Juliaca', {}, 10)).matched).toBe(1);
    await index.search('Juliaca', {}, 10);
    const shards = fetched.filter((f) => f.startsWith('t/'));
    expect(shards).toHaveLength(2);
  });
});

describe('decodePostings', () => {
  it('reads passage id deltas, hit counts and position deltas', () => {
    expect(decodePostings([2, 1, 3, 1, 2, 0, 4])).toEqual(
      new Map([
        [2, [3]],
        [3, [0, 4]],
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
