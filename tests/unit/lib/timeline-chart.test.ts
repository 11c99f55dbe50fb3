import { describe, expect, it } from 'vitest';
import { listTimelineEntries } from '../../../src/lib/timeline/chronology.ts';
import { layoutTollChart, niceStep } from '../../../src/lib/timeline/toll-chart.ts';
import { articlesToCompare, relatePassages } from '../../../src/lib/similarity/related.ts';

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

describe('listTimelineEntries', () => {
  const articles = [
    { id: 'early', title: 'E', label: 'E', tendency: null, from: '2022-12-17', to: null },
    { id: 'late', title: 'L', label: 'L', tendency: null, from: '2023-02-15', to: '2023-02-28' },
  ];
  const entries = listTimelineEntries(
    [
      { id: 'juliaca', date: '2023-01-09', matches: [{ article: 'late', passage: 'p3' }] },
      {
        id: 'removal',
        date: '2022-12-07',
        matches: [
          { article: 'early', passage: 'p1' },
          { article: 'late', passage: 'p2' },
        ],
      },
    ],
    articles,
  );
  it('merges events and dates of writing in date order', () => {
    expect(entries.map((e) => (e.type === 'event' ? e.id : e.article.id))).toEqual([
      'removal',
      'early',
      'juliaca',
      'late',
    ]);
  });
  it('says which articles were written before an event, and which report it', () => {
    const juliaca = entries.find((e) => e.type === 'event' && e.id === 'juliaca');
    expect(juliaca?.type === 'event' && juliaca.writtenBefore.map((a) => a.id)).toEqual(['early']);
    expect(juliaca?.type === 'event' && juliaca.reports.map((r) => r.article.id)).toEqual(['late']);
  });
});

describe('relatePassages', () => {
  const result = relatePassages([
    { article: 'a', id: 'p1', text: 'Police massacre in Juliaca', entities: ['juliaca'], events: ['juliaca'] },
    { article: 'a', id: 'p2', text: 'Police massacre in Juliaca again', entities: ['juliaca'], events: ['juliaca'] },
    { article: 'b', id: 'p1', text: 'The Juliaca killings', entities: ['juliaca'], events: ['juliaca'] },
    { article: 'c', id: 'p1', text: 'Students at San Marcos', entities: ['unmsm'], events: [] },
    { article: 'c', id: 'p2', text: 'More on San Marcos students', entities: ['unmsm'], events: [] },
    // Unrelated passages, so that the shared features are rare enough to count (at most 25% of passages).
    ...['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta'].map((w, i) => ({
      article: 'z',
      id: `p${i + 1}`,
      text: `${w} words only`,
      entities: [],
      events: [],
    })),
  ]);
  it('relates passages of other articles only, with the entities they share', () => {
    expect(result.get('a#p1')?.map((r) => `${r.article}#${r.id}`)).toEqual(['b#p1']);
    expect(result.get('a#p1')?.[0]?.shared).toEqual(['juliaca']);
    expect(result.get('c#p1')).toEqual([]);
  });
});

describe('articlesToCompare', () => {
  const r = (article: string) => ({ article, id: 'p1', score: 0.5, shared: [] });
  const related = new Map([
    ['a#p1', [r('b'), r('c')]],
    ['a#p2', [r('c'), r('d')]],
    ['a#p3', [r('c'), r('e')]],
    ['b#p1', [r('a')]],
  ]);
  it('ranks other articles by how many related passages they hold, bounded by the limit', () => {
    expect(articlesToCompare(related, 'a', ['p1', 'p2', 'p3'], 3)).toEqual(['c', 'b', 'd']);
    expect(articlesToCompare(related, 'a', ['p1', 'p2', 'p3'])).toHaveLength(4);
    expect(articlesToCompare(related, 'b', ['p1'])).toEqual(['a']);
  });
});
