/**
 * The comparison view: two articles in two columns, state in the URL (?left=&right=), pickers,
 * synchronised scrolling, and "align" buttons that scroll the other column to a passage's
 * counterpart (from /align/<slug>.json, computed at build time).
 */
import { columnPassageId, passageId, passageNumber, routes } from '../lib/routes/routes.ts';
import { enhancePassages } from './passage-tools.ts';

type Side = 'left' | 'right';
type Alignment = Record<string, Record<string, { id: string; score: number }>>;

const articleCache = new Map<string, Promise<HTMLElement>>();
const alignCache = new Map<string, Promise<Alignment>>();

function loadArticle(slug: string): Promise<HTMLElement> {
  let promise = articleCache.get(slug);
  if (!promise) {
    promise = fetch(routes.article(slug))
      .then((r) => r.text())
      .then((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const article = doc.querySelector('article');
        if (!article) throw new Error(`no article at ${routes.article(slug)}`);
        article.querySelectorAll('.toc, .article-footer, .meta, .cite').forEach((n) => n.remove());
        // The notes that describe mentions are in the footer just removed.
        article.querySelectorAll('a.mention').forEach((a) => a.removeAttribute('aria-describedby'));
        return article as HTMLElement;
      });
    articleCache.set(slug, promise);
  }
  return promise.then((a) => a.cloneNode(true) as HTMLElement);
}

function loadAlignment(slug: string): Promise<Alignment> {
  let promise = alignCache.get(slug);
  if (!promise) {
    promise = fetch(routes.alignJson(slug)).then((r) => r.json() as Promise<Alignment>);
    alignCache.set(slug, promise);
  }
  return promise;
}

export function startCompare(): void {
  const root = document.querySelector<HTMLElement>('[data-compare]');
  if (!root) return;
  root.classList.add('js');
  const form = root.querySelector<HTMLFormElement>('[data-controls]') as HTMLFormElement;
  const columns = root.querySelector<HTMLElement>('[data-columns]') as HTMLElement;
  const column = (side: Side) => root.querySelector<HTMLElement>(`.compare-column[data-side="${side}"]`) as HTMLElement;
  const select = (side: Side) =>
    form.querySelector<HTMLSelectElement>(`select[data-side="${side}"]`) as HTMLSelectElement;
  const syncBox = form.querySelector<HTMLInputElement>('input[name="sync"]') as HTMLInputElement;
  const ids = [...select('left').options].map((o) => o.value);
  let syncing = false;

  const readState = (): Record<Side, string> => {
    const params = new URLSearchParams(location.search);
    const left = ids.includes(params.get('left') ?? '') ? (params.get('left') as string) : (ids[0] ?? '');
    const fallback = ids.find((id) => id !== left) ?? left;
    const right = ids.includes(params.get('right') ?? '') ? (params.get('right') as string) : fallback;
    return { left, right };
  };

  const mark = (el: Element | null) => {
    root.querySelectorAll('.passage.aligned').forEach((n) => n.classList.remove('aligned'));
    el?.classList.add('aligned');
  };

  const render = async (side: Side, slug: string) => {
    const target = column(side);
    if (target.dataset['slug'] === slug) return;
    target.dataset['slug'] = slug;
    const article = await loadArticle(slug);
    target.replaceChildren(article);
    article
      .querySelector('h1')
      ?.replaceWith(
        Object.assign(document.createElement('h2'), { textContent: article.querySelector('h1')?.textContent ?? '' }),
      );
    // Ids must stay unique in the page: prefix them with the side.
    article.querySelectorAll<HTMLElement>('[id]').forEach((el) => (el.id = columnPassageId(side, el.id)));
    article.querySelectorAll<HTMLAnchorElement>('a.pnum, a.anchor').forEach((a) => {
      a.href = `${routes.article(slug)}${a.getAttribute('href') ?? ''}`;
    });
    article.dataset['pageUrl'] = new URL(routes.article(slug), location.href).href;
    enhancePassages(article);
    for (const passage of article.querySelectorAll<HTMLElement>('.passage')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'align';
      button.textContent = 'Align';
      button.setAttribute('aria-label', `Align paragraph ${passage.dataset['passage'] ?? ''} with the other article`);
      button.addEventListener('click', () => void align(side, passage));
      passage.querySelector('.copy-link, .pnum')?.after(button);
    }
  };

  const align = async (side: Side, passage: HTMLElement) => {
    const other: Side = side === 'left' ? 'right' : 'left';
    const alignment = await loadAlignment(column(side).dataset['slug'] ?? '');
    // Element ids carry the side (left-p3); the alignment speaks of the article's own ids (p3).
    const counterpart = alignment[passageId(Number(passage.dataset['passage']))]?.[column(other).dataset['slug'] ?? ''];
    const target = counterpart
      ? column(other).querySelector<HTMLElement>(`.passage[data-passage="${String(passageNumber(counterpart.id))}"]`)
      : null;
    const status = document.getElementById('status');
    if (!target) {
      if (status) status.textContent = 'No related passage in the other article.';
      return;
    }
    mark(passage);
    target.classList.add('aligned');
    syncing = true;
    const top = column(side).scrollTop + passage.getBoundingClientRect().top - column(side).getBoundingClientRect().top;
    const otherColumn = column(other);
    otherColumn.scrollTop =
      otherColumn.scrollTop +
      target.getBoundingClientRect().top -
      otherColumn.getBoundingClientRect().top -
      (top - column(side).scrollTop);
    requestAnimationFrame(() => (syncing = false));
    target.setAttribute('tabindex', '-1');
    if (status)
      status.textContent = `Paragraph ${passage.dataset['passage'] ?? ''} aligned with paragraph ${target.dataset['passage'] ?? ''} of the other article (similarity ${counterpart?.score ?? 0}).`;
  };

  const apply = async () => {
    const state = readState();
    select('left').value = state.left;
    select('right').value = state.right;
    await Promise.all([render('left', state.left), render('right', state.right)]);
    root.dataset['ready'] = `${state.left}|${state.right}`;
  };

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLSelectElement) {
      const params = new URLSearchParams({ left: select('left').value, right: select('right').value });
      history.pushState(null, '', `?${params.toString()}`);
      void apply();
    }
  });
  window.addEventListener('popstate', () => void apply());

  for (const side of ['left', 'right'] as Side[]) {
    const other: Side = side === 'left' ? 'right' : 'left';
    column(side).addEventListener('scroll', () => {
      if (!syncBox.checked || syncing) return;
      syncing = true;
      const from = column(side);
      const to = column(other);
      const ratio = from.scrollTop / Math.max(1, from.scrollHeight - from.clientHeight);
      to.scrollTop = ratio * (to.scrollHeight - to.clientHeight);
      requestAnimationFrame(() => (syncing = false));
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
