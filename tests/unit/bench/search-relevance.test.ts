import { describe, expect, it } from 'vitest';
import {
  largestGaps,
  passageOfUrl,
  passageUrl,
  recordContent,
  reportMarkdown,
  scoreRows,
  spread,
  wireBytes,
} from '../../bench/search-relevance.ts';
import type { GoldQuery } from '../../helpers/search-gold.ts';
import { gzipSync } from 'node:zlib';

/** A gold query; only what a test sets matters. */
const gold = (query: string, half: 'dev' | 'check', grades: [string, 1 | 2][]): GoldQuery => ({
  query,
  kind: 'name',
  half,
  grades: new Map(grades),
});

describe('passageOfUrl', () => {
  it('reads the slug and passage back from the URL a record was given', () => {
    expect(passageOfUrl(passageUrl('2023-01-20-left-voice', 'p12'))).toBe('2023-01-20-left-voice p12');
  });

  it('refuses a URL that is not a passage', () => {
    expect(passageOfUrl('/articles/a/')).toBeNull();
    expect(passageOfUrl('/topics/cgtp/#p1')).toBeNull();
  });
});

describe('recordContent', () => {
  it('appends every gloss name to the text', () => {
    const passage = {
      text: 'Boularte spoke.',
      glosses: [{ names: ['Dina Boluarte'] }, { names: ['CGTP', 'General'] }],
    };
    expect(recordContent(passage)).toBe('Boularte spoke. Dina Boluarte CGTP General');
  });
});

describe('spread', () => {
  it('gives the median and range', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
  });
});

describe('wireBytes', () => {
  it('counts an already gzipped file as it is, and gzips anything else', () => {
    const text = Buffer.from('a'.repeat(1000));
    const gzipped = gzipSync(text);
    expect(wireBytes(gzipped)).toBe(gzipped.length);
    expect(wireBytes(text)).toBe(gzipped.length);
  });
});

describe('scoreRows and largestGaps', () => {
  const queries = [gold('strike', 'dev', [['a p1', 2]]), gold('police', 'check', [['a p2', 1]])];
  const ours = [['a p1'], ['a p2']];
  const theirs = [['a p1'], []];

  it('averages over all queries and each half, counting queries with no result', () => {
    const rows = scoreRows('pagefind', queries, theirs);
    expect(rows.map((r) => [r.half, r.queries, r.empty, r.mrr])).toEqual([
      ['all', 2, 1, 0.5],
      ['dev', 1, 0, 1],
      ['check', 1, 1, 0],
    ]);
  });

  it('lists the query the engines differ most on first', () => {
    expect(largestGaps(queries, ours, theirs, 1)).toEqual([{ query: 'police', half: 'check', ours: 1, pagefind: 0 }]);
  });

  it('writes one table row per score row and gap', () => {
    const rows = [...scoreRows('ours', queries, ours), ...scoreRows('pagefind', queries, theirs)];
    const costs = (['ours', 'pagefind'] as const).map((engine) => ({
      engine,
      bytes: spread([1024]),
      codeBytes: 512,
      ms: spread([2]),
    }));
    const markdown = reportMarkdown(rows, costs, largestGaps(queries, ours, theirs));
    expect(markdown).toContain('| pagefind | check (1) | 0.000 |');
    expect(markdown).toContain('| ours | 1.0 kB (1.0 kB–1.0 kB) | 0.5 kB | 2.0 ms (2.0 ms–2.0 ms) |');
    expect(markdown).toContain('| police | check | 1.000 | 0.000 | +1.000 |');
  });
});
