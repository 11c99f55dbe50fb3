import { describe, expect, it } from 'vitest';
import {
  countOf,
  countPassages,
  groupByTendency,
  resultMetaLine,
  summariseSearch,
  type ArticleResult,
} from '../../../../src/lib/search/search-results.ts';

const article = (current: string | undefined, passages: number): ArticleResult => ({
  meta: { current },
  passages: Array.from({ length: passages }, (_, i) => ({ id: `p${i + 1}`, n: i + 1, excerpt: [] })),
});

describe('groupByTendency', () => {
  it('gives one column per tendency in name order, unnamed ones as Unknown, with passage counts', () => {
    const a = article('LIT-CI', 2);
    const b = article('FT-CI', 1);
    const c = article(undefined, 1);
    const d = article('FT-CI', 3);
    expect(groupByTendency([a, b, c, d])).toEqual([
      { name: 'FT-CI', articles: [b, d], passageCount: 4 },
      { name: 'LIT-CI', articles: [a], passageCount: 2 },
      { name: 'Unknown', articles: [c], passageCount: 1 },
    ]);
  });
});

describe('words for readers', () => {
  it('counts in the singular and the plural', () => {
    expect(countOf(1, 'article')).toBe('1 article');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countPassages([article('X', 2), article('Y', 3)])).toBe(5);
  });

  it('lists the facts an article has, then its matching passages', () => {
    expect(
      resultMetaLine(
        { publisher: 'Left Voice', current: 'FT-CI', author: undefined, date: '2023-01-20', when: '20 Jan 2023' },
        1,
      ),
    ).toBe('Left Voice · FT-CI · 20 Jan 2023 · 1 passage');
  });

  it('sums up a search: nothing found, all shown, or the first page of many', () => {
    const base = { q: 'CGTP', filtered: false, matched: 3, read: 3 };
    expect(summariseSearch({ ...base, articles: 0, passages: 0 })).toBe('No passage matches CGTP.');
    expect(summariseSearch({ ...base, filtered: true, articles: 0, passages: 0 })).toBe(
      'No passage matches CGTP with these filters.',
    );
    expect(summariseSearch({ ...base, articles: 1, passages: 1 })).toBe('1 passage in 1 article match CGTP.');
    expect(summariseSearch({ ...base, articles: 3, passages: 7 })).toBe('7 passages in 3 articles match CGTP.');
    expect(summariseSearch({ ...base, matched: 25, read: 10, articles: 9, passages: 1 })).toBe(
      '25 articles match CGTP; the first 10 by date hold 1 matching passage.',
    );
  });
});
