/** What the timeline page shows: events and dates of writing in one chronology, and the charted claims. */
import type { Claim } from '../../schemas/annotations.ts';
import type { Annotations } from '../corpus/load-annotations.ts';
import { formatIsoDate } from '../dates/dates.ts';
import { chartId, passageNumber, routes, timelineEventId, writtenId } from '../routes/routes.ts';
import { listTimelineEntries, type TimelineArticle } from '../timeline/chronology.ts';
import { writingSpan } from './home-view.ts';
import { layoutTollChart, type TollChart, type TollPoint } from '../timeline/toll-chart.ts';

/** A link to a passage, labelled by its ¶ number. */
export interface PassageLink {
  href: string;
  label: string;
}

/** One row of a chart's data table. */
export interface ChartRow {
  written: string;
  source: string;
  tendency: string;
  value: string;
  passage: PassageLink;
}

/** A charted claim: its chart, its points' series, its legend and the rows of its data table. */
export interface ChartView {
  claim: Claim;
  /** The section's heading id. */
  id: string;
  /** The SVG's title id. */
  titleId: string;
  /** The id of the caption of the table of the same figures. */
  dataId: string;
  /** The SVG's accessible title: every figure in words. */
  title: string;
  chart: TollChart;
  /** The chart's points, each with the class that colours it by tendency. */
  points: (TollPoint & { seriesClass: string })[];
  legend: { name: string; seriesClass: string }[];
  rows: ChartRow[];
}

/** An event on the timeline, with the passages that report it. */
export interface EventEntry {
  type: 'event';
  id: string;
  when: string;
  title: string;
  summary: string;
  reports: { href: string; label: string; tendency: string; passages: PassageLink[] }[];
  /** "Written before this: …", or null when every article came after. */
  writtenBefore: string | null;
}

/** An article's date of writing on the timeline. */
export interface WrittenEntry {
  type: 'article';
  id: string;
  when: string;
  href: string;
  title: string;
  label: string;
  tendency: string;
}

/** The timeline page. */
export interface TimelineView {
  entries: (EventEntry | WrittenEntry)[];
  charts: ChartView[];
}

/**
 * A date, or a range of dates, in words.
 * @example describeSpan('2023-01-09', null) // '9 January 2023'
 * @example describeSpan('2023-02-15', '2023-02-28') // '15 February 2023 – 28 February 2023'
 */
export function describeSpan(from: string, to: string | null): string {
  return to ? `${formatIsoDate(from)} – ${formatIsoDate(to)}` : formatIsoDate(from);
}

/**
 * The class that gives a tendency's points their colour (the chart's stylesheet sets each).
 * @example seriesClass('LIT-CI') // 'tendency-lit-ci'
 * @example seriesClass(null) // 'tendency-unknown'
 */
export function seriesClass(tendency: string | null): string {
  return `tendency-${(tendency ?? 'unknown').toLowerCase().replace(/[^a-z]+/g, '-')}`;
}

const passageLink = (article: string, passage: string): PassageLink => ({
  href: routes.passage(article, passage),
  label: `¶${passageNumber(passage)}`,
});

/** A charted claim's rows: each statement with a number, from an article with a date of writing. */
function chartView(
  claim: Claim,
  statements: Annotations['index']['claims'][number]['statements'],
  byId: Map<string, TimelineArticle>,
): ChartView {
  const rows = statements
    .filter((s) => s.statement.number !== undefined && byId.get(s.match.article)?.from)
    .map((s) => ({
      article: byId.get(s.match.article) as TimelineArticle,
      value: s.statement.value,
      number: s.statement.number as number,
      passage: s.match.passage,
    }))
    .sort((a, b) => ((a.article.from ?? '') < (b.article.from ?? '') ? -1 : 1) || a.number - b.number);
  const chart = layoutTollChart(
    rows.map((r, i) => ({
      id: `${r.article.id}-${i}`,
      label: r.article.label,
      from: r.article.from as string,
      to: r.article.to,
      value: r.number,
    })),
  );
  const tendencies = [...new Set(rows.map((r) => r.article.tendency))];
  return {
    claim,
    id: chartId(claim.id),
    titleId: `chart-title-${claim.id}`,
    dataId: `chart-data-${claim.id}`,
    title: `${claim.question} by date of writing: ${rows.map((r) => `${r.value} (${r.article.label})`).join('; ')}. The table below gives the same figures.`,
    chart,
    points: chart.points.map((p, i) => ({ ...p, seriesClass: seriesClass(rows[i]?.article.tendency ?? null) })),
    legend: tendencies.map((t) => ({ name: t ?? 'Unknown', seriesClass: seriesClass(t) })),
    rows: rows.map((r) => ({
      written: r.article.from ? describeSpan(r.article.from, r.article.to) : 'Unknown',
      source: r.article.label,
      tendency: r.article.tendency ?? 'Unknown',
      value: r.value,
      passage: passageLink(r.article.id, r.passage),
    })),
  };
}

/** Build the timeline page's data from the annotations. */
export function buildTimelineView(annotations: Annotations): TimelineView {
  const articles: TimelineArticle[] = annotations.articles.map(({ entry, tendency }) => ({
    id: entry.id,
    title: entry.data.title,
    label: annotations.labels.get(entry.id)?.label ?? entry.id,
    tendency: tendency?.data.name ?? null,
    ...writingSpan(entry.data),
  }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const events = new Map(annotations.index.events.map(({ event }) => [event.id, event]));
  const entries = listTimelineEntries(
    annotations.index.events.map(({ event, matches }) => ({
      id: event.id,
      date: event.date,
      matches: matches.map((m) => ({ article: m.article, passage: m.passage })),
    })),
    articles,
  ).map((entry): EventEntry | WrittenEntry =>
    entry.type === 'event'
      ? {
          type: 'event',
          id: timelineEventId(entry.id),
          when: describeSpan(entry.from, entry.to),
          title: events.get(entry.id)?.title ?? '',
          summary: events.get(entry.id)?.summary ?? '',
          reports: entry.reports.map((r) => ({
            href: routes.article(r.article.id),
            label: r.article.label,
            tendency: r.article.tendency ?? 'current unknown',
            passages: r.passages.map((p) => passageLink(r.article.id, p)),
          })),
          writtenBefore:
            entry.writtenBefore.length > 0
              ? `Written before this: ${entry.writtenBefore.map((a) => a.label).join('; ')}.`
              : null,
        }
      : {
          type: 'article',
          id: writtenId(entry.article.id),
          when: describeSpan(entry.from, entry.to),
          href: routes.article(entry.article.id),
          title: entry.article.title,
          label: entry.article.label,
          tendency: entry.article.tendency ?? 'current unknown',
        },
  );
  const charts = annotations.index.claims
    .filter(({ claim }) => claim.chart && claim.kind === 'count')
    .map(({ claim, statements }) => chartView(claim, statements, byId));
  return { entries, charts };
}
