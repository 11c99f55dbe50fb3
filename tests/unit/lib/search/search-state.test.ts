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
      filters: { current: ['FT-CI', 'ICFI'], publisher: [], author: [], year: ['2023'] },
    });
  });

  it('reads an empty URL as an empty search in the list view', () => {
    expect(readSearchState('')).toEqual({
      q: '',
      view: 'list',
      filters: { current: [], publisher: [], author: [], year: [] },
    });
    expect(readSearchState('?view=columns').view).toBe('list');
  });

  it('writes the query, then the filters in page order, then a view other than the default', () => {
    const state: SearchState = {
      q: 'CGTP',
      view: 'tendency',
      filters: { year: ['2023'], current: ['FT-CI', 'LIT-CI'] },
    };
    expect(searchQueryString(state)).toBe('?q=CGTP&current=FT-CI&current=LIT-CI&year=2023&view=current');
    expect(searchQueryString({ q: '', view: 'list', filters: {} })).toBe('');
  });

  it('round-trips: a state written to the URL reads back the same', () => {
    const state: SearchState = {
      q: 'Dina Boluarte & "state of emergency"',
      view: 'tendency',
      filters: { current: [], publisher: ['Left Voice'], author: ['A. B.'], year: [] },
    };
    expect(readSearchState(searchQueryString(state))).toEqual(state);
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
    expect(filtersLabel({ q: 'x', view: 'list', filters: { current: [], year: [] } })).toBe('Filters: none active');
    expect(filtersLabel({ q: 'x', view: 'list', filters: { author: ['Unknown'] } })).toBe('Filters: 1 active');
  });
});
