/**
 * The citation data an article page carries (`<article data-citation>`), read back and checked when
 * the collection page fetches the article: what the exports cite comes from one place, the same
 * data the article's own "Cite" buttons use.
 */
import type { CitationInput } from '../citations/citations.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isRange = (v: unknown): v is { from: string; to: string } | null =>
  v === null || (isRecord(v) && typeof v['from'] === 'string' && typeof v['to'] === 'string');

/**
 * An article's citation data from its page's JSON, or null when it is not what the site writes.
 * @example readCitation('{"title":1}') // null
 */
export function readCitation(json: string): CitationInput | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (
    !isRecord(v) ||
    typeof v['title'] !== 'string' ||
    (v['titleBasis'] !== 'printed' && v['titleBasis'] !== 'devised') ||
    !isStrings(v['authors']) ||
    !isStrings(v['translators']) ||
    !isStringOrNull(v['publisher']) ||
    !isStringOrNull(v['date']) ||
    !isRange(v['dateRange']) ||
    typeof v['dateStated'] !== 'boolean' ||
    !isStringOrNull(v['datePrintedIso']) ||
    typeof v['url'] !== 'string' ||
    !isStringOrNull(v['sourceUrl'])
  )
    return null;
  return {
    title: v['title'],
    titleBasis: v['titleBasis'],
    authors: v['authors'],
    translators: v['translators'],
    publisher: v['publisher'],
    date: v['date'],
    dateRange: v['dateRange'],
    dateStated: v['dateStated'],
    datePrintedIso: v['datePrintedIso'],
    url: v['url'],
    sourceUrl: v['sourceUrl'],
  };
}
