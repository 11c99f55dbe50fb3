/**
 * This article's BibTeX, RIS and CSL-JSON, made in the browser from the page's own citation data
 * (the site ships the corpus's files only, not three files per article). Fetched when "Cite this
 * article" is first opened (cite-tools.ts imports it on demand), with the formats it needs.
 */
import type { CitationInput } from '../lib/citations/citations.ts';
import { citationFile, CITE_FORMATS, type CiteFormat } from '../lib/citations/citation-files.ts';

/** Turn each `[data-cite-format]` name under `root` into a link to its file, saved under its file name. */
export function linkCiteFiles(root: ParentNode, input: CitationInput): void {
  for (const name of root.querySelectorAll<HTMLElement>('[data-cite-format]')) {
    const format = name.dataset['citeFormat'] as CiteFormat;
    const blob = new Blob([citationFile(format, [input])], { type: CITE_FORMATS[format].type });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name.dataset['fileName'] ?? `citation.${format}`;
    link.textContent = name.textContent;
    name.replaceWith(link);
  }
}
