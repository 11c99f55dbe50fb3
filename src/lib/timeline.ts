/** Layout of the home page's timeline strip of writing dates (static SVG, no chart library). */

/** One article placed on the strip. */
export interface TimelinePoint {
  id: string;
  label: string;
  /** x of the date (or of the start of a date range), 0…width. */
  x: number;
  /** x of the end of a range, or null for a single day. */
  x2: number | null;
  /** Row, so that labels do not overlap. */
  row: number;
}

const DAY = 86_400_000;

function toTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/**
 * A tick at the first day of every month from `from` to `to` (epoch ms), placed by `x`.
 * @example monthTicks(Date.UTC(2023, 0, 1), Date.UTC(2023, 1, 1), (t) => t)[1]?.label // 'Feb 2023'
 */
export function monthTicks(from: number, to: number, x: (t: number) => number): { x: number; label: string }[] {
  const ticks: { x: number; label: string }[] = [];
  const first = new Date(from);
  for (let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1); d <= to;) {
    if (d >= from)
      ticks.push({
        x: x(d),
        label: new Date(d).toLocaleString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
      });
    const next = new Date(d);
    d = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
  }
  return ticks;
}

/**
 * Place dated items on a horizontal axis of `width` units, with `margin` on both sides.
 * Undated items are left out (they are listed, as unknown, in the table).
 * @example layoutTimeline([{ id: 'a', label: 'A', from: '2023-01-01', to: null }], 100, 10)[0]?.x // 10
 */
export function layoutTimeline(
  items: { id: string; label: string; from: string | null; to: string | null }[],
  width: number,
  margin: number,
): { points: TimelinePoint[]; ticks: { x: number; label: string }[] } {
  const dated = items.filter((i): i is typeof i & { from: string } => i.from !== null);
  if (dated.length === 0) return { points: [], ticks: [] };
  const start = Math.min(...dated.map((i) => toTime(i.from)));
  const end = Math.max(...dated.map((i) => toTime(i.to ?? i.from)));
  const span = Math.max(end - start, 30 * DAY);
  const x = (t: number) => margin + ((t - start) / span) * (width - 2 * margin);
  const points = dated
    .map((i) => ({ id: i.id, label: i.label, x: x(toTime(i.from)), x2: i.to ? x(toTime(i.to)) : null, row: 0 }))
    .sort((a, b) => a.x - b.x);
  points.forEach((p, index) => (p.row = index % 2));
  const ticks = monthTicks(start, start + span, x);
  return { points, ticks };
}

/** An article on the timeline. */
export interface TimelineArticle {
  id: string;
  title: string;
  label: string;
  current: string | null;
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
      writtenBefore: articles.filter((a) => a.from !== null && (a.to ?? a.from) < from),
    });
  }
  for (const article of articles) {
    if (article.from) entries.push({ type: 'article', from: article.from, to: article.to, article });
  }
  return entries.sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : a.type === b.type ? 0 : a.type === 'event' ? -1 : 1,
  );
}
