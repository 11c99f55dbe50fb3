/** Patterns every schema shares, defined once. */

export { UNSAFE_TEXT } from '../lib/collection/collection.ts';

/** A kebab-case id: lower-case letters and digits, words joined by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An ISO date, `YYYY-MM-DD`. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date or an ISO interval of dates, `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`. */
export const ISO_DATE_OR_INTERVAL = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;

/**
 * Is an ISO `YYYY-MM-DD` a day of the calendar (not 2023-02-30, not month 13)?
 * @example isCalendarDate('2024-02-29') // true
 */
export function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The schemes an address the site links to may have: `javascript:` or `data:` would run in the reader's page. */
export const HTTP_PROTOCOL = /^https?$/;
