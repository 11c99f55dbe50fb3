/**
 * Search results shaped for the page: the columns of the by-tendency view, and the sentences that
 * sum a search up. Pure; the page script draws them.
 */
import type { ArticleResult } from './passage-search.ts';

export type { ArticleResult, PassageResult } from './passage-search.ts';

/** The results of one tendency, for the view with one column per tendency. */
export interface TendencyColumn {
  /** The tendency's name as the `current` metadata gives it, or "Unknown". */
  name: string;
  articles: ArticleResult[];
  passageCount: number;
}

/**
 * `n word` or `n words`.
 * @example countOf(1, 'passage') // '1 passage'
 */
export function countOf(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * How many passages the articles hold between them.
 * @example countPassages([]) // 0
 */
export function countPassages(articles: ArticleResult[]): number {
  return articles.reduce((n, a) => n + a.passages.length, 0);
}

/**
 * Articles grouped into one column per tendency, columns in name order, articles in their order.
 * @example groupByTendency([]) // []
 */
export function groupByTendency(articles: ArticleResult[]): TendencyColumn[] {
  const nameOf = (a: ArticleResult) => a.meta['current'] ?? 'Unknown';
  return [...new Set(articles.map(nameOf))].sort().map((name) => {
    const own = articles.filter((a) => nameOf(a) === name);
    return { name, articles: own, passageCount: countPassages(own) };
  });
}

/**
 * The line under an article's title: its facts, then how many passages match.
 * @example resultMetaLine({ publisher: 'Left Voice', date: '2023-01-20', when: '20 Jan 2023' }, 2) // 'Left Voice · 20 Jan 2023 · 2 passages'
 */
export function resultMetaLine(meta: ArticleResult['meta'], passageCount: number): string {
  const facts = [meta['publisher'], meta['current'], meta['author'], meta['when'] ?? meta['date']]
    .filter(Boolean)
    .join(' · ');
  return `${facts} · ${countOf(passageCount, 'passage')}`;
}

/** The prompt shown before anything is searched. */
export const EMPTY_QUERY_PROMPT = 'Type a word or a phrase in quotes, e.g. CGTP or "Constituent Assembly".';

/**
 * The sentence that sums up a search: nothing found, all of it shown, or the first page of many.
 * @example summariseSearch({ q: 'CGTP', filtered: false, matched: 12, read: 10, articles: 9, passages: 20 }) // '12 articles match CGTP; the first 10 by date hold 20 matching passages.'
 */
export function summariseSearch(counts: {
  q: string;
  filtered: boolean;
  /** Articles Pagefind matched. */
  matched: number;
  /** Articles read so far. */
  read: number;
  /** Articles read that hold a matching passage. */
  articles: number;
  passages: number;
}): string {
  const { q, filtered, matched, read, articles, passages } = counts;
  if (articles === 0) return `No passage matches ${q}${filtered ? ' with these filters' : ''}.`;
  if (matched > read)
    return `${matched} articles match ${q}; the first ${read} by date hold ${countOf(passages, 'matching passage')}.`;
  return `${countOf(passages, 'passage')} in ${countOf(articles, 'article')} match ${q}.`;
}
