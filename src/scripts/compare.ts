/**
 * The comparison view: two articles in two columns, state in the URL (?left=&right=), pickers,
 * synchronised scrolling, and "align" buttons that scroll the other column to a passage's
 * counterpart (from /align/<slug>.json, computed at build time). State and reckoning are in
 * src/lib/compare/compare-state.ts, markup in ./compare-dom.ts; this file wires them to the page.
 */
import { passageNumber } from '../lib/routes/routes.ts';
import {
  compareQueryString,
  describeMatch,
  findCounterpart,
  otherSide,
  readCompareState,
  syncedScrollTop,
  type Side,
} from '../lib/compare/compare-state.ts';
import { fitArticle, loadAlignment, loadArticle, showMatch } from './compare-dom.ts';
import { startSelectionLink } from './passage-tools.ts';

const SIDES: Side[] = ['left', 'right'];

/** Start the comparison page: show the URL's two articles, and follow the pickers, history and scrolling. */
export function startCompare(): void {
  const root = document.querySelector<HTMLElement>('[data-compare]');
  if (!root) return;
  root.classList.add('js');
  // Selected words in either column get a text-fragment link to their own article.
  startSelectionLink();
  const form = root.querySelector<HTMLFormElement>('[data-controls]') as HTMLFormElement;
  const columns = root.querySelector<HTMLElement>('[data-columns]') as HTMLElement;
  const column = (side: Side) => root.querySelector<HTMLElement>(`.compare-column[data-side="${side}"]`) as HTMLElement;
  const select = (side: Side) =>
    form.querySelector<HTMLSelectElement>(`select[data-side="${side}"]`) as HTMLSelectElement;
  const syncBox = form.querySelector<HTMLInputElement>('input[name="sync"]') as HTMLInputElement;
  const slugs = [...select('left').options].map((o) => o.value);
  // Set while a scroll is ours, so the other column's scroll handler does not echo it back.
  let syncing = false;
  const scrollBy = (apply: () => void) => {
    syncing = true;
    apply();
    requestAnimationFrame(() => (syncing = false));
  };

  const align = async (side: Side, passage: HTMLElement) => {
    const here = column(side);
    const there = column(otherSide(side));
    const alignment = await loadAlignment(here.dataset['slug'] ?? '');
    // Element ids carry the side (left-p3); the alignment speaks of the article's own ids (p3).
    const counterpart = findCounterpart(alignment, Number(passage.dataset['passage']), there.dataset['slug'] ?? '');
    const target = counterpart
      ? there.querySelector<HTMLElement>(`.passage[data-passage="${String(passageNumber(counterpart.id))}"]`)
      : null;
    root.querySelectorAll('.passage.aligned').forEach((n) => n.classList.remove('aligned'));
    const n = Number(passage.dataset['passage']);
    if (!counterpart || !target) {
      showMatch(root, passage, describeMatch(n, undefined));
      return;
    }
    passage.classList.add('aligned');
    target.classList.add('aligned');
    // Bring the counterpart level with the passage, where the passage stands in its own column.
    const passageOffset = passage.getBoundingClientRect().top - here.getBoundingClientRect().top;
    const targetOffset = target.getBoundingClientRect().top - there.getBoundingClientRect().top;
    scrollBy(() => (there.scrollTop = there.scrollTop + targetOffset - passageOffset));
    target.setAttribute('tabindex', '-1');
    showMatch(root, passage, describeMatch(n, { n: Number(target.dataset['passage']), score: counterpart.score }));
  };

  const show = async (side: Side, slug: string) => {
    const target = column(side);
    if (target.dataset['slug'] === slug) return;
    target.dataset['slug'] = slug;
    const article = await loadArticle(slug);
    target.replaceChildren(article);
    fitArticle(article, side, slug, (passage) => void align(side, passage));
  };

  const apply = async () => {
    const state = readCompareState(location.search, slugs);
    for (const side of SIDES) select(side).value = state[side];
    await Promise.all(SIDES.map((side) => show(side, state[side])));
    root.dataset['ready'] = `${state.left}|${state.right}`;
  };

  form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLSelectElement)) return;
    history.pushState(null, '', compareQueryString({ left: select('left').value, right: select('right').value }));
    void apply();
  });
  window.addEventListener('popstate', () => void apply());
  for (const side of SIDES) {
    column(side).addEventListener('scroll', () => {
      if (!syncBox.checked || syncing) return;
      const to = column(otherSide(side));
      scrollBy(() => (to.scrollTop = syncedScrollTop(column(side), to)));
    });
  }
  for (const button of form.querySelectorAll<HTMLButtonElement>('.side-switch button')) {
    button.addEventListener('click', () => {
      columns.dataset['show'] = button.dataset['show'] ?? 'left';
      form.querySelectorAll('.side-switch button').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
    });
  }
  void apply();
}
