/**
 * "Cite" beside every ¶ number: a dialog with the passage's citation in Chicago, APA and MLA,
 * each with a copy button. The article's own citations are in the page without JavaScript.
 */
import { apa, chicago, mla, type CitationInput } from '../lib/citations/citations.ts';
import { citationFile, CITE_FORMATS, type CiteFormat } from '../lib/citations/citation-files.ts';

function button(label: string, text: string, aria?: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (aria) b.setAttribute('aria-label', aria);
  b.addEventListener('click', () => {
    void navigator.clipboard.writeText(text).then(() => {
      const status = document.getElementById('status');
      if (status) status.textContent = `Copied ${aria ?? label}`;
    });
  });
  return b;
}

/** Add copy buttons to the article's citations, and a "Cite" button with its dialog to every passage. */
export function enhanceCitations(): void {
  const article = document.querySelector<HTMLElement>('article[data-citation]');
  if (!article) return;
  const input = JSON.parse(article.dataset['citation'] ?? '{}') as CitationInput;
  // This article's BibTeX, RIS and CSL-JSON, made here from the page's own citation data (the
  // site ships the corpus's files only, not three files per article).
  for (const link of article.querySelectorAll<HTMLAnchorElement>('a[data-cite-format]')) {
    const format = link.dataset['citeFormat'] as CiteFormat;
    const blob = new Blob([citationFile(format, [input])], { type: CITE_FORMATS[format].type });
    link.href = URL.createObjectURL(blob);
    // Set here, not in the markup: HTML allows `download` only on a link with an address.
    link.download = link.dataset['fileName'] ?? `citation.${format}`;
  }
  // Copy buttons for the article's own citations in the header.
  for (const dd of article.querySelectorAll<HTMLElement>('.cite dd')) {
    const style = dd.previousElementSibling?.textContent ?? 'citation';
    dd.append(
      ' ',
      button('Copy', dd.querySelector('.citation-text')?.textContent ?? '', `${style} citation of the article`),
    );
  }
  const dialog = document.createElement('dialog');
  dialog.className = 'cite-dialog';
  dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
  document.body.append(dialog);

  const open = (n: number) => {
    const styles: [string, string][] = [
      ['Chicago (note)', chicago(input, n).note],
      ['Chicago (bibliography)', chicago(input).bibliography],
      ['APA', `${apa(input).reference} In text: ${apa(input, n).inText}`],
      ['MLA', mla(input, n)],
    ];
    const title = Object.assign(document.createElement('h2'), {
      id: 'cite-dialog-title',
      textContent: `Cite paragraph ${n}`,
    });
    const list = document.createElement('dl');
    for (const [name, text] of styles) {
      const dd = document.createElement('dd');
      dd.append(
        Object.assign(document.createElement('span'), { className: 'citation-text', textContent: text }),
        ' ',
        button('Copy', text, `${name} citation of paragraph ${n}`),
      );
      list.append(Object.assign(document.createElement('dt'), { textContent: name }), dd);
    }
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(title, list, close);
    dialog.showModal();
  };

  for (const passage of article.querySelectorAll<HTMLElement>('.passage[data-passage]')) {
    const n = Number(passage.dataset['passage']);
    const cite = document.createElement('button');
    cite.type = 'button';
    cite.className = 'cite-button';
    cite.textContent = 'Cite';
    cite.setAttribute('aria-label', `Cite paragraph ${n}`);
    cite.addEventListener('click', () => open(n));
    (passage.querySelector('.copy-link') ?? passage.querySelector('.pnum'))?.after(cite);
  }
}
