/** The table of articles by date of writing, as the home page and the list of articles show it. */
import type { ArticleView } from '../corpus/load-corpus.ts';
import { describeDate } from '../dates/dates.ts';
import { routes } from '../routes/routes.ts';

/** A row of the table of articles. */
export interface ArticleRow {
  written: string;
  href: string;
  title: string;
  publisher: string;
  tendency: { name: string; href: string } | null;
  words: string;
}

/** One row per article, in the order given (the corpus's date order). */
export function buildArticleRows(articles: readonly ArticleView[]): ArticleRow[] {
  return articles.map(({ entry, publisher, tendency }) => ({
    written: describeDate(entry.data),
    href: routes.article(entry.id),
    title: entry.data.title,
    publisher: publisher?.data.name ?? 'Unknown',
    tendency: tendency ? { name: tendency.data.name, href: routes.tendency(tendency.id) } : null,
    words: entry.data.wordCount.toLocaleString('en'),
  }));
}
