/** articles.json: every article's frontmatter, with its permalink and its publisher and tendency by name. */
import type { ArticleView } from '../corpus/load-corpus.ts';
import { absoluteUrl, routes } from '../routes/routes.ts';

/** The articles.json file: a JSON array, one object per article in date order, ending in a newline. */
export function toArticlesJson(articles: readonly ArticleView[], site: string | URL | undefined): string {
  const records = articles.map(({ entry, publisher, tendency }) => ({
    slug: entry.id,
    url: absoluteUrl(routes.article(entry.id), site),
    ...entry.data,
    // The references are replaced by what a reader of the file needs: ids and names.
    publisher: publisher ? { id: publisher.id, name: publisher.data.name } : null,
    tendency: tendency ? { id: tendency.id, name: tendency.data.name, fullName: tendency.data.fullName } : null,
  }));
  return `${JSON.stringify(records, null, 2)}\n`;
}
