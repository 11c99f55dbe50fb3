/**
 * The search page, built on Pagefind's JS API (not the stock widget): state in the URL
 * (src/lib/search/search-state.ts), results grouped by article with their matching passages
 * (src/lib/search/search-results.ts, drawn by ./search-dom.ts), filters with counts, and a view
 * with one column per tendency. This file wires them to the page's form and history.
 */
import {
  countPassages,
  EMPTY_QUERY_PROMPT,
  passagesOf,
  summariseSearch,
  type ArticleResult,
} from '../lib/search/search-results.ts';
import {
  isFilterKey,
  pagefindFilters,
  readSearchState,
  searchQueryString,
  viewFromValue,
  viewValue,
  type SearchState,
} from '../lib/search/search-state.ts';
import { loadPagefind } from './pagefind-api.ts';
import { renderButton, renderFilters, renderResults } from './search-dom.ts';

/** Start the search page: load Pagefind, show the URL's search, and follow the form and history. */
export async function startSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  root.classList.add('js');
  const form = root.querySelector<HTMLFormElement>('[data-form]') as HTMLFormElement;
  const input = form.querySelector<HTMLInputElement>('#search-query') as HTMLInputElement;
  const filtersBox = root.querySelector<HTMLElement>('[data-filters]') as HTMLElement;
  const summary = root.querySelector<HTMLElement>('[data-summary]') as HTMLElement;
  const results = root.querySelector<HTMLElement>('[data-results]') as HTMLElement;
  const pagefind = await loadPagefind();
  const allFilters = await pagefind.filters();
  let state = readSearchState(location.search);

  // Articles whose passages are read per page of results (data-page-size, for tests): Pagefind
  // loads one fragment per result read, so a first query stays small on a large corpus.
  const PAGE_SIZE = Number(root.dataset['pageSize'] ?? 10) || 10;
  let shown = PAGE_SIZE;

  const run = async (keepPage = false) => {
    if (!keepPage) shown = PAGE_SIZE;
    input.value = state.q;
    form
      .querySelectorAll<HTMLInputElement>('input[name="view"]')
      .forEach((r) => (r.checked = r.value === viewValue(state.view)));
    if (!state.q.trim()) {
      filtersBox.replaceChildren(...renderFilters(allFilters, null, state));
      summary.textContent = EMPTY_QUERY_PROMPT;
      results.replaceChildren();
      return;
    }
    const filters = pagefindFilters(state);
    const search = await pagefind.debouncedSearch(state.q, { filters, sort: { date: 'asc' } }, 250);
    if (!search) return; // superseded by a newer query
    filtersBox.replaceChildren(...renderFilters(allFilters, search.filters, state));
    // The first `shown` articles in date order; "Show more" reads the next page.
    const read = search.results.slice(0, shown);
    const hits: ArticleResult[] = (await Promise.all(read.map((r) => r.data())))
      .map((data) => ({ data, passages: passagesOf(data, state.q) }))
      .filter((hit) => hit.passages.length > 0);
    const more = search.results.length - read.length;
    const filtered = Object.keys(filters).length > 0;
    summary.textContent = summariseSearch({
      q: state.q,
      filtered,
      matched: search.results.length,
      read: read.length,
      articles: hits.length,
      passages: countPassages(hits),
    });
    if (hits.length === 0) {
      const clear = filtered
        ? [renderButton('Search again without filters', () => update({ ...state, filters: {} }))]
        : [];
      results.replaceChildren(...clear);
      return;
    }
    const showMore = () => {
      const first = read.length;
      shown += PAGE_SIZE;
      void run(true).then(() => results.querySelectorAll('.result')[first]?.querySelector('a')?.focus());
    };
    const moreButton =
      more > 0
        ? [renderButton(`Show ${Math.min(PAGE_SIZE, more)} more of ${more} articles`, showMore, 'more-results')]
        : [];
    results.replaceChildren(...renderResults(hits, state), ...moreButton);
  };

  const update = (next: SearchState, replace = false) => {
    state = next;
    const url = `${location.pathname}${searchQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[replace ? 'replaceState' : 'pushState'](null, '', url);
    void run();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ ...state, q: input.value });
  });
  input.addEventListener('input', () => update({ ...state, q: input.value }, true));
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'view') update({ ...state, view: viewFromValue(target.value) });
    else if (isFilterKey(target.name)) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${target.name}"]:checked`)].map(
        (b) => b.value,
      );
      update({ ...state, filters: { ...state.filters, [target.name]: values } });
    }
  });
  window.addEventListener('popstate', () => {
    state = readSearchState(location.search);
    void run();
  });
  await run();
  root.dataset['ready'] = 'true';
}
