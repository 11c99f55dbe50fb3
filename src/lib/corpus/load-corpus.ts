/** The corpus as pages need it: articles in date order with their publisher and tendency resolved. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByDate } from '../dates/dates.ts';

/** An article as Astro loads it. */
export type Article = CollectionEntry<'articles'>;
/** A publisher as Astro loads it. */
export type PublisherEntry = CollectionEntry<'publishers'>;
/** A tendency as Astro loads it. */
export type TendencyEntry = CollectionEntry<'tendencies'>;

/** One article with its publisher and tendency looked up. */
export interface ArticleView {
  entry: Article;
  publisher: PublisherEntry | undefined;
  tendency: TendencyEntry | undefined;
}

/** Load every article, sorted by date of writing, with publisher and tendency. */
export async function loadCorpus(): Promise<{
  articles: ArticleView[];
  publishers: PublisherEntry[];
  tendencies: TendencyEntry[];
}> {
  const [entries, publishers, tendencies] = await Promise.all([
    getCollection('articles'),
    getCollection('publishers'),
    getCollection('tendencies'),
  ]);
  const articles = sortByDate(entries).map((entry) => ({
    entry,
    publisher: publishers.find((p) => p.id === entry.data.publisher?.id),
    tendency: tendencies.find((t) => t.id === entry.data.tendency?.id),
  }));
  return { articles, publishers, tendencies };
}
