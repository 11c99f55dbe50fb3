/** What the framing pages show: each group's terms counted by current, its chart, and each term's passages. */
import type { Annotations } from '../corpus/load-annotations.ts';
import { listForms, type ResolvedGroup, type TermOccurrences } from '../annotations/framing.ts';
import { ratePerThousand } from '../annotations/coverage.ts';
import { lexiconTermId, passageKey, routes } from '../routes/routes.ts';
import {
  currentsOf,
  listPassagesByCurrent,
  type CurrentGroup,
  type CurrentPassages,
  type ListedPassage,
} from './by-current.ts';
import { layoutList, layoutListPage, listLinks, type ListedCurrent, type PageHref } from './by-current-pages.ts';
import { isLargeList, pageCount, type PageLink } from './passage-pages.ts';
import { layoutBarChart, type BarChart } from './bar-chart.ts';
import { seriesClass } from './timeline-view.ts';

/** A term's count in one current's articles. */
export interface FramingCell {
  /** Times printed. */
  count: number;
  /** Passages it is printed in. */
  passages: number;
  /** Times printed per 1,000 words of the current's articles. */
  rate: string;
  /** Where those passages are listed, the term marked; null when there are none. */
  href: string | null;
}

/** One row of a group's table. */
export interface FramingRow {
  id: string;
  term: string;
  /** Other printed forms counted with it. */
  forms: string[];
  cells: FramingCell[];
}

/** One group on the lexicon page. */
export interface FramingGroupView {
  id: string;
  title: string;
  note: string;
  /** The page with every passage of the group's terms. */
  href: string;
  /** The table caption's id (it names the scrolling region). */
  captionId: string;
  rows: FramingRow[];
  chart: BarChart;
  /** The chart's accessible title: every rate in words. */
  chartTitle: string;
  chartTitleId: string;
}

/** The lexicon page. */
export interface FramingView {
  currents: CurrentGroup[];
  groups: FramingGroupView[];
}

/** Each term's passages in order, computed once per term (its pages and the lexicon's counts read them). */
const listedTerms = new WeakMap<TermOccurrences, ListedPassage[]>();

/** A term's passages in the one order every page of it follows: by current, article, then number. */
function listTerm(term: TermOccurrences, currents: readonly CurrentGroup[]): ListedPassage[] {
  const known = listedTerms.get(term);
  if (known) return known;
  const byArticle = new Map<string, { id: string; ranges: TermOccurrences['passages'][number]['mentions'] }[]>();
  for (const p of term.passages)
    byArticle.set(p.article, [...(byArticle.get(p.article) ?? []), { id: p.id, ranges: p.mentions }]);
  const listed = listPassagesByCurrent(currents, (article) => byArticle.get(article) ?? []);
  listedTerms.set(term, listed);
  return listed;
}

/** The ids of a term's headings by current; its articles need none (a group's page lists several terms). */
const termAnchors = (term: string) => ({
  current: (tendency: string) => lexiconTermId(term, tendency),
  article: () => null,
});

/** A frequent term's numbered pages, at a heading. */
const termPages =
  (group: string, term: string): PageHref =>
  (page, anchor) =>
    routes.framingTermPassages(group, term, page, anchor);

/** Times printed in some articles. */
const timesIn = (term: TermOccurrences, articles: Set<string>) =>
  term.passages.filter((p) => articles.has(p.article)).reduce((n, p) => n + p.mentions.length, 0);

function groupView(resolved: ResolvedGroup, currents: CurrentGroup[]): FramingGroupView {
  const { group } = resolved;
  const sets = currents.map((c) => new Set(c.articles.map((a) => a.id)));
  const rows = resolved.terms.map((occurrences) => {
    const { term, passages } = occurrences;
    // A count links to where its passages begin: the group's page, or a frequent term's numbered page.
    const links = listLinks(
      listTerm(occurrences, currents),
      currents,
      termAnchors(term.id),
      (anchor) => routes.framingGroup(group.id, anchor),
      termPages(group.id, term.id),
    );
    return {
      id: term.id,
      term: term.term,
      forms: term.forms,
      cells: currents.map((c, j) => {
        const articles = sets[j] as Set<string>;
        const count = timesIn(occurrences, articles);
        return {
          count,
          passages: passages.filter((p) => articles.has(p.article)).length,
          rate: ratePerThousand(count, c.words),
          href: count > 0 ? links.current(j) : null,
        };
      }),
    };
  });
  const short = currents.map((c) => c.name);
  const chart = layoutBarChart(
    rows.map((r) => ({
      label: r.term,
      bars: r.cells.map((cell, j) => ({
        series: short[j] ?? '',
        seriesClass: seriesClass(currents[j]?.name ?? null),
        value: Number(cell.rate),
        text: cell.rate,
      })),
    })),
  );
  return {
    id: group.id,
    title: group.title,
    note: group.note,
    href: routes.framingGroup(group.id),
    captionId: `caption-${group.id}`,
    rows,
    chart,
    chartTitle: `${group.title}: times printed per 1,000 words, by current. ${rows
      .map((r) => `${r.term}: ${r.cells.map((c, j) => `${short[j] ?? ''} ${c.rate}`).join(', ')}`)
      .join('; ')}. The table gives the same figures with the counts.`,
    chartTitleId: `chart-title-${group.id}`,
  };
}

