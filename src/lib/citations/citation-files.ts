/**
 * Reference-manager files (BibTeX, RIS, CSL-JSON) of one article or of many: the page's own
 * download, made in the reader's browser from the page's citation data, and the whole corpus's,
 * on the data page. One function for both, so the two can never disagree.
 */
import { bibtex, citationKey, cslJson, ris, type CitationInput } from './citations.ts';

/** Formats of the reference-manager files. */
export type CiteFormat = 'bib' | 'ris' | 'json';

/** Each format's name for readers, its file extension and its media type. */
export const CITE_FORMATS: Record<CiteFormat, { label: string; type: string }> = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
};

/**
 * Citation keys unique within one file: a key that several articles share gets a, b, … in the
 * order given, as author–date styles tell same-author, same-year works apart.
 * @example listCitationKeys([{ authors: [], title: 'Peru strike', date: '2023-01-01' }, { authors: [], title: 'Peru strike', date: '2023-02-01' }] as never) // ['peru2023strikea', 'peru2023strikeb']
 */
export function listCitationKeys(inputs: readonly CitationInput[]): string[] {
  const keys = inputs.map(citationKey);
  const count = new Map<string, number>();
  for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  const seen = new Map<string, number>();
  return keys.map((key) => {
    if ((count.get(key) ?? 0) < 2) return key;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    // a…z, then aa, ab…: enough for any corpus.
    const suffix =
      n < 26
        ? String.fromCharCode(97 + n)
        : `${String.fromCharCode(97 + Math.floor(n / 26) - 1)}${String.fromCharCode(97 + (n % 26))}`;
    return `${key}${suffix}`;
  });
}

/** The file of `inputs` in `format`: one entry (record, item) per article, in the order given. */
export function citationFile(format: CiteFormat, inputs: readonly CitationInput[]): string {
  const keys = listCitationKeys(inputs);
  if (format === 'bib') return inputs.map((input, i) => bibtex(input, keys[i])).join('\n');
  if (format === 'ris') return inputs.map((input) => ris(input)).join('');
  return `${JSON.stringify(
    inputs.map((input, i) => cslJson(input, keys[i])),
    null,
    2,
  )}\n`;
}
