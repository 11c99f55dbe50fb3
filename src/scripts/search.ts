/**
 * The search page, built on Pagefind's JS API (not the stock widget): state in the URL
 * (?q=…&publisher=…&current=…&author=…&year=…&view=…), results grouped by article with their
 * matching passages (¶ number, excerpt with the terms marked, link to the exact passage),
 * filters with counts, and a view with one column per current.
 */
import { routes } from '../lib/routes/routes.ts';
import {
  excerptAround,
  findPhrase,
  groupHitsByPassage,
  listPhrases,
  type PagefindAnchor,
} from '../lib/search/search-hits.ts';

type FilterCounts = Record<string, Record<string, number>>;
interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: PagefindAnchor[];
}
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  debouncedSearch(
    q: string,
    options: object,
    ms: number,
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters: FilterCounts } | null>;
}

const FILTER_KEYS = ['current', 'publisher', 'author', 'year'] as const;
const FILTER_LABELS: Record<(typeof FILTER_KEYS)[number], string> = {
  current: 'Current',
  publisher: 'Publisher',
  author: 'Author',
  year: 'Year',
};

interface State {
  q: string;
  view: 'list' | 'current';
  filters: Record<string, string[]>;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) filters[key] = params.getAll(key);
  return { q: params.get('q') ?? '', view: params.get('view') === 'current' ? 'current' : 'list', filters };
}

function stateUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.view === 'current') params.set('view', 'current');
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

interface ArticleHits {
  data: ResultData;
  passages: { id: string; n: number; excerpt: { text: string; mark?: boolean }[] }[];
}

function renderArticle(hit: ArticleHits, q: string): HTMLElement {
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
    el('p', { className: 'result-meta' }, [
      [data.meta['publisher'], data.meta['current'], data.meta['author'], data.meta['date']]
        .filter(Boolean)
        .join(' · '),
      ` · ${hit.passages.length} passage${hit.passages.length === 1 ? '' : 's'}`,
    ]),
    list,
  ]);
}

