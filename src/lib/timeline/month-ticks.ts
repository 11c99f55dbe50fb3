/** Month ticks for a time axis (the timeline strip and the toll chart share them). */

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
