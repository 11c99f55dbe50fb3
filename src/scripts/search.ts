/**
 * The search page, on the site's passage index (src/lib/search/passage-search.ts): state in the
 * URL (src/lib/search/search-state.ts), results grouped by article with their matching passages
 * (drawn by ./search-dom.ts), filters with counts, and a view with one column per tendency. This
 * file runs the searches and wires the page's form and history.
 */
import {
  isFilterKey,
  readSearchState,
  searchQueryString,
  sortFromValue,
  viewFromValue,
  type SearchState,
} from '../lib/search/search-state.ts';
import { findSearchPage, showEmptySearch, showSearch, showState } from './search-dom.ts';
import { allCounts } from '../lib/search/index-manifest.ts';
import type { PassageIndex } from '../lib/search/passage-search.ts';
import { loadEngine, openManifest, preloadEngine } from './search-index.ts';

/** How long typing pauses before the search runs (a submitted query runs at once). */
const TYPING_PAUSE_MS = 200;

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Start the search page: open the index, show the URL's search, and follow the form and history. */
export async function startSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  root.classList.add('js');
  const page = findSearchPage(root);
  // Opened with a query: fetch the engine beside the manifest, not after it.
  if (readSearchState(location.search).q.trim()) preloadEngine();
  const manifest = await openManifest();
  const allFilters = allCounts(manifest);
  // The engine and its word rules come with the first query: a page opened without one loads neither.
  let engine: Promise<PassageIndex> | null = null;
  const getIndex = () => (engine ??= loadEngine(manifest));
  let state = readSearchState(location.search);
  // Articles read per page of results (data-page-size, for tests); "Show more" reads the next page.
  const pageSize = Number(root.dataset['pageSize'] ?? 10) || 10;
  let shown = pageSize;
  // Each run takes a number; a run that a newer one overtook draws nothing.
  let latest = 0;

  const run = async (options: { keepPage?: boolean; typing?: boolean } = {}) => {
    const id = ++latest;
    if (!options.keepPage) shown = pageSize;
    showState(page, state);
    if (!state.q.trim()) return showEmptySearch(page, state, allFilters);
    if (options.typing) await pause(TYPING_PAUSE_MS);
    if (id !== latest) return;
    const index = await getIndex();
    const outcome = await index.search(state.q, state.filters, shown, state.sort);
    if (id !== latest) return;
    showSearch(page, state, allFilters, outcome, {
      pageSize,
      clearFilters: () => update({ ...state, filters: {} }),
      readMore: async (hit) => (await getIndex()).readMore(hit, state.q),
      showMore: () => {
        const first = outcome.read;
        shown += pageSize;
        void run({ keepPage: true }).then(() =>
          page.results.querySelectorAll('.result')[first]?.querySelector('a')?.focus(),
        );
      },
    });
  };

  const update = (next: SearchState, options: { replace?: boolean; typing?: boolean } = {}) => {
    state = next;
    const url = `${location.pathname}${searchQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[options.replace ? 'replaceState' : 'pushState'](null, '', url);
    void run({ typing: options.typing ?? false });
  };

  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ ...state, q: page.input.value });
  });
  page.input.addEventListener('input', () =>
    update({ ...state, q: page.input.value }, { replace: true, typing: true }),
  );
  // Phones show the results first and the filters on request; wider screens keep them open beside the results.
  page.filtersPanel.open = matchMedia('(min-width: 60rem)').matches;
  // On the whole page: the filters sit outside the form, after it.
  root.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'view') update({ ...state, view: viewFromValue(target.value) });
    else if (target.name === 'sort') update({ ...state, sort: sortFromValue(target.value) });
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
