/**
 * The search page's markup, built from shaped results (src/lib/search/search-results.ts): one
 * article's hits, the result list or the columns by tendency, the filter checkboxes, and the
 * page as a whole for one search.
 */
import { routes } from '../lib/routes/routes.ts';
import {
  countOf,
  EMPTY_QUERY_PROMPT,
  groupByTendency,
  resultMetaLine,
  summariseSearch,
  type ArticleResult,
} from '../lib/search/search-results.ts';
import type { ExcerptText } from '../lib/search/search-hits.ts';
import { FILTER_KEYS, filtersLabel, viewValue, type FilterKey, type SearchState } from '../lib/search/search-state.ts';
import { el } from './dom.ts';
import type { FilterCounts, PassageResult, SearchOutcome, TopicLink } from '../lib/search/passage-search.ts';

const FILTER_LABELS: Record<FilterKey, string> = {
  current: 'Current',
  publisher: 'Publisher',
  author: 'Author',
  year: 'Year',
};

/** Words of an excerpt, the hits marked. */
function renderExcerptText(part: ExcerptText): Node | string {
  return part.mark ? el('mark', {}, [part.text]) : part.text;
}

/**
 * The site's other names for forms the passage prints, where the query found the passage through
 * one of them: one short line under the excerpt, labelled as the site's, never inside the
 * article's words.
 */
function renderGlosses(passage: PassageResult): HTMLElement[] {
  if (passage.glosses.length === 0) return [];
  return [
    el('span', { className: 'gloss' }, [
      el('span', { className: 'gloss-label' }, ['also named:']),
      ' ',
      passage.glosses.map((g) => `“${g.printed}” is ${g.names.join(' · ')}`).join('; '),
    ]),
  ];
}

