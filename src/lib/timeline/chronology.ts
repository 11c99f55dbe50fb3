/** One chronology of the events the articles report and the dates the articles were written. */

/** An article on the timeline. */
export interface TimelineArticle {
  id: string;
  title: string;
  label: string;
  /** Name of its tendency (LIT-CI …), or null when unknown. */
  tendency: string | null;
  /** Date of writing (first day of its range), or null when unknown. */
  from: string | null;
  to: string | null;
}

/** One row of the timeline page. */
export type TimelineEntry =
  | {
      type: 'event';
      from: string;
      to: string | null;
      id: string;
      /** Each reporting article with the passages that speak of the event, in date order. */
      reports: { article: TimelineArticle; passages: string[] }[];
      /** Articles written before the event: their writers could not know of it. */
      writtenBefore: TimelineArticle[];
    }
  | { type: 'article'; from: string; to: string | null; article: TimelineArticle };

/**
 * Was an article written before an event began, so that its writer could not know of it? True when
 * the last possible day of writing comes before the event's first day; false when the date of
 * writing is unknown.
 * @example isWrittenBefore({ from: '2023-01-05', to: null }, '2023-01-09') // true
 * @example isWrittenBefore({ from: '2023-01-05', to: '2023-01-10' }, '2023-01-09/2023-01-12') // false
 */
export function isWrittenBefore(article: { from: string | null; to: string | null }, eventDate: string): boolean {
  const [from = eventDate] = eventDate.split('/');
  return article.from !== null && (article.to ?? article.from) < from;
}

/**
 * Merge events and dates of writing into one chronology (events first on the same day, since an
 * article reports the day it is written). Undated articles are left out.
 * @example listTimelineEntries([{ id: 'e', date: '2023-01-09', matches: [] }], [])[0]?.type // 'event'
 */
export function listTimelineEntries(
  events: { id: string; date: string; matches: { article: string; passage: string }[] }[],
  articles: TimelineArticle[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const [from, to = null] = event.date.split('/') as [string, string?];
    const reports = new Map<string, string[]>();
    for (const m of event.matches) reports.set(m.article, [...new Set([...(reports.get(m.article) ?? []), m.passage])]);
    entries.push({
      type: 'event',
      from,
      to,
      id: event.id,
      reports: articles
        .filter((a) => reports.has(a.id))
        .map((article) => ({ article, passages: reports.get(article.id) ?? [] })),
      writtenBefore: articles.filter((a) => isWrittenBefore(a, event.date)),
    });
  }
  for (const article of articles) {
    if (article.from) entries.push({ type: 'article', from: article.from, to: article.to, article });
  }
  return entries.sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : a.type === b.type ? 0 : a.type === 'event' ? -1 : 1,
  );
}
