/**
 * The one rule for lists of passages too long for one page (a topic's mentions, a coverage row, a
 * framing term): up to {@link FULL_LIST_PASSAGES} are shown in full where they are listed; a longer
 * list gets a summary (counts and its first passages in full) and numbered pages of
 * {@link EXCERPTS_PER_PAGE} excerpts each, in the list's own stable order, so that every passage is
 * one link away without JavaScript and no page grows with the corpus.
 */

/** Passages a list shows in full on its own page; a longer list gets a summary and numbered pages. */
export const FULL_LIST_PASSAGES = 30;
/** Passages in full on a summary page. */
export const SUMMARY_PASSAGES = 10;
/** Excerpts on each numbered page. */
export const EXCERPTS_PER_PAGE = 200;

/** Whether a list of `count` passages is too long for one page. */
export function isLargeList(count: number): boolean {
  return count > FULL_LIST_PASSAGES;
}

/**
 * How many numbered pages a list of `count` passages takes.
 * @example pageCount(450) // 3
 */
export function pageCount(count: number): number {
  return Math.ceil(count / EXCERPTS_PER_PAGE);
}

/**
 * The numbered page (from 1) that holds the item at `index` (from 0) of a list.
 * @example pageOf(200) // 2
 */
export function pageOf(index: number): number {
  return Math.floor(index / EXCERPTS_PER_PAGE) + 1;
}

/** The items of numbered page `page` (from 1), or a clear error when there is no such page. */
export function pageSlice<T>(items: readonly T[], page: number): T[] {
  if (!Number.isInteger(page) || page < 1 || page > pageCount(items.length))
    throw new Error(`no page ${String(page)} of ${String(items.length)} passages`);
  const from = (page - 1) * EXCERPTS_PER_PAGE;
  return items.slice(from, from + EXCERPTS_PER_PAGE);
}

/** A link to one numbered page. */
export interface PageLink {
  href: string;
  /** "Passages 1–200". */
  label: string;
  /** Where the page starts and ends, in the list's words ("Label A to Label B"). */
  span: string;
}

/** The link to numbered page `page` of `items`, its span named by `name`. */
export function pageLink<T>(
  items: readonly T[],
  page: number,
  href: (page: number) => string,
  name: (item: T) => string,
): PageLink {
  const slice = pageSlice(items, page);
  const from = (page - 1) * EXCERPTS_PER_PAGE;
  const first = slice[0] as T;
  const last = slice.at(-1) as T;
  return {
    href: href(page),
    label: `Passages ${(from + 1).toLocaleString('en')}–${(from + slice.length).toLocaleString('en')}`,
    span: `${name(first)} to ${name(last)}`,
  };
}

/** Every numbered page of `items`, in order. */
export function pageLinks<T>(
  items: readonly T[],
  href: (page: number) => string,
  name: (item: T) => string,
): PageLink[] {
  return Array.from({ length: pageCount(items.length) }, (_, i) => pageLink(items, i + 1, href, name));
}

/** A numbered page's neighbours, for its previous/next links. */
export function pageNeighbours<T>(
  items: readonly T[],
  page: number,
  href: (page: number) => string,
  name: (item: T) => string,
): { previous: PageLink | null; next: PageLink | null } {
  return {
    previous: page > 1 ? pageLink(items, page - 1, href, name) : null,
    next: page < pageCount(items.length) ? pageLink(items, page + 1, href, name) : null,
  };
}
