/**
 * Who reported what: for every curated event, and every topic printed in at least two articles,
 * the passages of each article that speak of it. Read off the annotation index (an event's
 * passages are its resolved quotes, a topic's those that mention it), so no count is kept by hand.
 */
import type { AnnotationIndex } from './annotation-index.ts';
import { passageNumber, type CoverageKind } from '../routes/routes.ts';
import { isWrittenBefore } from '../timeline/chronology.ts';

/** An article as the matrix sees it. */
export interface CoverageArticle {
  id: string;
  /** Its tendency's id, or null when unknown. */
  tendency: string | null;
  words: number;
  /** Date of writing (first and last possible day), null when unknown. */
  from: string | null;
  to: string | null;
}

/** One passage of a row, with the character ranges that tie it to the row. */
export interface CoveragePassage {
  id: string;
  n: number;
  ranges: { start: number; end: number }[];
}

/** One row of the matrix: an event or a topic, and its passages by article. */
export interface CoverageRow {
  kind: CoverageKind;
  id: string;
  /** The event's date (`YYYY-MM-DD` or `start/end`); null for a topic. */
  date: string | null;
  /** article id → its passages that speak of the row, in reading order. */
  passages: Map<string, CoveragePassage[]>;
}

/** What a cell says: how many passages, none, or none because the articles came first. */
export type CoverageStatus = 'mentioned' | 'not-mentioned' | 'written-before';

/** Topics printed in fewer articles than this are left out of the matrix: there is nothing to compare. */
export const MIN_TOPIC_ARTICLES = 2;

/** Passages in reading order, each once, its ranges merged and sorted. */
function collect(list: { article: string; id: string; start: number; end: number }[]): CoverageRow['passages'] {
  const byArticle = new Map<string, Map<string, CoveragePassage>>();
  for (const { article, id, start, end } of list) {
    const passages = byArticle.get(article) ?? new Map<string, CoveragePassage>();
    const passage = passages.get(id) ?? { id, n: passageNumber(id) ?? 0, ranges: [] };
    passage.ranges.push({ start, end });
    passages.set(id, passage);
    byArticle.set(article, passages);
  }
  return new Map(
    [...byArticle].map(([article, passages]) => [
      article,
      [...passages.values()]
        .map((p) => ({ ...p, ranges: p.ranges.sort((a, b) => a.start - b.start) }))
        .sort((a, b) => a.n - b.n),
    ]),
  );
}

/**
 * The rows of the matrix: events in the order of their dates, then topics printed in at least
 * {@link MIN_TOPIC_ARTICLES} articles, by id (pages sort them for readers).
 */
export function listCoverageRows(index: Pick<AnnotationIndex, 'events' | 'topics'>): CoverageRow[] {
  const events = [...index.events]
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0))
    .map(({ event, matches }) => ({
      kind: 'events' as const,
      id: event.id,
      date: event.date,
      passages: collect(matches.map((m) => ({ article: m.article, id: m.passage, start: m.start, end: m.end }))),
    }));
  const topics = [...index.topics.values()]
    .filter((t) => t.articleCount >= MIN_TOPIC_ARTICLES)
    .sort((a, b) => (a.entity.id < b.entity.id ? -1 : 1))
    .map((topic) => ({
      kind: 'topics' as const,
      id: topic.entity.id,
      date: null,
      passages: collect(
        topic.passages.flatMap((p) =>
          p.mentions.map((m) => ({ article: p.article, id: p.id, start: m.start, end: m.end })),
        ),
      ),
    }));
  return [...events, ...topics];
}

/**
 * Number of a row's passages in some articles.
 * @example countPassages({ kind: 'topics', id: 't', date: null, passages: new Map([['a', [{ id: 'p1', n: 1, ranges: [] }]]]) }, ['a', 'b']) // 1
 */
export function countPassages(row: CoverageRow, articles: readonly string[]): number {
  return articles.reduce((n, id) => n + (row.passages.get(id)?.length ?? 0), 0);
}

/**
 * What a cell for some articles (one, or all of a tendency's) says about a row: "mentioned" when
 * any passage speaks of it; else "written before" when every one of them was written before the
 * event; else "not mentioned" — a blind spot.
 * @example coverageStatus({ kind: 'events', id: 'e', date: '2023-01-09', passages: new Map() }, [{ id: 'a', tendency: null, words: 1, from: '2022-12-20', to: null }]) // 'written-before'
 */
export function coverageStatus(row: CoverageRow, articles: readonly CoverageArticle[]): CoverageStatus {
  if (
    countPassages(
      row,
      articles.map((a) => a.id),
    ) > 0
  )
    return 'mentioned';
  const { date } = row;
  if (date !== null && articles.length > 0 && articles.every((a) => isWrittenBefore(a, date))) return 'written-before';
  return 'not-mentioned';
}

/**
 * Passages per 1,000 words, to one decimal (two below 1, so small rates do not read as zero).
 * @example ratePerThousand(3, 2650) // '1.1'
 * @example ratePerThousand(1, 6283) // '0.16'
 */
export function ratePerThousand(count: number, words: number): string {
  if (words === 0 || count === 0) return '0';
  const rate = (count / words) * 1000;
  return rate.toFixed(rate < 1 && rate > 0 ? 2 : 1);
}
