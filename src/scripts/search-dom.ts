/**
 * The search page's markup, built from shaped results (src/lib/search/search-results.ts): one
 * article's hits, the result list or the columns by tendency, and the filter checkboxes.
 */
import { routes } from '../lib/routes/routes.ts';
import { countOf, groupByTendency, resultMetaLine, type ArticleResult } from '../lib/search/search-results.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from '../lib/search/search-state.ts';
import { el } from './dom.ts';
import type { FilterCounts } from './pagefind-api.ts';

const FILTER_LABELS: Record<FilterKey, string> = {
  current: 'Current',
  publisher: 'Publisher',
  author: 'Author',
  year: 'Year',
};

/** One article's result: its title, facts, and each matching passage linked with its terms marked. */
export function renderArticle(hit: ArticleResult, q: string): HTMLElement {
  const { data } = hit;
  // Pagefind's own url is the file's place in dist/, without the site's base: build ours from the slug.
  const slug = data.meta['slug'] ?? '';
  const list = el('ol', { className: 'hits' });
  for (const passage of hit.passages) {
    const excerpt = el(
      'span',
      { className: 'excerpt' },
      passage.excerpt.map((part) => (part.mark ? el('mark', {}, [part.text]) : part.text)),
    );
    const href = routes.passageHighlight(slug, passage.id, q.replace(/"/g, ''));
    list.append(el('li', {}, [el('a', { href, className: 'hit-link' }, [`¶${passage.n}`]), ' ', excerpt]));
  }
  return el('section', { className: 'result' }, [
    el('h2', {}, [el('a', { href: routes.article(slug) }, [data.meta['title'] ?? slug])]),
    el('p', { className: 'result-meta' }, [resultMetaLine(data.meta, hit.passages.length)]),
    list,
  ]);
}

/** The results in the chosen view: a list by article, or one column per tendency. */
export function renderResults(hits: ArticleResult[], state: SearchState): HTMLElement[] {
  if (state.view === 'list') return hits.map((h) => renderArticle(h, state.q));
  const columns = groupByTendency(hits).map((column) =>
    el('section', { className: 'current-column' }, [
      el('h2', {}, [
        `${column.name}: `,
        el('span', { className: 'count' }, [
          `${countOf(column.passageCount, 'passage')} in ${countOf(column.articles.length, 'article')}`,
        ]),
      ]),
      ...column.articles.map((h) => renderArticle(h, state.q)),
    ]),
  );
  return [el('div', { className: 'by-current' }, columns)];
}

/** The filter checkboxes, checked from the state, with counts for this search (or for the whole site). */
export function renderFilters(
  all: FilterCounts,
  counts: FilterCounts | null,
  state: SearchState,
): HTMLFieldSetElement[] {
  return FILTER_KEYS.filter((key) => all[key]).map((key) =>
    el('fieldset', {}, [
      el('legend', {}, [FILTER_LABELS[key]]),
      ...Object.keys(all[key] ?? {})
        .sort()
        .map((value) => {
          const box = el('input', {
            type: 'checkbox',
            name: key,
            value,
            checked: state.filters[key]?.includes(value) ?? false,
          });
          const count = counts ? (counts[key]?.[value] ?? 0) : (all[key]?.[value] ?? 0);
          return el('label', {}, [box, ` ${value} `, el('span', { className: 'count' }, [`(${count})`])]);
        }),
    ]),
  );
}

/** A button that runs `onClick` when pressed. */
export function renderButton(textContent: string, onClick: () => void, className = ''): HTMLButtonElement {
  const button = el('button', { type: 'button', textContent, ...(className ? { className } : {}) });
  button.addEventListener('click', onClick);
  return button;
}
