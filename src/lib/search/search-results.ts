/**
 * Search results shaped for the page: the columns of the by-tendency view, and the sentences that
 * sum a search up. Pure; the page script draws them.
 */
import type { ArticleResult } from './passage-search.ts';
import { MAX_QUERY_PARTS } from './search-state.ts';

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
 * How many matching passages the articles hold between them, those folded under "more" included.
 * @example countPassages([]) // 0
 */
export function countPassages(articles: ArticleResult[]): number {
  return articles.reduce((n, a) => n + a.passages.length + a.more.length, 0);
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

/** What the sentence that sums a search up is made from. */
export interface SearchSummary {
  q: string;
  filtered: boolean;
  sort: 'relevance' | 'date';
  /** Articles that match, and how many of them are shown. */
  matched: number;
  read: number;
  /** Passages that match, and those of them that hold every word. */
  passages: number;
  complete: number;
  /** Words found in no passage; stop words left out; words past the limit. */
  missing: string[];
  dropped: string[];
  overflow: number;
}

/**
 * The sentences that sum up a search: what matched, what is shown first, and any word that was
 * found nowhere or left out.
 * @example summariseSearch({ q: 'CGTP', filtered: false, sort: 'relevance', matched: 5, read: 5, passages: 19, complete: 19, missing: [], dropped: [], overflow: 0 }) // '19 passages in 5 articles match CGTP, the most relevant first.'
 * @example summariseSearch({ q: 'death toll', filtered: false, sort: 'relevance', matched: 4, read: 4, passages: 9, complete: 0, missing: ['toll'], dropped: [], overflow: 0 }) // 'No passage holds every word of death toll; these 9 passages in 4 articles hold some of them or name its subject, the most relevant first. Found nowhere: toll.'
 */
export function summariseSearch(s: SearchSummary): string {
  const order = s.sort === 'date' ? 'articles by date' : 'the most relevant first';
  const shown = s.matched > s.read ? ` The first ${s.read} articles are shown, ${order}.` : '';
  const sentences: string[] = [];
  if (s.passages === 0) sentences.push(`No passage matches ${s.q}${s.filtered ? ' with these filters' : ''}.`);
  else if (s.complete === s.passages)
    sentences.push(
      `${countOf(s.passages, 'passage')} in ${countOf(s.matched, 'article')} ${s.passages === 1 ? 'matches' : 'match'} ${s.q}${shown ? '.' : `, ${order}.`}${shown}`,
    );
  else if (s.complete > 0)
    sentences.push(
      `${countOf(s.complete, 'passage')} ${s.complete === 1 ? 'holds' : 'hold'} every word of ${s.q}; ${s.passages - s.complete} more hold some of them or name its subject (${countOf(s.matched, 'article')} in all)${shown ? '.' : `, ${order}.`}${shown}`,
    );
  else
    sentences.push(
      `No passage holds every word of ${s.q}; these ${countOf(s.passages, 'passage')} in ${countOf(s.matched, 'article')} hold some of them or name its subject${shown ? '.' : `, ${order}.`}${shown}`,
    );
  if (s.missing.length > 0) sentences.push(`Found nowhere: ${s.missing.join(', ')}.`);
  if (s.dropped.length > 0) sentences.push(`Left out as too common: ${s.dropped.slice(0, 8).join(', ')}.`);
  if (s.overflow > 0)
    sentences.push(
      `Only the first ${MAX_QUERY_PARTS} words were searched; ${countOf(s.overflow, 'more word')} left out.`,
    );
  return sentences.join(' ');
}
