/**
 * The dialog "Cite" beside a ¶ number opens: the passage's citation in Chicago, APA and MLA, each
 * with a copy button. Fetched on the first press (cite-tools.ts imports it on demand), with the
 * citation styles it needs.
 */
import { apa, chicago, mla, type CitationInput } from '../lib/citations/citations.ts';
import { copyButton } from './copy-button.ts';

let dialog: HTMLDialogElement | null = null;

/** Open the dialog with the citations of paragraph `n` of the article `input` describes. */
export function openCiteDialog(input: CitationInput, n: number): void {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'cite-dialog';
    dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
    document.body.append(dialog);
  }
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
      copyButton('Copy', text, `${name} citation of paragraph ${n}`),
    );
    list.append(Object.assign(document.createElement('dt'), { textContent: name }), dd);
  }
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
  const shown = dialog;
  close.addEventListener('click', () => shown.close());
  shown.replaceChildren(title, list, close);
  shown.showModal();
}
