/**
 * A list of passages laid out by current, cut by the one rule of `passage-pages.ts`: a short list in
 * full on its own page; a long one as a summary (each current's count and first passages in full,
 * with a link to where the rest begin) and numbered pages of excerpts in the list's order. The
 * coverage rows and the framing terms both read it.
 */
import {
  layoutPassagesByCurrent,
  type CurrentGroup,
  type CurrentPassages,
  type LayoutOptions,
  type ListedPassage,
} from './by-current.ts';
import { excerptAround } from './excerpt-around.ts';
import {
  isLargeList,
  pageLink,
  pageLinks,
  pageNeighbours,
  pageOf,
  pageSlice,
  SUMMARY_PASSAGES,
  type PageLink,
} from './passage-pages.ts';

/** Where a current's passages go on past what a summary shows. */
export interface CurrentMore {
  /** The numbered page where its passages begin, at its heading. */
  href: string;
  /** "All 417 passages of LIT-CI, on pages 1–3". */
  text: string;
}

/** A current's part of a list's own page: its passages, or on a summary its first ones and where the rest are. */
export type ListedCurrent = CurrentPassages & { more: CurrentMore | null };

/** What a list's own page shows: every passage in full, or a summary and its numbered pages. */
export interface ListLayout {
  large: boolean;
  currents: ListedCurrent[];
  /** The numbered pages; empty for a short list. */
  pages: PageLink[];
}

/** One numbered page of a long list. */
export interface ListPage {
  page: number;
  /** "Passages 201–400". */
  label: string;
  previous: PageLink | null;
  next: PageLink | null;
  /** Only the currents with passages on this page. */
  currents: CurrentPassages[];
}

/** How a long list's numbered pages are addressed: page from 1, and a heading's id on it. */
export type PageHref = (page: number, anchor?: string) => string;

type Anchors = NonNullable<LayoutOptions['anchors']>;

/** Where a page of the list starts and ends: "LIT-CI: Left Voice, 20 Jan 2023". */
const nameOf = (groups: readonly CurrentGroup[]) => (p: ListedPassage) =>
  `${groups[p.current]?.name ?? ''}: ${p.article.label}`;

/**
 * "page 2", "pages 1–3".
 * @example pagesLabel(1, 3) // 'pages 1–3'
 */
export function pagesLabel(first: number, last: number): string {
  return first === last ? `page ${String(first)}` : `pages ${String(first)}–${String(last)}`;
}

/**
 * Where each current's (by its index) and each article's passages begin: the index in the list.
 * A link to a current or article on a long list goes to the numbered page of that index.
 */
export function listStarts(listed: readonly ListedPassage[]): {
  current: Map<number, number>;
  article: Map<string, number>;
} {
  const current = new Map<number, number>();
  const article = new Map<string, number>();
  listed.forEach((p, i) => {
    if (!current.has(p.current)) current.set(p.current, i);
    if (!article.has(p.article.id)) article.set(p.article.id, i);
  });
  return { current, article };
}

/**
 * Where a link to a current's or an article's passages lands: the list's own page at the heading
 * when the list is short, else the numbered page where they begin, at the heading.
 */
export function listLinks(
  listed: readonly ListedPassage[],
  groups: readonly CurrentGroup[],
  anchors: Anchors,
  own: (anchor?: string) => string,
  page: PageHref,
): { current: (index: number) => string; article: (id: string) => string } {
  const large = isLargeList(listed.length);
  const starts = listStarts(listed);
  const at = (index: number | undefined, anchor: string | null) =>
    large && index !== undefined ? page(pageOf(index), anchor ?? undefined) : own(anchor ?? undefined);
  return {
    current: (i) => at(starts.current.get(i), anchors.current(groups[i]?.id ?? 'unknown')),
    article: (id) => at(starts.article.get(id), anchors.article(id)),
  };
}

/** A summary's passages: the first of each current, {@link SUMMARY_PASSAGES} shared among the currents that have any. */
export function firstOfEachCurrent(listed: readonly ListedPassage[]): ListedPassage[] {
  const currents = new Set(listed.map((p) => p.current)).size;
  const each = Math.max(1, Math.ceil(SUMMARY_PASSAGES / Math.max(currents, 1)));
  const taken = new Map<number, number>();
  return listed.filter((p) => {
    const n = taken.get(p.current) ?? 0;
    taken.set(p.current, n + 1);
    return n < each;
  });
}

/** A list's own page: every passage in full when short; when long, each current's first passages and its pages. */
export function layoutList(
  groups: readonly CurrentGroup[],
  listed: readonly ListedPassage[],
  textOf: (article: string, id: string) => string,
  anchors: Anchors,
  page: PageHref,
): ListLayout {
  if (!isLargeList(listed.length))
    return {
      large: false,
      currents: layoutPassagesByCurrent(groups, listed, listed, textOf, { anchors }).map((c) => ({
        ...c,
        more: null,
      })),
      pages: [],
    };
  const starts = listStarts(listed);
  const currents = layoutPassagesByCurrent(groups, listed, firstOfEachCurrent(listed), textOf, { anchors });
  return {
    large: true,
    currents: currents.map((c, i) => {
      const first = starts.current.get(i);
      if (first === undefined || c.count === c.total) return { ...c, more: null };
      const span = pagesLabel(pageOf(first), pageOf(first + c.total - 1));
      return {
        ...c,
        more: {
          href: page(pageOf(first), c.anchor),
          text: `All ${c.total.toLocaleString('en')} passages of ${c.group.name}, on ${span}`,
        },
      };
    }),
    pages: pageLinks(listed, (n) => page(n), nameOf(groups)),
  };
}

/** Numbered page `n` (from 1) of a long list: its passages as excerpts around the marked words, by current and article. */
export function layoutListPage(
  groups: readonly CurrentGroup[],
  listed: readonly ListedPassage[],
  n: number,
  textOf: (article: string, id: string) => string,
  anchors: Anchors,
  page: PageHref,
): ListPage {
  const href = (k: number) => page(k);
  return {
    page: n,
    label: pageLink(listed, n, href, nameOf(groups)).label,
    ...pageNeighbours(listed, n, href, nameOf(groups)),
    currents: layoutPassagesByCurrent(groups, listed, pageSlice(listed, n), textOf, {
      anchors,
      parts: (text, ranges) => excerptAround(text, ranges),
      everyCurrent: false,
    }),
  };
}
