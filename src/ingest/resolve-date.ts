/**
 * The date of writing and its basis: sources.yaml (a correction or an estimate) wins over a
 * printed date, which is kept beside it so readers see both.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { SourceEntry } from '../schemas/sources.ts';
import { pageProvenance, savedPageLines, type Found } from './provenance.ts';
import type { TextMeta } from './types.ts';

/** The article's date fields, and what the editors should be told about them. */
export interface ResolvedDate {
  fields: Pick<ArticleData, 'date' | 'dateRange' | 'dateBasis' | 'datePrinted' | 'datePrintedIso' | 'dateNote'>;
  warnings: string[];
}

/** A saved web page's dates (see src/ingest/html/): from its metadata, and as it prints one. */
export interface PageDates {
  published: Found<string> | null;
  printed: { text: string; iso: string | null; line: number } | null;
}

/**
 * Decide the dates of seed `file` from its printed dates (or, for a saved web page, its metadata
 * and the date it prints) and its sources.yaml entry.
 * @example resolveDate('a.txt', { datesPrinted: [] }, { date: { value: '2023-01-20/2023-01-23', basis: 'internal-evidence', note: 'Reports the 19 January march.' } }).fields.dateRange // { from: '2023-01-20', to: '2023-01-23' }
 */
export function resolveDate(
  file: string,
  meta: Pick<TextMeta, 'datesPrinted'>,
  source: Pick<SourceEntry, 'date'> | undefined,
  page: PageDates | null = null,
): ResolvedDate {
  const printed = page?.printed?.iso ? [{ ...page.printed, iso: page.printed.iso }] : meta.datesPrinted;
  const printedIsos = [...new Set(printed.map((d) => d.iso))];
  const warnings =
    printedIsos.length > 1 ? [`${file}: prints different dates (${printedIsos.join(', ')}); the first is used`] : [];
  const datePrinted =
    page?.printed?.text ?? (printed.length > 0 ? [...new Set(printed.map((d) => d.text))].join(' / ') : null);
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
  if (page?.published) {
    // Both kept when they disagree (a re-dated page): the printed date shows beside this one.
    const differs = datePrintedIso !== null && datePrintedIso !== page.published.value;
    const printedNote = differs
      ? ` The page prints “${datePrinted}” (${savedPageLines(printed)}), a different day.`
      : '';
    return {
      fields: {
        date: page.published.value,
        dateRange: null,
        dateBasis: 'page-metadata',
        ...kept,
        dateNote: `${pageProvenance(page.published).note}${printedNote}`,
      },
      warnings: differs
        ? [
            ...warnings,
            `${file}: the page's metadata dates it ${page.published.value} (${page.published.evidence}) but it prints ${datePrintedIso}; both are kept, the metadata's as the date`,
          ]
        : warnings,
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
