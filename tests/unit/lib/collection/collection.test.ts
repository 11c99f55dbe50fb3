/** The edits a reader makes to a collection: add and remove, reorder, notes and title, and the limit. */
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  hasPassage,
  isFull,
  LIMITS,
  moveEntry,
  removeEntry,
  setNote,
  setTitle,
  togglePassage,
  type Collection,
} from '../../../../src/lib/collection/collection.ts';

const three: Collection = {
  title: '',
  entries: [
    { slug: 'a', n: 1, note: '' },
    { slug: 'b', n: 2, note: 'x' },
    { slug: 'c', n: 3, note: '' },
  ],
};
const order = (c: Collection) => c.entries.map((e) => `${e.slug}${e.n}`);

describe('collection edits', () => {
  it('toggles a passage in at the end and out again, leaving the original untouched', () => {
    const added = togglePassage(three, 'd', 9);
    expect(order(added)).toEqual(['a1', 'b2', 'c3', 'd9']);
    expect(hasPassage(added, 'd', 9)).toBe(true);
    expect(order(togglePassage(added, 'b', 2))).toEqual(['a1', 'c3', 'd9']);
    expect(order(three)).toEqual(['a1', 'b2', 'c3']);
  });

  it('adds nothing to a full collection', () => {
    const full: Collection = {
      title: '',
      entries: Array.from({ length: LIMITS.entries }, (_, i) => ({ slug: 'a', n: i + 1, note: '' })),
    };
    expect(isFull(full)).toBe(true);
    expect(togglePassage(full, 'b', 1)).toBe(full);
    // Taking one out still works.
    expect(togglePassage(full, 'a', 1).entries).toHaveLength(LIMITS.entries - 1);
  });

  it('moves an entry up, down, to either end, and clamps beyond them', () => {
    expect(order(moveEntry(three, 2, 1))).toEqual(['a1', 'c3', 'b2']);
    expect(order(moveEntry(three, 0, 1))).toEqual(['b2', 'a1', 'c3']);
    expect(order(moveEntry(three, 0, 2))).toEqual(['b2', 'c3', 'a1']);
    expect(order(moveEntry(three, 2, -4))).toEqual(['c3', 'a1', 'b2']);
    expect(moveEntry(three, 5, 0)).toBe(three);
    // A note travels with its passage.
    expect(moveEntry(three, 1, 0).entries[0]).toEqual({ slug: 'b', n: 2, note: 'x' });
  });

  it('removes an entry, sets notes and the title, cleaned and cut to the limits', () => {
    expect(order(removeEntry(three, 1))).toEqual(['a1', 'c3']);
    expect(setNote(three, 2, 'a\r\nb').entries[2]?.note).toBe('a\nb');
    expect([...(setNote(three, 0, '🟥'.repeat(LIMITS.note + 5)).entries[0]?.note ?? '')]).toHaveLength(LIMITS.note);
    expect(setTitle(three, ' Line\n two ').title).toBe(' Line two ');
    expect(setTitle(three, 'x'.repeat(500)).title).toHaveLength(LIMITS.title);
    expect(cleanText('tab\tkept, bell\u0007 and delete\u007f gone', 100)).toBe('tab\tkept, bell and delete gone');
  });
});
