/**
 * The draft collection on this device, read and written: kept in the browser's localStorage
 * (collection-draft.ts says where), in the same form as a collection link's query string
 * (src/lib/collection/collection-url.ts), so a draft and a link are one format. The "Collect"
 * buttons on every page write it; the collection page reads it.
 */
import { EMPTY_COLLECTION, type Collection } from '../lib/collection/collection.ts';
import { readCollection, writeCollection } from '../lib/collection/collection-url.ts';
import { DRAFT_KEY, readDraftQuery, signalDraftChange } from './collection-draft.ts';

export { onDraftChange, readDraftQuery } from './collection-draft.ts';

/** The draft on this device as read: a collection (empty when there is none), or why what is stored cannot be read. */
export type DraftRead = { ok: true; collection: Collection } | { ok: false; reason: string; stored: string };

/** Read the draft on this device; an unreadable one is reported, never taken for an empty one. */
export function readDraft(): DraftRead {
  const stored = readDraftQuery();
  const read = readCollection(stored);
  return read.ok ? { ok: true, collection: read.collection } : { ok: false, reason: read.detail, stored };
}

/** The draft on this device, or the empty collection when there is none or it cannot be read (for showing only: never save over it). */
export function loadDraft(): Collection {
  const read = readDraft();
  return read.ok ? read.collection : EMPTY_COLLECTION;
}

/** Keep `collection` as the draft; false when this browser refuses storage (private modes, settings). */
export function saveDraft(collection: Collection): boolean {
  try {
    const query = writeCollection(collection);
    if (query) localStorage.setItem(DRAFT_KEY, query);
    else localStorage.removeItem(DRAFT_KEY);
    signalDraftChange();
    return true;
  } catch {
    return false;
  }
}
