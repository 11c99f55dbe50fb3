/**
 * What the "Collect" toggles need of the draft: whether it holds a passage, and adding or removing
 * one. Fetched only when a page finds a draft on this device or the reader presses "Collect"
 * (collection-controls.ts imports it on demand), so a first visit loads none of the collection rules.
 */
import { hasPassage, isFull, LIMITS, togglePassage } from '../lib/collection/collection.ts';
import { fitsInLink } from '../lib/collection/collection-url.ts';
import { loadDraft, readDraft, saveDraft } from './collection-store.ts';

/** The draft as the toggles show it: its size, and whether it holds a passage. */
export interface DraftView {
  size: number;
  has: (slug: string, n: number) => boolean;
}

/** The draft on this device, as the toggles show it. */
export function viewDraft(): DraftView {
  const draft = loadDraft();
  return { size: draft.entries.length, has: (slug, n) => hasPassage(draft, slug, n) };
}

/** Add the passage to the draft or take it out; returns what to tell the reader. */
export function toggleInDraft(slug: string, n: number): string {
  const read = readDraft();
  // A draft that cannot be read is kept as it is: collecting must never write over it.
  if (!read.ok)
    return 'Your collection on this device cannot be read, so nothing was added and it is kept as it is: open the collection page to save its text.';
  const draft = read.collection;
  const adding = !hasPassage(draft, slug, n);
  if (adding && isFull(draft)) {
    return `The collection holds ${LIMITS.entries} passages, as many as one link can carry: remove one first.`;
  }
  const next = togglePassage(draft, slug, n);
  if (adding && !fitsInLink(next)) {
    return `The collection's link is full (${LIMITS.query.toLocaleString('en')} characters once encoded): shorten a note or remove a passage first.`;
  }
  if (!saveDraft(next)) {
    return 'This browser does not let the site keep anything on this device, so the collection cannot be kept.';
  }
  const size = next.entries.length;
  return adding
    ? `Added ¶${n} to the collection (${size} passage${size === 1 ? '' : 's'}).`
    : `Removed ¶${n} from the collection.`;
}
