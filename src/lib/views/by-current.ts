/** The corpus grouped by current (tendency), as the coverage and framing pages lay it out. */
import type { ArticleView } from '../corpus/load-corpus.ts';
import type { ArticleLabel } from '../annotations/annotate-hast.ts';
import {
  articleGroupId,
  currentGroupId,
  passageKey,
  passageNumber,
  routes,
  type PassageKey,
} from '../routes/routes.ts';
import { markRanges } from './mark-ranges.ts';
import { writingSpan } from './home-view.ts';
import type { CoverageArticle } from '../annotations/coverage.ts';

/** One article under its current. */
export interface CurrentArticle {
  id: string;
  title: string;
  /** "Left Voice, 20 Jan 2023". */
  label: string;
  href: string;
  /** The article as the coverage counts see it. */
  coverage: CoverageArticle;
}

/** A current and its articles, in order of writing. */
export interface CurrentGroup {
  /** The tendency's id, or null for articles whose current is unknown. */
  id: string | null;
  name: string;
  href: string | null;
  articles: CurrentArticle[];
  /** Words in all its articles. */
  words: number;
}

/**
 * Group the articles (in order of writing) by current; currents in the order of their first article.
 * Articles of an unknown current form a group of their own, last.
 */
export function groupByCurrent(articles: readonly ArticleView[], labels: Map<string, ArticleLabel>): CurrentGroup[] {
  const groups = new Map<string | null, CurrentGroup>();
  for (const { entry, tendency } of articles) {
    const id = tendency?.id ?? null;
    const group = groups.get(id) ?? {
      id,
      name: tendency?.data.name ?? 'Current unknown',
      href: tendency ? routes.tendency(tendency.id) : null,
      articles: [],
      words: 0,
    };
    group.articles.push({
      id: entry.id,
      title: entry.data.title,
      label: labels.get(entry.id)?.label ?? entry.id,
      href: routes.article(entry.id),
      coverage: { id: entry.id, tendency: id, words: entry.data.wordCount, ...writingSpan(entry.data) },
    });
    group.words += entry.data.wordCount;
    groups.set(id, group);
  }
  const unknown = groups.get(null);
  groups.delete(null);
  return [...groups.values(), ...(unknown ? [unknown] : [])];
}

/** groupByCurrent's answer per corpus: every page of a build reads the same one. */
const grouped = new WeakMap<readonly ArticleView[], CurrentGroup[]>();

/** {@link groupByCurrent}, computed once per corpus (a build renders hundreds of pages from the same articles). */
export function currentsOf(articles: readonly ArticleView[], labels: Map<string, ArticleLabel>): CurrentGroup[] {
  let groups = grouped.get(articles);
  if (!groups) {
    groups = groupByCurrent(articles, labels);
    grouped.set(articles, groups);
  }
  return groups;
}

/** A passage shown with some words marked (in full or as an excerpt), and its permalink. */
export interface MarkedPassage {
  /** `article#pN`, across the corpus. */
  key: PassageKey;
  id: string;
  n: number;
  href: string;
  parts: { text: string; mark?: boolean }[];
}

/** One article's passages on a page grouped by current. */
export interface ArticlePassages {
  /** The article heading's id, or null when it needs none. */
  anchor: string | null;
  article: CurrentArticle;
  passages: MarkedPassage[];
  /** The article's passages in the whole list (a page may show only some). */
  total: number;
}

/** A current's part of a page of passages. */
export interface CurrentPassages {
  anchor: string;
  group: CurrentGroup;
  articles: ArticlePassages[];
  /** Its articles without any of the list's passages, by name when there are at most {@link NAMED_SILENT}. */
  silent: CurrentArticle[];
  /** How many of its articles have none of the list's passages. */
  silentCount: number;
  /** The same in words when they are too many to name ("Not in 480 of its 500 articles."); empty otherwise. */
  silentText: string;
  /** Passages shown here. */
  count: number;
  /** The current's passages in the whole list. */
  total: number;
  /** Whether its passages began on an earlier page. */
  continued: boolean;
}

/** Articles without passages are named up to this many per current, then counted: a page must not grow with the corpus. */
export const NAMED_SILENT = 10;