export async function startSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  root.classList.add('js');
  const form = root.querySelector<HTMLFormElement>('[data-form]') as HTMLFormElement;
  const input = form.querySelector<HTMLInputElement>('#search-query') as HTMLInputElement;
  const filtersBox = root.querySelector<HTMLElement>('[data-filters]') as HTMLElement;
  const summary = root.querySelector<HTMLElement>('[data-summary]') as HTMLElement;
  const results = root.querySelector<HTMLElement>('[data-results]') as HTMLElement;
  const path = routes.pagefind('pagefind.js');
  const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
  await pagefind.init();
  const allFilters = await pagefind.filters();
  let state = readState();

  const renderFilters = (counts: FilterCounts | null) => {
    filtersBox.replaceChildren(
      ...FILTER_KEYS.filter((key) => allFilters[key]).map((key) =>
        el('fieldset', {}, [
          el('legend', {}, [FILTER_LABELS[key]]),
          ...Object.keys(allFilters[key] ?? {})
            .sort()
            .map((value) => {
              const box = el('input', {
                type: 'checkbox',
                name: key,
                value,
                checked: state.filters[key]?.includes(value) ?? false,
              });
              const count = counts ? (counts[key]?.[value] ?? 0) : (allFilters[key]?.[value] ?? 0);
              return el('label', {}, [box, ` ${value} `, el('span', { className: 'count' }, [`(${count})`])]);
            }),
        ]),
      ),
    );
  };

  // Articles whose passages are read per page of results (data-page-size, for tests).
  const PAGE_SIZE = Number(root.dataset['pageSize'] ?? 10) || 10;
  let shown = PAGE_SIZE;
  const run = async (keepPage = false) => {
    if (!keepPage) shown = PAGE_SIZE;
    input.value = state.q;
    form.querySelectorAll<HTMLInputElement>('input[name="view"]').forEach((r) => (r.checked = r.value === state.view));
    if (!state.q.trim()) {
      renderFilters(null);
      summary.textContent = 'Type a word or a phrase in quotes, e.g. CGTP or "Constituent Assembly".';
      results.replaceChildren();
      return;
    }
    const filters: Record<string, { any: string[] }> = {};
    for (const key of FILTER_KEYS) if (state.filters[key]?.length) filters[key] = { any: state.filters[key] ?? [] };
    const search = await pagefind.debouncedSearch(state.q, { filters, sort: { date: 'asc' } }, 250);
    if (!search) return; // superseded by a newer query
    renderFilters(search.filters);
    // Pagefind loads one fragment per result read: read the first PAGE_SIZE articles (in date
    // order), and more on request, so a first query stays small on a large corpus.
    const hits: ArticleHits[] = [];
    const toPassages = (data: ResultData) => {
      const words = data.content.split(/\s+/);
      const phraseHits = listPhrases(state.q).flatMap((phrase) => findPhrase(words, phrase));
      const locations = [...new Set([...data.locations, ...phraseHits])];
      return groupHitsByPassage(locations, data.anchors).map((p) => ({
        id: p.id,
        n: p.n,
        excerpt: excerptAround(words, p.locations),
      }));
    };
    const read = search.results.slice(0, shown);
    for (const data of await Promise.all(read.map((r) => r.data()))) {
      const passages = toPassages(data);
      if (passages.length > 0) hits.push({ data, passages });
    }
    const more = search.results.length - read.length;
    const passageCount = hits.reduce((n, h) => n + h.passages.length, 0);
    const filtered = Object.keys(filters).length > 0;
    if (hits.length === 0) {
      summary.textContent = `No passage matches ${state.q}${filtered ? ' with these filters' : ''}.`;
      results.replaceChildren();
      if (filtered) {
        const clear = el('button', { type: 'button', textContent: 'Search again without filters' });
        clear.addEventListener('click', () => update({ ...state, filters: {} }));
        results.append(clear);
      }
      return;
    }
    summary.textContent =
      more > 0
        ? `${search.results.length} articles match ${state.q}; the first ${read.length} by date hold ${passageCount} matching passage${passageCount === 1 ? '' : 's'}.`
        : `${passageCount} passage${passageCount === 1 ? '' : 's'} in ${hits.length} article${hits.length === 1 ? '' : 's'} match ${state.q}.`;
    const moreButton = () => {
      const button = el('button', {
        type: 'button',
        className: 'more-results',
        textContent: `Show ${Math.min(PAGE_SIZE, more)} more of ${more} articles`,
      });
      button.addEventListener('click', () => {
        const first = read.length;
        shown += PAGE_SIZE;
        void run(true).then(() => results.querySelectorAll('.result')[first]?.querySelector('a')?.focus());
      });
      return button;
    };
    if (state.view === 'list') {
      results.replaceChildren(...hits.map((h) => renderArticle(h, state.q)), ...(more > 0 ? [moreButton()] : []));
    } else {
      const currents = [...new Set(hits.map((h) => h.data.meta['current'] ?? 'Unknown'))].sort();
      results.replaceChildren(
        el(
          'div',
          { className: 'by-current' },
          currents.map((current) => {
            const own = hits.filter((h) => (h.data.meta['current'] ?? 'Unknown') === current);
            const count = own.reduce((n, h) => n + h.passages.length, 0);
            return el('section', { className: 'current-column' }, [
              el('h2', {}, [
                `${current}: `,
                el('span', { className: 'count' }, [
                  `${count} passage${count === 1 ? '' : 's'} in ${own.length} article${own.length === 1 ? '' : 's'}`,
                ]),
              ]),
              ...own.map((h) => renderArticle(h, state.q)),
            ]);
          }),
        ),
        ...(more > 0 ? [moreButton()] : []),
      );
    }
  };

  const update = (next: State, replace = false) => {
    state = next;
    const url = stateUrl(state);
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
    if (target.name === 'view') update({ ...state, view: target.value === 'current' ? 'current' : 'list' });
    else if ((FILTER_KEYS as readonly string[]).includes(target.name)) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${target.name}"]:checked`)].map(
        (b) => b.value,
      );
      update({ ...state, filters: { ...state.filters, [target.name]: values } });
    }
  });
  window.addEventListener('popstate', () => {
    state = readState();
    void run();
  });
  await run();
  root.dataset['ready'] = 'true';
}
