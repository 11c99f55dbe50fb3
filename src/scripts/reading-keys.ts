/**
 * Keyboard reading on an article page: j / ] and k / [ move to the next or previous passage and keep
 * the address on it, c copies its permalink, ? lists the shortcuts. Nothing fires while typing in a
 * field, with Ctrl, Alt or Meta held, or while a dialog is open; every move and copy is announced.
 */
import { passageId } from '../lib/routes/routes.ts';
import { announce, copyPassageLink } from './passage-tools.ts';
import { READING_SHORTCUTS } from './reading-shortcuts.ts';

/** Whether an element shows at least one pixel inside the window. */
function inView(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight;
}

/** Whether a key press belongs to something else: typing, a browser or system shortcut, an open dialog. */
function isForSomethingElse(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return true;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return true;
  return document.querySelector('dialog[open]') !== null;
}

/** The dialog that lists the shortcuts (built once; Escape closes it, as every modal dialog). */
function shortcutsDialog(): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'shortcuts-dialog';
  dialog.setAttribute('aria-label', 'Keyboard shortcuts');
  const list = document.createElement('dl');
  for (const { keys, action } of READING_SHORTCUTS) {
    const dt = document.createElement('dt');
    for (const [i, key] of keys.entries()) {
      if (i > 0) dt.append(' or ');
      dt.append(Object.assign(document.createElement('kbd'), { textContent: key }));
    }
    list.append(dt, Object.assign(document.createElement('dd'), { textContent: action }));
  }
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
  close.addEventListener('click', () => dialog.close());
  dialog.append(Object.assign(document.createElement('h2'), { textContent: 'Keyboard shortcuts' }), list, close);
  document.body.append(dialog);
  return dialog;
}

/** Start keyboard reading on an article page. */
export function startReadingKeys(): void {
  const passages = [...document.querySelectorAll<HTMLElement>('.body .passage[data-passage]')];
  if (passages.length === 0) return;
  let dialog: HTMLDialogElement | null = null;
  const fromHash = passages.find((p) => `#${p.id}` === location.hash);
  let current: HTMLElement | null = fromHash ?? null;

  /** The passage the reader is on: the last one moved to, if still in view, else the first one in view. */
  const here = (): HTMLElement | null =>
    current && inView(current) ? current : (passages.find((p) => p.getBoundingClientRect().bottom > 0) ?? null);

  const moveTo = (passage: HTMLElement) => {
    const n = Number(passage.dataset['passage']);
    document.querySelector('.passage.is-current')?.classList.remove('is-current');
    passage.classList.add('is-current');
    passage.scrollIntoView({ block: 'start' });
    passage.tabIndex = -1;
    passage.focus({ preventScroll: true });
    history.replaceState(history.state, '', `#${passageId(n)}`);
    current = passage;
    announce(`Paragraph ${n} of ${passages.length}`);
  };

  const step = (by: 1 | -1) => {
    const from = current && inView(current) ? current : null;
    let to: HTMLElement | undefined;
    if (from) to = passages[passages.indexOf(from) + by];
    else if (by === 1) to = passages.find((p) => p.getBoundingClientRect().top > 1);
    else to = passages.findLast((p) => p.getBoundingClientRect().top < -1);
    if (to) moveTo(to);
    else announce(by === 1 ? 'This is the last paragraph' : 'This is the first paragraph');
  };

  document.addEventListener('keydown', (event) => {
    if (isForSomethingElse(event)) return;
    const key = event.key;
    if (key === 'j' || key === ']') step(1);
    else if (key === 'k' || key === '[') step(-1);
    else if (key === 'c') {
      const passage = here();
      if (!passage) return;
      copyPassageLink(passage);
    } else if (key === '?') {
      dialog ??= shortcutsDialog();
      dialog.showModal();
    } else return;
    event.preventDefault();
  });
}
