/**
 * The search page, built on Pagefind's JS API (not the stock widget): state in the URL
 * (src/lib/search/search-state.ts), results grouped by article with their matching passages
 * (src/lib/search/search-results.ts, drawn by ./search-dom.ts), filters with counts, and a view
 * with one column per tendency. This file runs the searches and wires the page's form and history.
 */
import { passagesOf, type ArticleResult } from '../lib/search/search-results.ts';
import {
  isFilterKey,
  pagefindFilters,
  readSearchState,
  searchQueryString,
  viewFromValue,
  type SearchState,
} from '../lib/search/search-state.ts';
import { loadPagefind, type FilterCounts, type PagefindApi } from './pagefind-api.ts';
import { findSearchPage, showEmptySearch, showSearch, showState, type SearchOutcome } from './search-dom.ts';

/**
 * Search, and read the passages of the first `shown` matching articles in date order: Pagefind
 * loads one fragment per result read, so a first query stays small on a large corpus.
 * Null when a newer search superseded this one.
 */
async function searchPassages(pagefind: PagefindApi, state: SearchState, shown: number): Promise<SearchOutcome | null> {
  const filters = pagefindFilters(state);
  const search = await pagefind.debouncedSearch(state.q, { filters, sort: { date: 'asc' } }, 250);
  if (!search) return null;
  const read = search.results.slice(0, shown);
  const hits: ArticleResult[] = (await Promise.all(read.map((r) => r.data())))
    .map((data) => ({ data, passages: passagesOf(data, state.q) }))
    .filter((hit) => hit.passages.length > 0);
  return {
    hits,
    counts: search.filters,
    matched: search.results.length,
    read: read.length,
    filtered: Object.keys(filters).length > 0,
  };
}

/** Start the search page: load Pagefind, show the URL's search, and follow the form and history. */
export async function startSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  root.classList.add('js');
  const page = findSearchPage(root);
  const pagefind = await loadPagefind();
  const allFilters: FilterCounts = await pagefind.filters();
  let state = readSearchState(location.search);
  // Articles read per page of results (data-page-size, for tests); "Show more" reads the next page.
  const pageSize = Number(root.dataset['pageSize'] ?? 10) || 10;
  let shown = pageSize;

  const run = async (keepPage = false) => {
    if (!keepPage) shown = pageSize;
    showState(page, state);
    if (!state.q.trim()) return showEmptySearch(page, state, allFilters);
    const outcome = await searchPassages(pagefind, state, shown);
    if (!outcome) return; // superseded by a newer query
    showSearch(page, state, allFilters, outcome, {
      pageSize,
      clearFilters: () => update({ ...state, filters: {} }),
      showMore: () => {
        const first = outcome.read;
        shown += pageSize;
        void run(true).then(() => page.results.querySelectorAll('.result')[first]?.querySelector('a')?.focus());
      },
    });
  };

  const update = (next: SearchState, replace = false) => {
    state = next;
    const url = `${location.pathname}${searchQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[replace ? 'replaceState' : 'pushState'](null, '', url);
    void run();
  };

  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ ...state, q: page.input.value });
  });
  page.input.addEventListener('input', () => update({ ...state, q: page.input.value }, true));
  // Phones show the results first and the filters on request; wider screens keep them open beside the results.
  page.filtersPanel.open = matchMedia('(min-width: 60rem)').matches;
  // On the whole page: the filters sit outside the form, after it.
  root.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'view') update({ ...state, view: viewFromValue(target.value) });
    else if (isFilterKey(target.name)) {
      const checked = root.querySelectorAll<HTMLInputElement>(`input[name="${target.name}"]:checked`);
      update({ ...state, filters: { ...state.filters, [target.name]: [...checked].map((b) => b.value) } });
    }
  });
  window.addEventListener('popstate', () => {
    state = readSearchState(location.search);
    void run();
  });
  await run();
  root.dataset['ready'] = 'true';
}
