/**
 * Layout of the chart of reported death tolls: one point per statement, placed by the date of
 * writing of its article (x) and the figure it reports (y). Pure geometry for a static SVG; no
 * chart library reaches the browser.
 */
import { DAY_MS, isoToTime } from '../dates/dates.ts';
import { monthTicks } from './month-ticks.ts';

/** One reported figure. */
export interface TollInput {
  id: string;
  label: string;
  /** Date of writing (first day of its range). */
  from: string;
  /** Last day of the range when the date of writing is estimated, else null. */
  to: string | null;
  value: number;
}

/** A placed point. */
export interface TollPoint extends TollInput {
  x: number;
  /** End of the date range, or null. */
  x2: number | null;
  y: number;
}

/** The chart's geometry. */
export interface TollChart {
  width: number;
  height: number;
  points: TollPoint[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** Plot area. */
  plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * Place the figures on a time × count plane.
 * @example layoutTollChart([{ id: 'a', label: 'A', from: '2023-01-01', to: null, value: 10 }]).yTicks.map((t) => t.label)
 * // ['0', '5', '10']
 */
export function layoutTollChart(items: TollInput[], width = 640, height = 300): TollChart {
  const plot = { left: 48, right: width - 36, top: 16, bottom: height - 40 };
  if (items.length === 0) return { width, height, points: [], xTicks: [], yTicks: [], plot };
  const first = Math.min(...items.map((i) => isoToTime(i.from)));
  const last = Math.max(...items.map((i) => isoToTime(i.to ?? i.from)));
  // Whole months around the data, so the axis starts and ends on a labelled tick.
  const start = Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth(), 1);
  const endMonth = new Date(last + DAY_MS);
  const end = Date.UTC(endMonth.getUTCFullYear(), endMonth.getUTCMonth() + 1, 1);
  const x = (t: number) => plot.left + ((t - start) / (end - start)) * (plot.right - plot.left);
  const max = Math.max(...items.map((i) => i.value));
  const step = niceStep(max / 4);
  const top = Math.ceil(max / step) * step;
  const y = (v: number) => plot.bottom - (v / top) * (plot.bottom - plot.top);

  const xTicks = monthTicks(start, end, x);
  const yTicks: TollChart['yTicks'] = [];
  for (let v = 0; v <= top; v += step) yTicks.push({ y: y(v), label: String(v) });

  // In input order, so points[i] is items[i] (the page pairs each point with its table row).
  const points = items.map((i) => ({
    ...i,
    x: x(isoToTime(i.from)),
    x2: i.to ? x(isoToTime(i.to)) : null,
    y: y(i.value),
  }));
  return { width, height, points, xTicks, yTicks, plot };
}

/**
 * A round step (1, 2, 5 × 10ⁿ) at least `raw`.
 * @example niceStep(17) // 20
 */
export function niceStep(raw: number): number {
  if (raw <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}