/** A list of passages, each linked by its ¶ number, with its excerpt and any gloss. */
function renderHits(slug: string, passages: PassageResult[], q: string): HTMLOListElement {
  const list = el('ol', { className: 'hits' });
  for (const passage of passages) {
    const excerpt = el('span', { className: 'excerpt' }, passage.excerpt.map(renderExcerptText));
    const href = routes.passageHighlight(slug, passage.id, q.replace(/"/g, ''));
    list.append(
      el('li', {}, [
        el('a', { href, className: 'hit-link' }, [`¶${passage.n}`]),
        ' ',
        excerpt,
        ...renderGlosses(passage),
      ]),
    );
  }
  return list;
}

/**
 * One article's result: its title, facts, each matching passage linked with its words marked, and
 * the passages that hold only some of the words folded under them.
 */
export function renderArticle(hit: ArticleResult, q: string, readMore: ReadMore): HTMLElement {
  const { meta } = hit;
  const slug = meta['slug'] ?? '';
  const more: HTMLElement[] = [];
  if (hit.more.length > 0) {
    // Their ¶ links at once; their text is read the first time the reader opens them.
    const list = renderHits(
      slug,
      hit.more.map((p) => ({ ...p, excerpt: [], glosses: [], complete: false })),
      q,
    );
    const details = el('details', { className: 'more-hits' }, [
      el('summary', {}, [`${countOf(hit.more.length, 'more passage')} with some of the words`]),
      list,
    ]);
    let read = false;
    details.addEventListener('toggle', () => {
      if (!details.open || read) return;
      read = true;
      void readMore(hit).then((passages) => {
        list.replaceWith(renderHits(slug, passages, q));
        details.dataset['read'] = 'true';
      });
    });
    more.push(details);
  }
  return el('section', { className: 'result' }, [
    el('h2', {}, [el('a', { href: routes.article(slug) }, [meta['title'] ?? slug])]),
    el('p', { className: 'result-meta' }, [resultMetaLine(meta, hit.passages.length + hit.more.length)]),
    ...(hit.passages.length > 0 ? [renderHits(slug, hit.passages, q)] : []),
    ...more,
  ]);
}

const TOPIC_KINDS: Record<TopicLink['kind'], string> = {
  entity: 'Topic',
  event: 'Event',
  claim: 'Disagreement',
};

/** The curated pages the query names, offered above the results. */
function renderTopics(topics: TopicLink[]): HTMLElement[] {
  if (topics.length === 0) return [];
  const items = topics.map((t) =>
    el('li', {}, [
      el('span', { className: 'topic-kind' }, [`${TOPIC_KINDS[t.kind]}: `]),
      el('a', { href: t.href }, [t.label]),
    ]),
  );
  return [el('nav', { className: 'search-topics', ariaLabel: 'Pages on this subject' }, [el('ul', {}, items)])];
}

/** Reads the passages an article keeps under "more", with their excerpts. */
export type ReadMore = (hit: ArticleResult) => Promise<PassageResult[]>;

/** The results in the chosen view: a list by article, or one column per tendency. */
export function renderResults(hits: ArticleResult[], state: SearchState, readMore: ReadMore): HTMLElement[] {
  if (state.view === 'list') return hits.map((h) => renderArticle(h, state.q, readMore));
  // The class names keep the reader's word, "current": the stylesheet and the browser tests select them.
  const columns = groupByTendency(hits).map((column) =>
    el('section', { className: 'current-column' }, [
      el('h2', {}, [
        `${column.name}: `,
        el('span', { className: 'count' }, [
          `${countOf(column.passageCount, 'passage')} in ${countOf(column.articles.length, 'article')}`,
        ]),
      ]),
      ...column.articles.map((h) => renderArticle(h, state.q, readMore)),
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

/** What to try when nothing matched at all. */
function renderNothingFound(): HTMLElement {
  return el('p', { className: 'search-help' }, [
    'Try another word or spelling, browse the ',
    el('a', { href: routes.topics() }, ['list of topics']),
    ' (every person, organisation, place and idea the articles name), or put words in quotes to find an exact phrase.',
  ]);
}

/** A button that runs `onClick` when pressed. */
function renderButton(textContent: string, onClick: () => void, className = ''): HTMLButtonElement {
  const button = el('button', { type: 'button', textContent, ...(className ? { className } : {}) });
  button.addEventListener('click', onClick);
  return button;
}

/** The parts of the search page the script fills. */
export interface SearchPage {
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: HTMLElement;
  /** The disclosure around the filters, and its label with how many are active. */
  filtersPanel: HTMLDetailsElement;
  filtersLabel: HTMLElement;
  summary: HTMLElement;
  results: HTMLElement;
}

/** The search page's parts, under its `[data-search]` root. */
export function findSearchPage(root: HTMLElement): SearchPage {
  const form = root.querySelector<HTMLFormElement>('[data-form]') as HTMLFormElement;
  return {
    form,
    input: form.querySelector<HTMLInputElement>('#search-query') as HTMLInputElement,
    filters: root.querySelector<HTMLElement>('[data-filters]') as HTMLElement,
    filtersPanel: root.querySelector<HTMLDetailsElement>('[data-filters-panel]') as HTMLDetailsElement,
    filtersLabel: root.querySelector<HTMLElement>('[data-filters-label]') as HTMLElement,
    summary: root.querySelector<HTMLElement>('[data-summary]') as HTMLElement,
    results: root.querySelector<HTMLElement>('[data-results]') as HTMLElement,
  };
}

/** Put the state into the form: the query field, the view's radio buttons and the filters' label. */
export function showState(page: SearchPage, state: SearchState): void {
  page.input.value = state.q;
  page.filtersLabel.textContent = filtersLabel(state);
  page.form
    .querySelectorAll<HTMLInputElement>('input[name="view"]')
    .forEach((r) => (r.checked = r.value === viewValue(state.view)));
  page.form
    .querySelectorAll<HTMLInputElement>('input[name="sort"]')
    .forEach((r) => (r.checked = r.value === state.sort));
}

/** The page before anything is searched: the prompt, and the filters with the whole site's counts. */
export function showEmptySearch(page: SearchPage, state: SearchState, all: FilterCounts): void {
  page.filters.replaceChildren(...renderFilters(all, null, state));
  page.summary.textContent = EMPTY_QUERY_PROMPT;
  page.results.replaceChildren();
}

/** The page for a search: filters with its counts, the summary, the results and, where more match, "Show more". */
export function showSearch(
  page: SearchPage,
  state: SearchState,
  all: FilterCounts,
  outcome: SearchOutcome,
  actions: { pageSize: number; clearFilters: () => void; showMore: () => void; readMore: ReadMore },
): void {
  const { hits, matched, read, filtered } = outcome;
  page.filters.replaceChildren(...renderFilters(all, outcome.counts, state));
  page.summary.textContent = summariseSearch({
    q: state.q,
    filtered,
    sort: state.sort,
    matched,
    read,
    passages: outcome.passages,
    complete: outcome.complete,
    missing: outcome.missing,
    dropped: outcome.dropped,
    overflow: outcome.overflow,
  });
  if (hits.length === 0) {
    page.results.replaceChildren(
      ...renderTopics(outcome.topics),
      filtered ? renderButton('Search again without filters', actions.clearFilters) : renderNothingFound(),
    );
    return;
  }
  const more = matched - read;
  const moreButton =
    more > 0
      ? [
          renderButton(
            `Show ${Math.min(actions.pageSize, more)} more of ${more} articles`,
            actions.showMore,
            'more-results',
          ),
        ]
      : [];
  page.results.replaceChildren(
    ...renderTopics(outcome.topics),
    ...renderResults(hits, state, actions.readMore),
    ...moreButton,
  );
}
