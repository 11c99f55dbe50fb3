/** What the collection page carries: every article a collection may name, with what the page shows of it. */
import type { ArticleView } from '../corpus/load-corpus.ts';
import type { ArticleIndex } from '../collection/collection-index.ts';
import { shortDate } from '../dates/dates.ts';
import { routes } from '../routes/routes.ts';

/** An article in the page's list for readers without JavaScript. */
export interface CollectionArticleLink {
  href: string;
  title: string;
  facts: string;
}

/** The collection page's data: the index its script reads, and the list of articles it shows without JavaScript. */
export interface CollectionView {
  index: ArticleIndex;
  articles: CollectionArticleLink[];
}

/** Build the collection page's data from the corpus in date order. */
export function buildCollectionView(articles: readonly ArticleView[]): CollectionView {
  const index: ArticleIndex = {};
  const links: CollectionArticleLink[] = [];
  for (const { entry, publisher, tendency } of articles) {
    const written = entry.data.date ? `written ${shortDate(entry.data.date, entry.data.dateRange)}` : 'date unknown';
    const item = {
      title: entry.data.title,
      publisher: publisher?.data.name ?? null,
      tendency: tendency?.data.name ?? null,
      written,
      passages: entry.data.passageCount,
    };
    index[entry.id] = item;
    links.push({
      href: routes.article(entry.id),
      title: item.title,
      facts: [item.publisher ?? 'publisher unknown', item.tendency ?? 'current unknown', written].join(' · '),
    });
  }
  return { index, articles: links };
}
