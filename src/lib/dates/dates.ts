/**
 * Dates as the site states them: ISO dates split and spelled out, short labels, the basis in
 * words, date order. Month names come from `Intl.DateTimeFormat`, never from a hand-kept list.
 */
import type { ArticleData } from '../../schemas/article.ts';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const monthFormat = (month: 'long' | 'short') => new Intl.DateTimeFormat('en-US', { month, timeZone: 'UTC' });
const LONG = monthFormat('long');
const SHORT = monthFormat('short');

/**
 * The English name of month `m` (1–12).
 * @example monthName(2) // 'February'
 * @example monthName(9, 'short') // 'Sep'
 */
export function monthName(m: number, style: 'long' | 'short' = 'long'): string {
  return (style === 'long' ? LONG : SHORT).format(Date.UTC(2000, m - 1, 1));
}

/** The twelve English month names, January first. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) => monthName(i + 1));

/**
 * Year, month and day of an ISO date.
 * @example splitIsoDate('2022-12-17') // [2022, 12, 17]
 */
export function splitIsoDate(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/**
 * Midnight UTC of an ISO date, in epoch milliseconds.
 * @example isoToTime('1970-01-02') // 86400000
 */
export function isoToTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/**
 * An ISO date in words.
 * @example formatIsoDate('2022-12-17') // '17 December 2022'
 */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = splitIsoDate(iso);
  return `${d} ${monthName(m)} ${y}`;
}

/**
 * A short date for labels: `24 Jan 2023`, or a bracketed range for an estimated date.
 * @example shortDate('2023-02-15', { from: '2023-02-15', to: '2023-02-28' }) // '[15–28 Feb 2023]'
 * @example shortDate(null, null) // 'undated'
 */
export function shortDate(date: string | null, range: { from: string; to: string } | null): string {
  const short = (iso: string) => {
    const [y, m, d] = splitIsoDate(iso);
    return { d, m: monthName(m, 'short'), y };
  };
  if (range) {
    const a = short(range.from);
    const b = short(range.to);
    if (a.y === b.y && a.m === b.m) return `[${a.d}–${b.d} ${a.m} ${a.y}]`;
    return `[${a.d} ${a.m} ${a.y} – ${b.d} ${b.m} ${b.y}]`;
  }
  if (!date) return 'undated';
  const a = short(date);
  return `${a.d} ${a.m} ${a.y}`;
}

const BASIS_WORDS: Record<ArticleData['dateBasis'], string> = {
  'in-text': 'printed in the text',
  'source-url': 'from the source URL',
  'verified-elsewhere': 'verified elsewhere',
  'internal-evidence': 'from internal evidence',
  devised: 'devised by the editors',
  'page-metadata': 'from the page’s metadata',
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

/** Sort articles by date of writing, undated last, then by title. */
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
