import { describe, expect, it } from 'vitest';
import { describeDate, formatIsoDate, shortDate, sortByDate } from '../../../../src/lib/dates/dates.ts';

describe('dates with basis', () => {
  it.each([
    [
      { date: '2022-12-17', dateRange: null, dateBasis: 'source-url' as const },
      '17 December 2022 · from the source URL',
    ],
    [{ date: '2023-04-07', dateRange: null, dateBasis: 'in-text' as const }, '7 April 2023 · printed in the text'],
    [
      {
        date: '2023-01-20',
        dateRange: { from: '2023-01-20', to: '2023-01-23' },
        dateBasis: 'internal-evidence' as const,
      },
      'between 20 January 2023 and 23 January 2023 · from internal evidence',
    ],
    [{ date: null, dateRange: null, dateBasis: 'unknown' as const }, 'Date unknown'],
  ])('describes %j', (input, expected) => {
    expect(describeDate(input)).toBe(expected);
  });

  it('formats ISO dates', () => expect(formatIsoDate('2024-07-23')).toBe('23 July 2024'));

  it('sorts by date with undated last', () => {
    const items = [
      { data: { date: null, title: 'z' } },
      { data: { date: '2023-01-24', title: 'b' } },
      { data: { date: '2022-12-17', title: 'a' } },
    ];
    expect(sortByDate(items).map((i) => i.data.title)).toEqual(['a', 'b', 'z']);
  });
});

describe('shortDate', () => {
  it('abbreviates a day and brackets an estimated range', () => {
    expect(shortDate('2023-01-24', null)).toBe('24 Jan 2023');
    expect(shortDate('2023-02-15', { from: '2023-02-15', to: '2023-02-28' })).toBe('[15–28 Feb 2023]');
    expect(shortDate(null, null)).toBe('undated');
  });
});
