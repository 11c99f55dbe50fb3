/**
 * Where the draft collection lives on this device, without reading what it holds: the storage key,
 * the stored text, and word when it changes. Every page loads this, so it stays small; parsing and
 * writing a draft (collection-store.ts, with the collection rules) waits until a page finds a draft
 * or the reader presses "Collect".
 */

/** The localStorage key of the draft (versioned, so a later format can tell an old draft apart). */
export const DRAFT_KEY = 'uprising-reader:collection:v1';

/** Fired on this page when the draft changes here (the `storage` event covers other tabs). */
const DRAFT_EVENT = 'collection-draft-change';

/** The draft's query string as stored, or '' when there is none or storage is unavailable. */
export function readDraftQuery(): string {
  try {
    return localStorage.getItem(DRAFT_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Tell this page's listeners that the draft has changed. */
export function signalDraftChange(): void {
  window.dispatchEvent(new CustomEvent(DRAFT_EVENT));
}

/** Call `listener` whenever the draft changes, in this tab or another. */
export function onDraftChange(listener: () => void): void {
  window.addEventListener(DRAFT_EVENT, listener);
  window.addEventListener('storage', (event) => {
    if (event.key === DRAFT_KEY || event.key === null) listener();
  });
}
