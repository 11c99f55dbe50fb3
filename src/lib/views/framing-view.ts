/** What the framing pages show: each group's terms counted by current, its chart, and each term's passages. */
import type { Annotations } from '../corpus/load-annotations.ts';
import { listForms, type ResolvedGroup, type TermOccurrences } from '../annotations/framing.ts';
import { ratePerThousand } from '../annotations/coverage.ts';
import { lexiconTermId, passageKey, routes } from '../routes/routes.ts';
import { groupByCurrent, layoutPassagesByCurrent, type CurrentGroup, type CurrentPassages } from './by-current.ts';
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

/** Times printed in some articles. */
const timesIn = (term: TermOccurrences, articles: Set<string>) =>
  term.passages.filter((p) => articles.has(p.article)).reduce((n, p) => n + p.mentions.length, 0);

function groupView(resolved: ResolvedGroup, currents: CurrentGroup[]): FramingGroupView {
  const { group } = resolved;
  const sets = currents.map((c) => new Set(c.articles.map((a) => a.id)));
  const rows = resolved.terms.map((occurrences) => {
    const { term, passages } = occurrences;
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
          href: count > 0 ? routes.framingGroup(group.id, lexiconTermId(term.id, c.id ?? 'unknown')) : null,
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
  const currents = groupByCurrent(annotations.articles, annotations.labels);
  return { currents, groups: groups.map((g) => groupView(g, currents)) };
}

/** One term on a group's page: its forms and its passages by current, the term marked. */
export interface FramingTermPassages {
  id: string;
  anchor: string;
  term: string;
  forms: string[];
  total: number;
  currents: CurrentPassages[];
}

/** A group's page. */
export interface FramingGroupPage {
  id: string;
  title: string;
  note: string;
  terms: FramingTermPassages[];
}

/** Build the page of group `id`: every passage of each term, by current and article, the term marked. */
export function buildFramingGroupPage(
  annotations: Annotations,
  groups: readonly ResolvedGroup[],
  id: string,
): FramingGroupPage {
  const resolved = groups.find((g) => g.group.id === id);
  if (!resolved) throw new Error(`no framing group ${id}`);
  const currents = groupByCurrent(annotations.articles, annotations.labels);
  const textOf = (article: string, passage: string) =>
    annotations.passages.get(passageKey(article, passage))?.text ?? '';
  return {
    id,
    title: resolved.group.title,
    note: resolved.group.note,
    terms: resolved.terms.map(({ term, passages }) => ({
      id: term.id,
      anchor: lexiconTermId(term.id),
      term: term.term,
      forms: listForms(term).slice(1),
      total: passages.reduce((n, p) => n + p.mentions.length, 0),
      currents: layoutPassagesByCurrent(
        currents,
        (article) => passages.filter((p) => p.article === article).map((p) => ({ id: p.id, ranges: p.mentions })),
        textOf,
        { current: (tendency) => lexiconTermId(term.id, tendency), article: () => null },
      ),
    })),
  };
}
