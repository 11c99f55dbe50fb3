/**
 * The date of writing and its basis: sources.yaml (a correction or an estimate) wins over a
 * printed date, which is kept beside it so readers see both.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { SourceEntry } from '../schemas/sources.ts';
import { savedPageLines } from './provenance.ts';
import type { TextMeta } from './types.ts';

/** The article's date fields, and what the editors should be told about them. */
export interface ResolvedDate {
  fields: Pick<ArticleData, 'date' | 'dateRange' | 'dateBasis' | 'datePrinted' | 'datePrintedIso' | 'dateNote'>;
  warnings: string[];
}

/**
 * Decide the dates of seed `file` from its printed dates and its sources.yaml entry.
 * @example resolveDate('a.txt', { datesPrinted: [] }, { date: { value: '2023-01-20/2023-01-23', basis: 'internal-evidence', note: 'Reports the 19 January march.' } }).fields.dateRange // { from: '2023-01-20', to: '2023-01-23' }
 */
export function resolveDate(
  file: string,
  meta: Pick<TextMeta, 'datesPrinted'>,
  source: Pick<SourceEntry, 'date'> | undefined,
): ResolvedDate {
  const printed = meta.datesPrinted;
  const printedIsos = [...new Set(printed.map((d) => d.iso))];
  const warnings =
    printedIsos.length > 1 ? [`${file}: prints different dates (${printedIsos.join(', ')}); the first is used`] : [];
  const datePrinted = printed.length > 0 ? [...new Set(printed.map((d) => d.text))].join(' / ') : null;
  const datePrintedIso = printedIsos[0] ?? null;
  const kept = { datePrinted, datePrintedIso };

  if (source?.date) {
    const [from, to] = source.date.value.split('/') as [string, string | undefined];
    return {
      fields: {
        date: from,
        dateRange: to ? { from, to } : null,
        dateBasis: source.date.basis,
        ...kept,
        dateNote: source.date.note,
      },
      warnings,
    };
  }
  if (datePrintedIso) {
    return {
      fields: {
        date: datePrintedIso,
        dateRange: null,
        dateBasis: 'in-text',
        ...kept,
        dateNote: `Printed in the article’s header, on ${savedPageLines(printed)}.`,
      },
      warnings,
    };
  }
  return {
    fields: {
      date: null,
      dateRange: null,
      dateBasis: 'unknown',
      ...kept,
      dateNote: 'No date is printed, and none is known from elsewhere.',
    },
    warnings: [...warnings, `${file}: no date in the text or in sources.yaml`],
  };
}
