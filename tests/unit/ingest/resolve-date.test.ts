import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/ingest/resolve-date.ts';

const printed = [
  { text: 'January 20, 2023', iso: '2023-01-20', line: 5 },
  { text: 'January 20, 2023', iso: '2023-01-20', line: 40 },
];

describe('resolveDate', () => {
  it('takes a printed date, with the lines it is printed on', () => {
    expect(resolveDate('a.txt', { datesPrinted: printed }, undefined)).toEqual({
      fields: {
        date: '2023-01-20',
        dateRange: null,
        dateBasis: 'in-text',
        datePrinted: 'January 20, 2023',
        datePrintedIso: '2023-01-20',
        dateNote: 'Printed in the article’s header, on lines 5 and 40 of the saved page.',
      },
      warnings: [],
    });
  });

  it('lets sources.yaml correct a printed date, keeping the printed one beside it', () => {
    const date = { value: '2023-01-18', basis: 'internal-evidence' as const, note: 'Written before the march.' };
    const { fields } = resolveDate('a.txt', { datesPrinted: printed }, { date });
    expect(fields).toEqual({
      date: '2023-01-18',
      dateRange: null,
      dateBasis: 'internal-evidence',
      datePrinted: 'January 20, 2023',
      datePrintedIso: '2023-01-20',
      dateNote: 'Written before the march.',
    });
  });

  it('reads an interval from sources.yaml as a range starting at its first day', () => {
    const date = { value: '2023-01-20/2023-01-23', basis: 'internal-evidence' as const, note: 'Reports the march.' };
    const { fields } = resolveDate('a.txt', { datesPrinted: [] }, { date });
    expect(fields.date).toBe('2023-01-20');
    expect(fields.dateRange).toEqual({ from: '2023-01-20', to: '2023-01-23' });
  });

  it('uses the first of different printed dates, names each wording once, and warns', () => {
    const two = [...printed, { text: '21 Jan 2023', iso: '2023-01-21', line: 41 }];
    const result = resolveDate('a.txt', { datesPrinted: two }, undefined);
    expect(result.fields.date).toBe('2023-01-20');
    expect(result.fields.datePrinted).toBe('January 20, 2023 / 21 Jan 2023');
    expect(result.warnings).toEqual(['a.txt: prints different dates (2023-01-20, 2023-01-21); the first is used']);
  });

  it('says no date is known, and warns', () => {
    expect(resolveDate('a.txt', { datesPrinted: [] }, {})).toEqual({
      fields: {
        date: null,
        dateRange: null,
        dateBasis: 'unknown',
        datePrinted: null,
        datePrintedIso: null,
        dateNote: 'No date is printed, and none is known from elsewhere.',
      },
      warnings: ['a.txt: no date in the text or in sources.yaml'],
    });
  });
});
