/**
 * The comparison view's markup: an article fetched from its own page and fitted into a column
 * (ids prefixed by side, links made absolute, passage tools and "Align" buttons added).
 */
import { columnPassageId, routes } from '../lib/routes/routes.ts';
import type { Alignment, Side } from '../lib/compare/compare-state.ts';
import { el } from './dom.ts';
import { enhancePassages } from './passage-tools.ts';

const articleCache = new Map<string, Promise<HTMLElement>>();
const alignCache = new Map<string, Promise<Alignment>>();

/** A fresh copy of an article's body, fetched once from its page, without header furniture and footer. */
export function loadArticle(slug: string): Promise<HTMLElement> {
  let promise = articleCache.get(slug);
  if (!promise) {
    promise = fetch(routes.article(slug))
      .then((r) => r.text())
      .then((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const article = doc.querySelector('article');
        if (!article) throw new Error(`no article at ${routes.article(slug)}`);
        article.querySelectorAll('.disclosures, .article-footer').forEach((n) => n.remove());
        // The notes that describe mentions are in the footer just removed.
        article.querySelectorAll('a.mention').forEach((a) => a.removeAttribute('aria-describedby'));
        return article as HTMLElement;
      });
    articleCache.set(slug, promise);
  }
  return promise.then((a) => a.cloneNode(true) as HTMLElement);
}

/** An article's alignment with every other article, fetched once. */
export function loadAlignment(slug: string): Promise<Alignment> {
  let promise = alignCache.get(slug);
  if (!promise) {
    promise = fetch(routes.alignJson(slug)).then((r) => r.json() as Promise<Alignment>);
    alignCache.set(slug, promise);
  }
  return promise;
}

/** Fit an article into the `side` column: ids unique in the page, links to the article itself, passage buttons. */
export function fitArticle(
  article: HTMLElement,
  side: Side,
  slug: string,
  onAlign: (passage: HTMLElement) => void,
): void {
  article.querySelector('h1')?.replaceWith(el('h2', { textContent: article.querySelector('h1')?.textContent ?? '' }));
  // Ids must stay unique in the page: prefix them with the side.
  article.querySelectorAll<HTMLElement>('[id]').forEach((node) => (node.id = columnPassageId(side, node.id)));
  article.querySelectorAll<HTMLAnchorElement>('a.pnum, a.anchor').forEach((a) => {
    a.href = `${routes.article(slug)}${a.getAttribute('href') ?? ''}`;
  });
  // The article page states its permalink under the configured site; only an older page lacks it.
  article.dataset['pageUrl'] ??= new URL(routes.article(slug), location.href).href;
  enhancePassages(article);
  for (const passage of article.querySelectorAll<HTMLElement>('.passage')) {
    const button = el('button', { type: 'button', className: 'align', textContent: 'Align' });
    button.setAttribute('aria-label', `Align paragraph ${passage.dataset['passage'] ?? ''} with the other article`);
    button.addEventListener('click', () => onAlign(passage));
    passage.querySelector('.copy-link, .pnum')?.after(button);
  }
}

/**
 * Tell the reader what "Align" found for `passage`, in a note under it (replacing any earlier
 * note in `root`) and in the status line.
 */
export function showMatch(root: ParentNode, passage: HTMLElement, text: string): void {
  root.querySelectorAll('.match-note').forEach((n) => n.remove());
  // After the passage, not inside it: its text is what copy and cite quote.
  passage.after(el('p', { className: 'match-note', textContent: text }));
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}
