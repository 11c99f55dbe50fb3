/**
 * Enhancements for passages (the page reads completely without them):
 * a "copy link" button on every passage, and a "link to selection" button that appears when
 * text inside one passage is selected and copies a text-fragment link to it.
 */
import { passageId } from '../lib/routes/routes.ts';
import { textFragmentUrl } from '../lib/routes/text-fragment.ts';

/** Say a message to screen readers through the layout's live region. */
export function announce(message: string): void {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  }
}

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(`Copied link to ${what}`);
  } catch {
    window.prompt(`Copy the link to ${what}:`, text);
  }
}

function pageUrl(): string {
  return (
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
    location.href.split('#')[0] ??
    location.href
  );
}

/** A passage's own id (`pN`), from its number: in the comparison view its element id is prefixed. */
const ownId = (passage: HTMLElement) => passageId(Number(passage.dataset['passage']));

/** Copy a passage's absolute permalink, and say so. */
export function copyPassageLink(passage: HTMLElement): void {
  const base = passage.closest<HTMLElement>('[data-page-url]')?.dataset['pageUrl'] ?? pageUrl();
  void copy(`${base}#${ownId(passage)}`, `paragraph ${passage.dataset['passage'] ?? ''}`);
}

/** Give every passage under `root` its "Copy link" button (once: passages that have one are skipped). */
export function enhancePassages(root: ParentNode = document): void {
  for (const passage of root.querySelectorAll<HTMLElement>('.passage[data-passage]')) {
    if (passage.querySelector('.copy-link')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = 'Copy link';
    button.setAttribute('aria-label', `Copy link to paragraph ${passage.dataset['passage'] ?? ''}`);
    button.addEventListener('click', () => copyPassageLink(passage));
    passage.querySelector('.pnum')?.after(button);
  }
}

/** Offer "Copy link to selection" when words inside one passage are selected (article and comparison pages). */
export function startSelectionLink(): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'selection-link';
  button.hidden = true;
  button.textContent = 'Copy link to selection';
  document.body.append(button);
  let target: { url: string; n: string } | null = null;

  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    const text = selection?.toString().trim() ?? '';
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const start = range?.startContainer.parentElement?.closest<HTMLElement>('.passage p');
    const end = range?.endContainer.parentElement?.closest<HTMLElement>('.passage p');
    if (!range || text === '' || !start || start !== end) {
      button.hidden = true;
      target = null;
      return;
    }
    const passage = start.closest<HTMLElement>('.passage') as HTMLElement;
    const base = passage.closest<HTMLElement>('[data-page-url]')?.dataset['pageUrl'] ?? pageUrl();
    target = { url: textFragmentUrl(base, ownId(passage), text), n: passage.dataset['passage'] ?? '' };
    const rect = range.getBoundingClientRect();
    button.style.top = `${window.scrollY + rect.bottom + 6}px`;
    button.style.left = `${Math.max(8, window.scrollX + rect.left)}px`;
    button.hidden = false;
  });
  button.addEventListener('click', () => {
    if (target) void copy(target.url, `the selection in paragraph ${target.n}`);
  });
}

/** Start the passage tools on an article page: copy-link buttons and the selection link. */
export function startPassageTools(): void {
  enhancePassages();
  startSelectionLink();
}
