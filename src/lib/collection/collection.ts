/**
 * A collection of passages: a title and an ordered list of passages, each with an optional note.
 * Pure values and the edits a reader makes to them; the URL form is in ./collection-url.ts.
 */
import { passageId, passageKey, type PassageKey } from '../routes/routes.ts';

/** One passage in a collection: its article's slug, its ¶ number, and the reader's note (may be empty). */
export interface CollectionEntry {
  slug: string;
  n: number;
  note: string;
}

/** A collection: its title (may be empty) and its passages in the reader's order. */
export interface Collection {
  title: string;
  entries: CollectionEntry[];
}

/**
 * What one link may hold. A link is the collection itself, so these keep it one that mail and chat
 * carry whole (most cut or refuse links of many thousand characters) and a page that stays readable.
 */
export const LIMITS = {
  /** Passages in one collection. */
  entries: 50,
  /** Characters of the title. */
  title: 120,
  /** Characters of one note. */
  note: 500,
  /** Characters of the whole query string (without its `?`). */
  query: 8000,
} as const;

/** The empty collection. */
export const EMPTY_COLLECTION: Collection = Object.freeze({ title: '', entries: [] }) as Collection;

/**
 * The corpus-wide key of an entry's passage.
 * @example entryKey({ slug: 'a-slug', n: 3, note: '' }) // 'a-slug#p3'
 */
export function entryKey(entry: Pick<CollectionEntry, 'slug' | 'n'>): PassageKey {
  return passageKey(entry.slug, passageId(entry.n));
}

/**
 * Whether the collection holds passage `n` of `slug`.
 * @example hasPassage({ title: '', entries: [{ slug: 'a', n: 2, note: '' }] }, 'a', 2) // true
 */
export function hasPassage(collection: Collection, slug: string, n: number): boolean {
  return collection.entries.some((e) => e.slug === slug && e.n === n);
}

/**
 * Add passage `n` of `slug` at the end, or take it out if it is there. A full collection is
 * returned unchanged: check {@link isFull} first to tell the reader why.
 * @example togglePassage({ title: '', entries: [] }, 'a', 2).entries // [{ slug: 'a', n: 2, note: '' }]
 */
export function togglePassage(collection: Collection, slug: string, n: number): Collection {
  if (hasPassage(collection, slug, n))
    return { ...collection, entries: collection.entries.filter((e) => !(e.slug === slug && e.n === n)) };
  if (isFull(collection)) return collection;
  return { ...collection, entries: [...collection.entries, { slug, n, note: '' }] };
}

/**
 * Whether the collection holds as many passages as a link may.
 * @example isFull({ title: '', entries: [] }) // false
 */
export function isFull(collection: Collection): boolean {
  return collection.entries.length >= LIMITS.entries;
}

/**
 * The collection with the entry at `from` moved to `to` (clamped to the list); unchanged when
 * `from` is out of range.
 * @example moveEntry({ title: '', entries: [{ slug: 'a', n: 1, note: '' }, { slug: 'a', n: 2, note: '' }] }, 1, 0).entries.map((e) => e.n) // [2, 1]
 */
export function moveEntry(collection: Collection, from: number, to: number): Collection {
  const entries = [...collection.entries];
  if (from < 0 || from >= entries.length) return collection;
  const [moved] = entries.splice(from, 1);
  if (!moved) return collection;
  entries.splice(Math.max(0, Math.min(to, entries.length)), 0, moved);
  return { ...collection, entries };
}

/** The collection without the entry at `index`. */
export function removeEntry(collection: Collection, index: number): Collection {
  return { ...collection, entries: collection.entries.filter((_, i) => i !== index) };
}

/** The collection with the note of the entry at `index` set (cut to {@link LIMITS}.note characters). */
export function setNote(collection: Collection, index: number, note: string): Collection {
  return {
    ...collection,
    entries: collection.entries.map((e, i) => (i === index ? { ...e, note: cleanText(note, LIMITS.note) } : e)),
  };
}

/** The collection with its title set (one line, cut to {@link LIMITS}.title characters). */
export function setTitle(collection: Collection, title: string): Collection {
  return { ...collection, title: cleanText(title.replace(/\s*\n\s*/g, ' '), LIMITS.title) };
}

/**
 * Characters no title, name or note needs: control characters (C0 less tab and line breaks, DEL,
 * C1) and the bidirectional embeddings, overrides and isolates, which reorder what a reader sees
 * ("U+202E" turns "txt.exe" around). The marks LRM and RLM stay: right-to-left text needs them.
 * The one definition: the collection's text and the article schema (src/schemas/) both use it.
 */
export const UNSAFE_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text as a collection keeps it: the characters of {@link UNSAFE_TEXT} taken out, line breaks made
 * `\n`, cut to `max` characters (code points, so no character is split).
 * @example cleanText('a\r\nb\u0000c\u202e', 10) // 'a\nbc'
 */
export function cleanText(text: string, max: number): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(UNSAFE_TEXT, '');
  return [...clean].slice(0, max).join('');
}