/** One passage of a list laid out by current, then article, with the words that tie it to the list. */
export interface ListedPassage {
  /** The index of its current in the groups. */
  current: number;
  article: CurrentArticle;
  id: string;
  n: number;
  ranges: { start: number; end: number }[];
}

/**
 * Every passage of a list in its one stable order: currents in their order, each current's articles
 * in order of writing, each article's passages by number.
 */
export function listPassagesByCurrent(
  groups: readonly CurrentGroup[],
  passagesOf: (article: string) => readonly { id: string; ranges: { start: number; end: number }[] }[],
): ListedPassage[] {
  return groups.flatMap((group, current) =>
    group.articles.flatMap((article) =>
      passagesOf(article.id)
        .map((p) => ({ current, article, id: p.id, n: passageNumber(p.id) ?? 0, ranges: p.ranges }))
        .sort((a, b) => a.n - b.n),
    ),
  );
}

/** How a layout names its sections and shows its passages. */
export interface LayoutOptions {
  /** The ids of a current's and an article's headings (null: none). */
  anchors?: { current: (id: string) => string; article: (id: string) => string | null };
  /** A passage's text with its ranges marked: in full (the default) or an excerpt. */
  parts?: (text: string, ranges: { start: number; end: number }[]) => { text: string; mark?: boolean }[];
  /** List every current, even one with none of the shown passages (so a current without any shows as such). */
  everyCurrent?: boolean;
}

/**
 * Lay out `shown` (some or all of the list `all`, in its order) by current, then article.
 * Counts, silent articles and whether a current continues from an earlier page come from `all`.
 */
export function layoutPassagesByCurrent(
  groups: readonly CurrentGroup[],
  all: readonly ListedPassage[],
  shown: readonly ListedPassage[],
  textOf: (article: string, id: string) => string,
  {
    anchors = { current: currentGroupId, article: articleGroupId },
    parts = markRanges,
    everyCurrent = true,
  }: LayoutOptions = {},
): CurrentPassages[] {
  const totals = new Map<number, number>();
  const firstOf = new Map<number, ListedPassage>();
  const inArticle = new Map<string, number>();
  for (const p of all) {
    totals.set(p.current, (totals.get(p.current) ?? 0) + 1);
    if (!firstOf.has(p.current)) firstOf.set(p.current, p);
    inArticle.set(p.article.id, (inArticle.get(p.article.id) ?? 0) + 1);
  }
  const byCurrent = new Map<number, ArticlePassages[]>();
  for (const p of shown) {
    const articles = byCurrent.get(p.current) ?? [];
    let last = articles.at(-1);
    if (last?.article.id !== p.article.id) {
      last = {
        anchor: anchors.article(p.article.id),
        article: p.article,
        passages: [],
        total: inArticle.get(p.article.id) ?? 0,
      };
      articles.push(last);
    }
    last.passages.push({
      key: passageKey(p.article.id, p.id),
      id: p.id,
      n: p.n,
      href: routes.passage(p.article.id, p.id),
      parts: parts(textOf(p.article.id, p.id), p.ranges),
    });
    byCurrent.set(p.current, articles);
  }
  return groups.flatMap((group, i) => {
    const articles = byCurrent.get(i) ?? [];
    if (!everyCurrent && articles.length === 0) return [];
    const silent = group.articles.filter((a) => !inArticle.has(a.id));
    const first = articles[0]?.passages[0];
    const start = firstOf.get(i);
    return [
      {
        anchor: anchors.current(group.id ?? 'unknown'),
        group,
        articles,
        silent: silent.length <= NAMED_SILENT ? silent : [],
        silentCount: silent.length,
        silentText:
          silent.length > NAMED_SILENT
            ? `Not in ${silent.length.toLocaleString('en')} of its ${group.articles.length.toLocaleString('en')} articles.`
            : '',
        count: articles.reduce((n, a) => n + a.passages.length, 0),
        total: totals.get(i) ?? 0,
        continued: first !== undefined && start !== undefined && first.key !== passageKey(start.article.id, start.id),
      },
    ];
  });
}
