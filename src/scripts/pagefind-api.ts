/**
 * Pagefind's browser API, loaded from the index the build writes (`/pagefind/pagefind.js`).
 *
 * Declared here because the `pagefind` package ships TypeScript types for its Node indexing API
 * only (`pagefind/types/index.d.ts`: createIndex, addDirectory, writeFiles); the browser module is
 * generated into dist/ at build time with no types. Only what this site calls is declared.
 */
import { routes } from '../lib/routes/routes.ts';
import type { ResultFragment } from '../lib/search/search-results.ts';

/** Filter name → value → number of pages, as `filters()` and a search's `filters` report them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The part of Pagefind's browser API the search page uses. */
export interface PagefindApi {
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** Resolves to null when a newer call supersedes this one. */
  debouncedSearch(
    q: string,
    options: { filters?: object; sort?: Record<string, 'asc' | 'desc'> },
    ms: number,
  ): Promise<{ results: { data(): Promise<ResultFragment> }[]; filters: FilterCounts } | null>;
}

/** Load and initialise Pagefind from the site's index. */
export async function loadPagefind(): Promise<PagefindApi> {
  const pagefind = (await import(/* @vite-ignore */ routes.pagefind('pagefind.js'))) as PagefindApi;
  await pagefind.init();
  return pagefind;
}
