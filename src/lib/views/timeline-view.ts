/** What the timeline page shows: events and dates of writing in one chronology, and the charted claims. */
import type { Claim } from '../../schemas/annotations.ts';
import type { Annotations } from '../corpus/load-annotations.ts';
import { listTimelineEntries, type TimelineArticle, type TimelineEntry } from '../timeline/chronology.ts';
import { layoutTollChart, type TollChart } from '../timeline/toll-chart.ts';

/** A charted claim: its chart and the rows of its data table. */
export interface ChartView {
  claim: Claim;
  chart: TollChart;
  rows: { article: TimelineArticle; value: string; number: number; passage: string; current: string | null }[];
}

/** The timeline page. */
export interface TimelineView {
  entries: TimelineEntry[];
  events: Map<string, { title: string; summary: string; date: string }>;
  charts: ChartView[];
}

/**
 * Build the timeline page's data from the annotations.
 */
export function buildTimelineView(annotations: Annotations): TimelineView {
  const articles: TimelineArticle[] = annotations.articles.map(({ entry, tendency }) => ({
    id: entry.id,
    title: entry.data.title,
    label: annotations.labels.get(entry.id)?.label ?? entry.id,
    current: tendency?.data.name ?? null,
    from: entry.data.dateRange?.from ?? entry.data.date,
    to: entry.data.dateRange?.to ?? null,
  }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const entries = listTimelineEntries(
    annotations.index.events.map(({ event, matches }) => ({
      id: event.id,
      date: event.date,
      matches: matches.map((m) => ({ article: m.article, passage: m.passage })),
    })),
    articles,
  );
  const events = new Map(
    annotations.index.events.map(({ event }) => [
      event.id,
      { title: event.title, summary: event.summary, date: event.date },
    ]),
  );
  const charts = annotations.index.claims
    .filter(({ claim }) => claim.chart && claim.kind === 'count')
    .map(({ claim, statements }) => {
      const rows = statements
        .filter((s) => s.statement.number !== undefined && byId.get(s.match.article)?.from)
        .map((s) => {
          const article = byId.get(s.match.article) as TimelineArticle;
          return {
            article,
            value: s.statement.value,
            number: s.statement.number as number,
            passage: s.match.passage,
            current: article.current,
          };
        })
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
      return { claim, chart, rows };
    });
  return { entries, events, charts };
}
