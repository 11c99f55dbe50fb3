import { describe, expect, it } from 'vitest';
import {
  EXCERPTS_PER_PAGE,
  FULL_LIST_PASSAGES,
  isLargeList,
  pageCount,
  pageLinks,
  pageNeighbours,
  pageOf,
  pageSlice,
} from '../../../../src/lib/views/passage-pages.ts';

describe('the one rule for long lists of passages', () => {
  const items = Array.from({ length: 2 * EXCERPTS_PER_PAGE + 7 }, (_, i) => i);
  const href = (page: number) => `/p/${String(page)}/`;

  it('keeps a short list whole and cuts a long one into pages that hold every item once, in order', () => {
    expect(isLargeList(FULL_LIST_PASSAGES)).toBe(false);
    expect(isLargeList(FULL_LIST_PASSAGES + 1)).toBe(true);
    expect(pageCount(items.length)).toBe(3);
    const pages = Array.from({ length: pageCount(items.length) }, (_, i) => pageSlice(items, i + 1));
    expect(pages.flat()).toEqual(items);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(EXCERPTS_PER_PAGE);
    // pageOf is the inverse: each item is on the page it says.
    items.forEach((item, i) => expect(pageSlice(items, pageOf(i))).toContain(item));
  });

  it('refuses a page that does not exist', () => {
    expect(() => pageSlice(items, 0)).toThrow('no page 0');
    expect(() => pageSlice(items, 4)).toThrow('no page 4 of 407 passages');
  });

  it('labels each page by its passages and span, and links each to its neighbours', () => {
    const links = pageLinks(items, href, (n) => `item ${String(n)}`);
    expect(links.map((l) => l.label)).toEqual([
      `Passages 1–${String(EXCERPTS_PER_PAGE)}`,
      `Passages ${String(EXCERPTS_PER_PAGE + 1)}–${String(2 * EXCERPTS_PER_PAGE)}`,
      `Passages ${String(2 * EXCERPTS_PER_PAGE + 1)}–${String(items.length)}`,
    ]);
    expect(links[2]?.span).toBe(`item ${String(2 * EXCERPTS_PER_PAGE)} to item ${String(items.length - 1)}`);
    expect(pageNeighbours(items, 1, href, String)).toEqual({
      previous: null,
      next: links[1] && { ...links[1], span: `${String(EXCERPTS_PER_PAGE)} to ${String(2 * EXCERPTS_PER_PAGE - 1)}` },
    });
    expect(pageNeighbours(items, 3, href, String).next).toBeNull();
  });
});
