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

/** The corpus as pages read it. */
export interface Corpus {
  articles: ArticleView[];
  publishers: PublisherEntry[];
  tendencies: TendencyEntry[];
}

let cached: Promise<Corpus> | null = null;

/** Load every article, sorted by date of writing, with publisher and tendency (once per build: every page asks). */
export function loadCorpus(): Promise<Corpus> {
  cached ??= readCorpus();
  return cached;
}

async function readCorpus(): Promise<Corpus> {
  const [entries, publishers, tendencies] = await Promise.all([
    getCollection('articles'),
    getCollection('publishers'),
    getCollection('tendencies'),
  ]);
  const publisherById = new Map(publishers.map((p) => [p.id, p]));
  const tendencyById = new Map(tendencies.map((t) => [t.id, t]));
  const articles = sortByDate(entries).map((entry) => ({
    entry,
    publisher: entry.data.publisher ? publisherById.get(entry.data.publisher.id) : undefined,
    tendency: entry.data.tendency ? tendencyById.get(entry.data.tendency.id) : undefined,
  }));
  return { articles, publishers, tendencies };
}
