/**
 * The search index of the build, made once from what the build already holds: the articles in
 * date order, their passages, and the annotations resolved for the pages (`loadAnnotations`).
 * Every file of `/search-index/` is read from it (`src/pages/search-index/[...file].ts`).
 */
import { buildPassageIndex } from '../search/passage-index.ts';
import { listSearchInput } from './search-input.ts';
import { listBodyPassages } from '../passages/body.ts';
import { ARTICLE_SOURCES, countArticleSources } from './article-sources.ts';
import { loadAnnotations } from './load-annotations.ts';

let cached: Promise<Map<string, string>> | null = null;

/**
 * Every file of the search index, path (relative to its folder, without `.gz`) → JSON text.
 * @throws Error when the build's collection holds fewer articles than the content folder (two
 * builds at once sharing Astro's content store once built from empty collections without a word).
 */
export function loadSearchIndex(): Promise<Map<string, string>> {
  cached ??= (async () => {
    const { articles, index } = await loadAnnotations();
    const sources = countArticleSources(ARTICLE_SOURCES.base);
    if (sources !== articles.length)
      throw new Error(
        `${ARTICLE_SOURCES.base} holds ${sources} articles but the build read ${articles.length}. Run the build again with no other build running in this project (two builds at once share Astro's content store in node_modules/.astro).`,
      );
    const input = listSearchInput(
      articles.map(({ entry, publisher, tendency }) => ({
        slug: entry.id,
        title: entry.data.title,
        date: entry.data.date,
        dateRange: entry.data.dateRange,
        authors: entry.data.authors.map((a) => a.name),
        publisher: publisher?.data.name ?? null,
        tendency: tendency?.data.name ?? null,
        passages: listBodyPassages(entry.body ?? ''),
      })),
      index,
    );
    return new Map(buildPassageIndex(input.articles, input.topics));
  })();
  return cached;
}
