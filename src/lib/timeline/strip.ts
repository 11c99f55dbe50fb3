/** Layout of the home page's timeline strip of writing dates (static SVG, no chart library). */
import { DAY_MS, isoToTime } from '../dates/dates.ts';
import { monthTicks } from './month-ticks.ts';

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

/**
 * Place dated items on a horizontal axis of `width` units, with `margin` on both sides.
 * Undated items are left out (they are listed, as unknown, in the table).
 * @example layoutTimeline([{ id: 'a', label: 'A', from: '2023-01-01', to: null }], 100, 10).points[0]?.x // 10
 */
export function layoutTimeline(
  items: { id: string; label: string; from: string | null; to: string | null }[],
  width: number,
  margin: number,
): { points: TimelinePoint[]; ticks: { x: number; label: string }[] } {
  const dated = items.filter((i): i is typeof i & { from: string } => i.from !== null);
  if (dated.length === 0) return { points: [], ticks: [] };
  const start = Math.min(...dated.map((i) => isoToTime(i.from)));
  const end = Math.max(...dated.map((i) => isoToTime(i.to ?? i.from)));
  const span = Math.max(end - start, 30 * DAY_MS);
  const x = (t: number) => margin + ((t - start) / span) * (width - 2 * margin);
  const points = dated
    .map((i) => ({ id: i.id, label: i.label, x: x(isoToTime(i.from)), x2: i.to ? x(isoToTime(i.to)) : null, row: 0 }))
    .sort((a, b) => a.x - b.x);
  points.forEach((p, index) => (p.row = index % 2));
  const ticks = monthTicks(start, start + span, x);
  return { points, ticks };
}
