import { describe, expect, it } from 'vitest';
import {
  FILTER_KEYS,
  filtersLabel,
  isFilterKey,
  readSearchState,
  searchQueryString,
  viewFromValue,
  viewValue,
  type SearchState,
} from '../../../../src/lib/search/search-state.ts';

describe('search state ⇄ URL', () => {
  it('reads the query, every filter (repeated parameters included) and the view', () => {
    expect(readSearchState('?q=%22Constituent+Assembly%22&current=FT-CI&current=ICFI&year=2023&view=current')).toEqual({
      q: '"Constituent Assembly"',
      view: 'tendency',
      sort: 'relevance',
      filters: { current: ['FT-CI', 'ICFI'], publisher: [], author: [], year: ['2023'] },
    });
  });

  it('reads an empty URL as an empty search in the list view', () => {
    expect(readSearchState('')).toEqual({
      q: '',
      view: 'list',
      sort: 'relevance',
      filters: { current: [], publisher: [], author: [], year: [] },
    });
    expect(readSearchState('?view=columns').view).toBe('list');
  });

  it('writes the query, then the filters in page order, then a view other than the default', () => {
    const state: SearchState = {
      q: 'CGTP',
      view: 'tendency',
      sort: 'relevance',
      filters: { year: ['2023'], current: ['FT-CI', 'LIT-CI'] },
    };
    expect(searchQueryString(state)).toBe('?q=CGTP&current=FT-CI&current=LIT-CI&year=2023&view=current');
    expect(searchQueryString({ q: '', view: 'list', sort: 'relevance', filters: {} })).toBe('');
  });

  it('round-trips: a state written to the URL reads back the same', () => {
    const state: SearchState = {
      q: 'Dina Boluarte & "state of emergency"',
      view: 'tendency',
      sort: 'date',
      filters: { current: [], publisher: ['Left Voice'], author: ['A. B.'], year: [] },
    };
    expect(readSearchState(searchQueryString(state))).toEqual(state);
  });

  it('orders by relevance unless the URL asks for dates, and writes only the other order', () => {
    expect(readSearchState('?q=CGTP&sort=date').sort).toBe('date');
    expect(readSearchState('?q=CGTP&sort=oldest').sort).toBe('relevance');
    expect(searchQueryString({ q: 'CGTP', view: 'list', sort: 'date', filters: {} })).toBe('?q=CGTP&sort=date');
    expect(searchQueryString({ q: 'CGTP', view: 'list', sort: 'relevance', filters: {} })).toBe('?q=CGTP');
  });

  it("calls the tendency view 'current' where readers see it", () => {
    expect(viewValue('tendency')).toBe('current');
    expect(viewValue('list')).toBe('list');
    expect(viewFromValue('current')).toBe('tendency');
    expect(viewFromValue(null)).toBe('list');
  });

  it('knows the filter keys, which are also the filter names of the index', () => {
    expect(FILTER_KEYS).toEqual(['current', 'publisher', 'author', 'year']);
    expect(isFilterKey('author')).toBe(true);
    expect(isFilterKey('view')).toBe(false);
  });

  it('labels the filters with how many values are chosen', () => {
    expect(filtersLabel({ q: 'x', view: 'list', sort: 'relevance', filters: { current: [], year: [] } })).toBe(
      'Filters: none active',
    );
    expect(filtersLabel({ q: 'x', view: 'list', sort: 'relevance', filters: { author: ['Unknown'] } })).toBe(
      'Filters: 1 active',
    );
  });
});
