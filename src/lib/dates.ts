/** Wording of dates with their basis, for article headers and lists. */
import type { ArticleData } from '../schemas/article.ts';

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Year, month and day of an ISO date.
 * @example splitIsoDate('2022-12-17') // [2022, 12, 17]
 */
export function splitIsoDate(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/**
 * An ISO date in words.
 * @example formatIsoDate('2022-12-17') // '17 December 2022'
 */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = splitIsoDate(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const BASIS_WORDS: Record<ArticleData['dateBasis'], string> = {
  'in-text': 'printed in the text',
  'source-url': 'from the source URL',
  'verified-elsewhere': 'verified elsewhere',
  'internal-evidence': 'from internal evidence',
  devised: 'devised by the editors',
  unknown: 'unknown',
};

/**
 * The date of writing with its basis in words.
 * @example describeDate({ date: '2022-12-17', dateRange: null, dateBasis: 'source-url' }) // '17 December 2022 · from the source URL'
 */
export function describeDate(data: Pick<ArticleData, 'date' | 'dateRange' | 'dateBasis'>): string {
  if (!data.date) return 'Date unknown';
  const when = data.dateRange
    ? `between ${formatIsoDate(data.dateRange.from)} and ${formatIsoDate(data.dateRange.to)}`
    : formatIsoDate(data.date);
  return `${when} · ${BASIS_WORDS[data.dateBasis]}`;
}

/**
 * Sort articles by date of writing, undated last, then by title.
 * @example sortByDate([{ data: { date: '2023-01-01', title: 'b' } }, { data: { date: null, title: 'a' } }])
 */
export function sortByDate<T extends { data: Pick<ArticleData, 'date' | 'title'> }>(items: T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.data.date !== b.data.date) {
      if (a.data.date === null) return 1;
      if (b.data.date === null) return -1;
      return a.data.date < b.data.date ? -1 : 1;
    }
    return a.data.title.localeCompare(b.data.title);
  });
}
