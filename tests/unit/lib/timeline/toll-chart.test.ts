import { describe, expect, it } from 'vitest';
import { layoutTollChart, niceStep } from '../../../../src/lib/timeline/toll-chart.ts';

describe('layoutTollChart', () => {
  const chart = layoutTollChart([
    { id: 'a', label: 'A', from: '2022-12-17', to: null, value: 7 },
    { id: 'b', label: 'B', from: '2023-02-15', to: '2023-02-28', value: 48 },
    { id: 'c', label: 'C', from: '2023-04-07', to: null, value: 70 },
  ]);
  it('keeps the input order and places later dates further right, larger figures higher', () => {
    expect(chart.points.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = chart.points;
    expect(a && b && c && a.x < b.x && b.x < c.x).toBe(true);
    expect(a && b && c && a.y > b.y && b.y > c.y).toBe(true);
    expect(b?.x2).toBeGreaterThan(b?.x ?? Infinity);
  });
  it('stays inside the plot, with month ticks and a round y axis from 0', () => {
    for (const p of chart.points) {
      expect(p.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(p.x2 ?? p.x).toBeLessThanOrEqual(chart.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(chart.plot.top);
      expect(p.y).toBeLessThanOrEqual(chart.plot.bottom);
    }
    expect(chart.xTicks[0]?.label).toBe('Dec 2022');
    expect(chart.yTicks[0]?.label).toBe('0');
    expect(Number(chart.yTicks.at(-1)?.label)).toBeGreaterThanOrEqual(70);
  });
  it('niceStep rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0.5, 3, 17, 45, 120].map(niceStep)).toEqual([1, 5, 20, 50, 200]);
  });
});
