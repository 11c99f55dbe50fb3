/**
 * Keep a CSV cell from being run as a formula when the file is opened in a spreadsheet
 * (CSV injection). OWASP's advice: a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is prefixed with a single quote, which spreadsheets read as "this is text" and do not show.
 * Only the CSV download needs it: JSON Lines is not opened by spreadsheets.
 */

/** The characters a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell text, with a leading `'` when it would otherwise start a formula.
 * @example neutraliseFormula('=HYPERLINK("http://x")') // '\'=HYPERLINK("http://x")'
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
