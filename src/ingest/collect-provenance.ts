/**
 * The article's `provenance` block, gathered from what the resolvers found: one place for both
 * text and saved-page input, so the two always state the same fields in the same order.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { ResolvedPeople } from './resolve-authors.ts';
import type { ResolvedCatalog } from './resolve-catalog.ts';
import type { ResolvedTitle } from './resolve-title.ts';

/** The basis of every sourced field but the date (which keeps its own fields). */
export function collectProvenance(resolved: {
  title: ResolvedTitle;
  authors: ResolvedPeople;
  translators: ResolvedPeople;
  catalog: ResolvedCatalog;
}): ArticleData['provenance'] {
  const { title, authors, translators, catalog } = resolved;
  return {
    title: title.provenance,
    authors: authors.provenance,
    translators: translators.provenance,
    publisher: catalog.provenance.publisher,
    tendency: catalog.provenance.tendency,
    sourceUrl: catalog.provenance.sourceUrl,
  };
}
