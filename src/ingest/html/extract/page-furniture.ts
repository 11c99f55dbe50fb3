/**
 * Before Readability reads a page: take out the parts the page itself marks as not being the
 * article — site navigation, banners, footers, side panels, menus — by their HTML element or ARIA
 * role. Readability only drops these while it is being strict; when a short article makes it relax
 * its rules, it can hand back the whole page, menus and all. These marks are the page's own
 * statement of what is furniture, so removing them first is not a guess about any site.
 */
import { blockText, type TextNodeLike } from './block-text.ts';

/** The minimal element shape the rules use (DOM and linkedom alike). */
export interface ElementLike extends TextNodeLike {
  tagName: string;
  textContent: string | null;
  parentNode: unknown;
  contains(other: unknown): boolean;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike> & Iterable<ElementLike>;
  previousElementSibling: ElementLike | null;
  closest(selector: string): ElementLike | null;
  remove(): void;
}

/** Elements and roles that a page uses for its own furniture (HTML and WAI-ARIA landmark semantics). */
export const FURNITURE_SELECTOR = [
  'nav',
  'aside',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-hidden="true"]',
].join(', ');

/**
 * Remove furniture from `root`, except an element that holds the article's own region
 * (an `<article>` or `[itemprop=articleBody]` inside a wrongly marked container is kept).
 * Returns the removed elements' text.
 */
export function removeFurniture(root: ElementLike): string[] {
  const removed: string[] = [];
  for (const el of Array.from(root.querySelectorAll(FURNITURE_SELECTOR))) {
    if (el.querySelectorAll('article, [itemprop="articleBody"], main').length > 0) continue;
    if (!root.contains(el)) continue; // inside furniture already removed
    const text = blockText(el);
    if (text !== '') removed.push(text);
    el.remove();
  }
  return removed;
}
