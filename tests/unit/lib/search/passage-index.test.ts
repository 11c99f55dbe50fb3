import { describe, expect, it } from 'vitest';
import {
  BLOCK_PASSAGES,
  buildPassageIndex,
  passagesOfPage,
  separator,
  type IndexManifest,
  type PageRecord,
  type TextBlock,
} from '../../../../src/lib/search/passage-index.ts';
import { page } from './page-record.ts';

describe('passagesOfPage', () => {
  it("gives each passage its words, up to the next anchor; the title and a heading's words belong to none", () => {
    const record: PageRecord = {
      content: 'The title One two. Heading words Three.',
      meta: {},
      filters: {},
      anchors: [
        { id: 'p2', location: 6 },
        { id: 'p1', location: 2 },
        { id: 'heading', location: 4 },
      ],
    };
    expect(passagesOfPage(record)).toEqual([
      { n: 1, text: 'One two.' },
      { n: 2, text: 'Three.' },
    ]);
  });
});

describe('separator', () => {
  it('is the shortest prefix of the first term that sorts after the term before', () => {
    expect(separator('constitution', 'consume')).toBe('consu');
    expect(separator('consume', 'contract')).toBe('cont');
    expect(separator('', 'assembly')).toBe('a');
    expect(separator('the', 'thea')).toBe('thea');
  });
});

describe('buildPassageIndex', () => {
  const pages = [
    page('late', '2023-03-01', ['A strike in Juliaca.'], { current: ['ICFI'], author: ['B', 'A'] }),
    page('undated', null, ['Juliaca again.'], { current: ['FT-CI'] }),
    page('early', '2022-12-10', ['The CGTP called.', 'Nothing here.'], { current: ['LIT-CI'], author: ['A'] }),
  ];
  const files = new Map(buildPassageIndex(pages));
  const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as IndexManifest;

  it('lists articles in date order, undated last, with their passage counts and filter values', () => {
    expect(manifest.articles.passages).toEqual([2, 1, 1]);
    expect(manifest.filters).toEqual({ author: ['A', 'B'], current: ['FT-CI', 'ICFI', 'LIT-CI'] });
    expect(manifest.articles.filters).toEqual({ author: [0, [1, 0], []], current: [2, 1, 0] });
  });

  it('keeps each article’s passages in blocks of its own, with its metadata', () => {
    const block = JSON.parse(files.get('b/0-0.json') ?? '{}') as TextBlock;
    expect(block).toEqual({ meta: pages[2]?.meta, texts: ['The CGTP called.', 'Nothing here.'] });
    expect(manifest.block).toBe(BLOCK_PASSAGES);
    expect([...files.keys()].filter((f) => f.startsWith('b/')).sort()).toEqual([
      'b/0-0.json',
      'b/1-0.json',
      'b/2-0.json',
    ]);
  });

  it('indexes every word of every passage, and not the titles', () => {
    const terms = Object.assign(
      {},
      ...[...files].filter(([f]) => f.startsWith('t/')).map(([, json]) => JSON.parse(json) as object),
    ) as Record<string, number[]>;
    // "juliaca": passage 2 (late ¶1), one hit at word 3; then passage 3 (undated ¶1), word 0.
    expect(terms['juliaca']).toEqual([2, 1, 3, 1, 1, 0]);
    expect(terms['title']).toBeUndefined();
    expect(manifest.terms[0]).toBe('a');
  });

  it('changes its version with its contents', () => {
    const other = JSON.parse(new Map(buildPassageIndex(pages.slice(1))).get('manifest.json') ?? '{}') as IndexManifest;
    expect(other.v).not.toBe(manifest.v);
  });

  it('refuses a site with no passage', () => {
    expect(() => [...buildPassageIndex([page('empty', null, [])])]).toThrow(/no built article holds a passage/);
  });
});
