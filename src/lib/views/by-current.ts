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

/** A passage shown in full with some words marked, and its permalink. */
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
}

/** A current's part of a page of passages. */
export interface CurrentPassages {
  anchor: string;
  group: CurrentGroup;
  articles: ArticlePassages[];
  /** Its articles without any of the passages. */
  silent: CurrentArticle[];
  count: number;
}

/**
 * Lay out passages by current, then article: every current is listed, with its articles that have
 * passages, so a current without any shows as such.
 */
export function layoutPassagesByCurrent(
  groups: readonly CurrentGroup[],
  passagesOf: (article: string) => { id: string; ranges: { start: number; end: number }[] }[],
  textOf: (article: string, id: string) => string,
  anchors: { current: (id: string) => string; article: (id: string) => string | null } = {
    current: currentGroupId,
    article: articleGroupId,
  },
): CurrentPassages[] {
  return groups.map((group) => {
    const articles = group.articles
      .map((article) => ({
        anchor: anchors.article(article.id),
        article,
        passages: passagesOf(article.id).map((p) => ({
          key: passageKey(article.id, p.id),
          id: p.id,
          n: passageNumber(p.id) ?? 0,
          href: routes.passage(article.id, p.id),
          parts: markRanges(textOf(article.id, p.id), p.ranges),
        })),
      }))
      .filter((a) => a.passages.length > 0);
    const shown = new Set(articles.map((a) => a.article.id));
    return {
      anchor: anchors.current(group.id ?? 'unknown'),
      group,
      articles,
      silent: group.articles.filter((a) => !shown.has(a.id)),
      count: articles.reduce((n, a) => n + a.passages.length, 0),
    };
  });
}
