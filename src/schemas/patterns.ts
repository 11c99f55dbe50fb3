/** Patterns every schema shares, defined once. */

/** A kebab-case id: lower-case letters and digits, words joined by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An ISO date, `YYYY-MM-DD`. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date or an ISO interval of dates, `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`. */
export const ISO_DATE_OR_INTERVAL = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;
