/** What the home page shows: the corpus in figures, the strip of writing dates and the list of articles. */
import type { ArticleData } from '../../schemas/article.ts';
import type { ArticleView } from '../corpus/load-corpus.ts';
import { routes } from '../routes/routes.ts';
import { buildArticleRows, type ArticleRow } from './article-rows.ts';
import { layoutTimeline, type TimelinePoint } from '../timeline/strip.ts';

/** When an article was written: a day, or the first and last day of a range; null when unknown. */
export interface WritingSpan {
  from: string | null;
  to: string | null;
}

/**
 * An article's date of writing as a span, as the timelines draw it.
 * @example writingSpan({ date: '2023-01-20', dateRange: { from: '2023-01-20', to: '2023-01-23' } }) // { from: '2023-01-20', to: '2023-01-23' }
 * @example writingSpan({ date: '2023-04-07', dateRange: null }) // { from: '2023-04-07', to: null }
 */
export function writingSpan(data: Pick<ArticleData, 'date' | 'dateRange'>): WritingSpan {
  return { from: data.dateRange?.from ?? data.date, to: data.dateRange?.to ?? null };
}

/** An article on the home page's strip of writing dates. */
export interface StripItem extends WritingSpan {
  id: string;
  title: string;
  /** The publisher's short name, printed beside its point. */
  label: string;
}

/** The strip of writing dates: its width, and each dated article placed, linked and titled. */
export interface StripView {
  width: number;
  points: (TimelinePoint & { href: string; title: string })[];
  ticks: { x: number; label: string }[];
}

/** Width of the strip's drawing, in SVG units (it scales to the column). */
const STRIP_WIDTH = 640;

/** Place the articles on the strip; an article without a date of writing is left off it (the table lists it). */
export function layoutStrip(items: readonly StripItem[]): StripView {
  const { points, ticks } = layoutTimeline([...items], STRIP_WIDTH, 40);
  const titles = new Map(items.map((i) => [i.id, i.title]));
  return {
    width: STRIP_WIDTH,
    points: points.map((p) => ({ ...p, href: routes.article(p.id), title: titles.get(p.id) ?? p.id })),
    ticks,
  };
}

/** The home page. */
export interface HomeView {
  articleCount: number;
  /** Words in the whole corpus, in figures. */
  words: string;
  tendencyCount: number;
  strip: StripView;
  rows: ArticleRow[];
}

/** Build the home page from the corpus in date order and the list of tendencies. */
export function buildHomeView(articles: readonly ArticleView[], tendencyCount: number): HomeView {
  return {
    articleCount: articles.length,
    words: articles.reduce((n, a) => n + a.entry.data.wordCount, 0).toLocaleString('en'),
    tendencyCount,
    strip: layoutStrip(
      articles.map(({ entry, publisher }) => ({
        id: entry.id,
        title: entry.data.title,
        // "LIT-CI (English edition)" is too long for the strip: the edition goes.
        label: publisher?.data.name.replace(/ \(.*\)$/, '') ?? 'unknown',
        ...writingSpan(entry.data),
      })),
    ),
    rows: buildArticleRows(articles),
  };
}
