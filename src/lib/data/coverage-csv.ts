/**
 * coverage.csv: the coverage matrix as data, one line per row and current (every cell, blind spots
 * included) and one per row and article that speaks of it. An article's zero lines and the passages'
 * ids are left out: at 2,000 synthetic articles they were 70% and 20% of a 42 MB file, and they carry
 * nothing a reader cannot reach otherwise (an article's date in articles.json says whether it was
 * written before an event; the row's page and annotations.jsonld hold every passage).
 */
import { stringify } from 'csv-stringify/sync';
import { countPassages, coverageStatus, ratePerThousand, type CoverageRow } from '../annotations/coverage.ts';
import type { CurrentGroup } from '../views/by-current.ts';
import { neutraliseFormula } from './csv-safe.ts';

/** One line of coverage.csv. */
export interface CoverageCsvRow {
  table: 'event' | 'topic';
  row: string;
  name: string;
  /** The event's date (`YYYY-MM-DD` or `start/end`); empty for topics. */
  date: string;
  current: string;
  /** The article's slug; empty on the line for all of a current's articles. */
  article: string;
  passages: number;
  words: number;
  per_1000_words: string;
  status: 'mentioned' | 'not mentioned' | 'written before';
}

const STATUS = {
  mentioned: 'mentioned',
  'not-mentioned': 'not mentioned',
  'written-before': 'written before',
} as const;

/**
 * The lines of coverage.csv: rows in the order given, each with its currents and, under each, the
 * current's articles that speak of the row.
 */
export function listCoverageCsvRows(
  rows: readonly CoverageRow[],
  currents: readonly CurrentGroup[],
  nameOf: (row: CoverageRow) => string,
): CoverageCsvRow[] {
  return rows.flatMap((row) =>
    currents.flatMap((current) => {
      const line = (article: string, articles: CurrentGroup['articles'], words: number): CoverageCsvRow => {
        const count = countPassages(
          row,
          articles.map((a) => a.id),
        );
        return {
          table: row.kind === 'events' ? 'event' : 'topic',
          row: row.id,
          name: nameOf(row),
          date: row.date ?? '',
          current: current.name,
          article,
          passages: count,
          words,
          per_1000_words: ratePerThousand(count, words),
          status:
            STATUS[
              coverageStatus(
                row,
                articles.map((a) => a.coverage),
              )
            ],
        };
      };
      return [
        line('', current.articles, current.words),
        ...current.articles.filter((a) => row.passages.has(a.id)).map((a) => line(a.id, [a], a.coverage.words)),
      ];
    }),
  );
}

const COLUMNS: (keyof CoverageCsvRow)[] = [
  'table',
  'row',
  'name',
  'date',
  'current',
  'article',
  'passages',
  'words',
  'per_1000_words',
  'status',
];

/** RFC 4180 CSV with a header row, cells made safe for spreadsheets. */
export function coverageToCsv(rows: CoverageCsvRow[]): string {
  return stringify(rows, {
    header: true,
    columns: COLUMNS,
    record_delimiter: 'windows',
    cast: { string: (value) => neutraliseFormula(value) },
  });
}