/** Build the lexicon page. */
export function buildFramingView(annotations: Annotations, groups: readonly ResolvedGroup[]): FramingView {
  const currents = currentsOf(annotations.articles, annotations.labels);
  return { currents, groups: groups.map((g) => groupView(g, currents)) };
}

/** One term on a group's page: its forms and its passages by current (all, or a summary and numbered pages), the term marked. */
export interface FramingTermPassages {
  id: string;
  anchor: string;
  term: string;
  forms: string[];
  /** Times printed. */
  total: number;
  /** Passages it is printed in. */
  passages: number;
  /** Whether its passages are too many for the group's page: the first of each current, and numbered pages. */
  large: boolean;
  currents: ListedCurrent[];
  /** The numbered pages of a frequent term; empty otherwise. */
  pages: PageLink[];
}

/** A group's page. */
export interface FramingGroupPage {
  id: string;
  title: string;
  note: string;
  terms: FramingTermPassages[];
}

/** One numbered page of a frequent term: its passages as excerpts, by current and article, the term marked. */
export interface FramingTermPage {
  group: { id: string; title: string; href: string };
  term: string;
  /** The term's part of the group's page. */
  termHref: string;
  /** "printed 1,234 times in 1,100 passages". */
  summary: string;
  page: number;
  label: string;
  previous: PageLink | null;
  next: PageLink | null;
  currents: CurrentPassages[];
}

const timesPrinted = (term: TermOccurrences) => term.passages.reduce((n, p) => n + p.mentions.length, 0);

const textOf = (annotations: Annotations) => (article: string, passage: string) =>
  annotations.passages.get(passageKey(article, passage))?.text ?? '';

function findGroup(groups: readonly ResolvedGroup[], id: string): ResolvedGroup {
  const resolved = groups.find((g) => g.group.id === id);
  if (!resolved) throw new Error(`no framing group ${id}`);
  return resolved;
}

/** Build the page of group `id`: the passages of each term, by current and article, the term marked. */
export function buildFramingGroupPage(
  annotations: Annotations,
  groups: readonly ResolvedGroup[],
  id: string,
): FramingGroupPage {
  const resolved = findGroup(groups, id);
  const currents = currentsOf(annotations.articles, annotations.labels);
  return {
    id,
    title: resolved.group.title,
    note: resolved.group.note,
    terms: resolved.terms.map((occurrences) => {
      const { term, passages } = occurrences;
      const laid = layoutList(
        currents,
        listTerm(occurrences, currents),
        textOf(annotations),
        termAnchors(term.id),
        termPages(id, term.id),
      );
      return {
        id: term.id,
        anchor: lexiconTermId(term.id),
        term: term.term,
        forms: listForms(term).slice(1),
        total: timesPrinted(occurrences),
        passages: passages.length,
        large: laid.large,
        currents: laid.currents,
        pages: laid.pages,
      };
    }),
  };
}

/** The numbered pages of every frequent term, for the router. */
export function listFramingTermPages(
  groups: readonly ResolvedGroup[],
): { group: string; term: string; page: number }[] {
  return groups.flatMap(({ group, terms }) =>
    terms
      .filter((t) => isLargeList(t.passages.length))
      .flatMap((t) =>
        Array.from({ length: pageCount(t.passages.length) }, (_, i) => ({
          group: group.id,
          term: t.term.id,
          page: i + 1,
        })),
      ),
  );
}

/** Numbered page `page` (from 1) of frequent term `term` of group `group`. */
export function buildFramingTermPassages(
  annotations: Annotations,
  groups: readonly ResolvedGroup[],
  group: string,
  term: string,
  page: number,
): FramingTermPage {
  const resolved = findGroup(groups, group);
  const occurrences = resolved.terms.find((t) => t.term.id === term);
  if (!occurrences) throw new Error(`no framing term ${group}/${term}`);
  const currents = currentsOf(annotations.articles, annotations.labels);
  const listed = listTerm(occurrences, currents);
  const laid = layoutListPage(currents, listed, page, textOf(annotations), termAnchors(term), termPages(group, term));
  const times = timesPrinted(occurrences);
  return {
    group: { id: group, title: resolved.group.title, href: routes.framingGroup(group) },
    term: occurrences.term.term,
    termHref: routes.framingGroup(group, lexiconTermId(term)),
    summary: `printed ${times.toLocaleString('en')} time${times === 1 ? '' : 's'} in ${listed.length.toLocaleString('en')} passage${listed.length === 1 ? '' : 's'}`,
    page,
    label: laid.label,
    previous: laid.previous,
    next: laid.next,
    currents: laid.currents,
  };
}
