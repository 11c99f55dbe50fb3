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
  passages: Array.from({ length: passages }, (_, i) => ({
    id: `p${i + 1}`,
    n: i + 1,
    excerpt: [],
    glosses: [],
    complete: true,
  })),
  more: [],
  article: 0,
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

  it('sums up a search: nothing found, all of it holding every word, or some holding only some', () => {
    const base = {
      q: 'CGTP',
      filtered: false,
      sort: 'relevance' as const,
      matched: 3,
      read: 3,
      passages: 7,
      complete: 7,
      missing: [],
      dropped: [],
      overflow: 0,
    };
    expect(summariseSearch({ ...base, matched: 0, read: 0, passages: 0, complete: 0 })).toBe(
      'No passage matches CGTP.',
    );
    expect(summariseSearch({ ...base, filtered: true, matched: 0, read: 0, passages: 0, complete: 0 })).toBe(
      'No passage matches CGTP with these filters.',
    );
    expect(summariseSearch({ ...base, matched: 1, read: 1, passages: 1, complete: 1 })).toBe(
      '1 passage in 1 article matches CGTP, the most relevant first.',
    );
    expect(summariseSearch(base)).toBe('7 passages in 3 articles match CGTP, the most relevant first.');
    expect(summariseSearch({ ...base, sort: 'date' })).toBe('7 passages in 3 articles match CGTP, articles by date.');
    expect(summariseSearch({ ...base, matched: 25, read: 10 })).toBe(
      '7 passages in 25 articles match CGTP. The first 10 articles are shown, the most relevant first.',
    );
  });

  it('says which words were found nowhere, left out as too common, or past the limit', () => {
    const base = {
      q: 'the death toll',
      filtered: false,
      sort: 'relevance' as const,
      matched: 4,
      read: 4,
      passages: 9,
      complete: 0,
      missing: ['toll'],
      dropped: ['the'],
      overflow: 0,
    };
    expect(summariseSearch(base)).toBe(
      'No passage holds every word of the death toll; these 9 passages in 4 articles hold some of them or name its subject, the most relevant first. Found nowhere: toll. Left out as too common: the.',
    );
    expect(summariseSearch({ ...base, complete: 2, missing: [], dropped: [], overflow: 3 })).toBe(
      '2 passages hold every word of the death toll; 7 more hold some of them or name its subject (4 articles in all), the most relevant first. Only the first 32 words were searched; 3 more words left out.',
    );
  });
});
