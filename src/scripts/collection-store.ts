/**
 * The draft collection on this device: kept in the browser's localStorage, in the same form as a
 * collection link's query string (src/lib/collection/collection-url.ts), so a draft and a link are
 * one format. The "Collect" buttons on every page write it; the collection page reads it.
 */
import { EMPTY_COLLECTION, type Collection } from '../lib/collection/collection.ts';
import { readCollection, writeCollection } from '../lib/collection/collection-url.ts';

/** The localStorage key of the draft (versioned, so a later format can tell an old draft apart). */
export const DRAFT_KEY = 'uprising-reader:collection:v1';

/** The draft's query string as stored, or '' when there is none or storage is unavailable. */
export function readDraftQuery(): string {
  try {
    return localStorage.getItem(DRAFT_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The draft on this device; the empty collection when there is none (or what is stored cannot be read). */
export function loadDraft(): Collection {
  const read = readCollection(readDraftQuery());
  return read.ok ? read.collection : EMPTY_COLLECTION;
}

/** Keep `collection` as the draft; false when this browser refuses storage (private modes, settings). */
export function saveDraft(collection: Collection): boolean {
  try {
    const query = writeCollection(collection);
    if (query) localStorage.setItem(DRAFT_KEY, query);
    else localStorage.removeItem(DRAFT_KEY);
    window.dispatchEvent(new CustomEvent(DRAFT_EVENT));
    return true;
  } catch {
    return false;
  }
}

/** Fired on this page when the draft changes here (the `storage` event covers other tabs). */
const DRAFT_EVENT = 'collection-draft-change';

/** Call `listener` whenever the draft changes, in this tab or another. */
export function onDraftChange(listener: () => void): void {
  window.addEventListener(DRAFT_EVENT, listener);
  window.addEventListener('storage', (event) => {
    if (event.key === DRAFT_KEY || event.key === null) listener();
  });
}
