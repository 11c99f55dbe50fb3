import { describe, expect, it } from 'vitest';
import { listTimelineEntries } from '../../../../src/lib/timeline/chronology.ts';

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
