/**
 * Citing from an article page: copy buttons on the article's citations (which are in the page
 * without JavaScript), this article's reference-manager files, and a "Cite" button beside every ¶
 * number that opens the paragraph's citations. The citation code itself is fetched on first use —
 * the files when "Cite this article" opens, the dialog on the first "Cite" — so reading loads none of it.
 */
import type { CitationInput } from '../lib/citations/citations.ts';
import { copyButton } from './copy-button.ts';

/** Add copy buttons to the article's citations, its files to the cite panel, and a "Cite" button to every passage. */
export function enhanceCitations(): void {
  const article = document.querySelector<HTMLElement>('article[data-citation]');
  if (!article) return;
  const input = () => JSON.parse(article.dataset['citation'] ?? '{}') as CitationInput;
  // Copy buttons for the article's own citations in the header.
  for (const dd of article.querySelectorAll<HTMLElement>('.cite dd')) {
    const style = dd.previousElementSibling?.textContent ?? 'citation';
    dd.append(
      ' ',
      copyButton('Copy', dd.querySelector('.citation-text')?.textContent ?? '', `${style} citation of the article`),
    );
  }
  // The files' links are inside the closed panel: they get their addresses as it first opens.
  const panel = article.querySelector<HTMLDetailsElement>('details.cite');
  if (panel) {
    const link = () => void import('./cite-files.ts').then(({ linkCiteFiles }) => linkCiteFiles(panel, input()));
    if (panel.open) link();
    else panel.addEventListener('toggle', link, { once: true });
  }
  for (const passage of article.querySelectorAll<HTMLElement>('.passage[data-passage]')) {
    const n = Number(passage.dataset['passage']);
    const cite = document.createElement('button');
    cite.type = 'button';
    cite.className = 'cite-button';
    cite.textContent = 'Cite';
    cite.setAttribute('aria-label', `Cite paragraph ${n}`);
    cite.addEventListener('click', () => {
      void import('./cite-dialog.ts').then(({ openCiteDialog }) => openCiteDialog(input(), n));
    });
    (passage.querySelector('.copy-link') ?? passage.querySelector('.pnum'))?.after(cite);
  }
}
