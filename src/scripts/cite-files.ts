/**
 * This article's BibTeX, RIS and CSL-JSON, made in the browser from the page's own citation data
 * (the site ships the corpus's files only, not three files per article). Fetched when "Cite this
 * article" is first opened (cite-tools.ts imports it on demand), with the formats it needs.
 */
import type { CitationInput } from '../lib/citations/citations.ts';
import { citationFile, CITE_FORMATS, type CiteFormat } from '../lib/citations/citation-files.ts';

/** Point each `a[data-cite-format]` under `root` at its file, to be saved under its file name. */
export function linkCiteFiles(root: ParentNode, input: CitationInput): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-cite-format]')) {
    const format = link.dataset['citeFormat'] as CiteFormat;
    const blob = new Blob([citationFile(format, [input])], { type: CITE_FORMATS[format].type });
    link.href = URL.createObjectURL(blob);
    // Set here, not in the markup: HTML allows `download` only on a link with an address.
    link.download = link.dataset['fileName'] ?? `citation.${format}`;
  }
}
