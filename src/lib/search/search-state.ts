/**
 * The search page's state and its URL, both ways: ?q=…&current=…&publisher=…&author=…&year=…&view=…&sort=…
 * Pure, so the page's back / forward and shared links can be tested without a browser.
 */

/** The filters, in the order the page shows them; each is both a URL parameter and a filter of the passage index (`search-input.ts`). */
export const FILTER_KEYS = ['current', 'publisher', 'author', 'year'] as const;

/** One of {@link FILTER_KEYS}. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** How results are laid out: one list by article, or one column per tendency. */
export type SearchView = 'list' | 'tendency';

/** The most parts a query is searched for; more are left out, and the page says so (here, so the page can say it without loading the word rules). */
export const MAX_QUERY_PARTS = 32;

/** How results are ordered: most relevant first (the default), or by date. */
export type SearchSort = 'relevance' | 'date';

/** What the page shows, all of it held in the URL. */
export interface SearchState {
  q: string;
  view: SearchView;
  sort: SearchSort;
  filters: Partial<Record<FilterKey, string[]>>;
}

/**
 * The order named by a URL parameter or a radio button's value.
 * @example sortFromValue('date') // 'date'
 * @example sortFromValue(null) // 'relevance'
 */
export function sortFromValue(value: string | null): SearchSort {
  return value === 'date' ? 'date' : 'relevance';
}

// Readers see the URL and the form, where the tendency view is called "current".
const TENDENCY_VIEW_VALUE = 'current';

/**
 * The view named by a URL parameter or a radio button's value.
 * @example viewFromValue('current') // 'tendency'
 */
export function viewFromValue(value: string | null): SearchView {
  return value === TENDENCY_VIEW_VALUE ? 'tendency' : 'list';
}

/**
 * The value a view has in the URL and on its radio button.
 * @example viewValue('tendency') // 'current'
 */
export function viewValue(view: SearchView): string {
  return view === 'tendency' ? TENDENCY_VIEW_VALUE : 'list';
}

/**
 * Whether a form field's name is a filter.
 * @example isFilterKey('year') // true
 */
export function isFilterKey(name: string): name is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(name);
}

/**
 * The state a URL's query string describes.
 * @example readSearchState('?q=CGTP&year=2023&view=current') // { q: 'CGTP', view: 'tendency', sort: 'relevance', filters: { current: [], publisher: [], author: [], year: ['2023'] } }
 */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) filters[key] = params.getAll(key);
  return {
    q: params.get('q') ?? '',
    view: viewFromValue(params.get('view')),
    sort: sortFromValue(params.get('sort')),
    filters,
  };
}

/**
 * The query string for a state, empty when there is nothing to say (the default view is left out).
 * @example searchQueryString({ q: 'CGTP', view: 'list', sort: 'relevance', filters: { year: ['2023'] } }) // '?q=CGTP&year=2023'
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.view === 'tendency') params.set('view', viewValue(state.view));
  if (state.sort === 'date') params.set('sort', 'date');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The label of the disclosure that holds the filters: how many values are chosen.
 * @example filtersLabel({ q: 'x', view: 'list', sort: 'relevance', filters: { year: ['2023'], current: ['ICFI', 'FT-CI'] } }) // 'Filters: 3 active'
 */
export function filtersLabel(state: SearchState): string {
  const active = FILTER_KEYS.reduce((n, key) => n + (state.filters[key]?.length ?? 0), 0);
  return active === 0 ? 'Filters: none active' : `Filters: ${active} active`;
}
