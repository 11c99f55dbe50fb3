/**
 * Before Readability: elements that a publishing system names, in their class or id, as something
 * other than the article's running text — the author's bio box, the byline and dateline, newsletter
 * sign-ups, share bars. Readability itself weighs class names like these (its "unlikely candidate"
 * pattern), but only while it picks the article's container, not for the blocks inside it. The
 * names are matched as whole parts of a class or id (`entry-author-bio`, `signupForeground`,
 * `dateline__updated`), never as substrings ("authority" is not "author").
 */
import { blockText } from './block-text.ts';
import type { ElementLike } from './page-furniture.ts';

/**
 * Name parts that mark furniture (lower case; a part is a piece between `-`, `_`, spaces or a
 * camelCase hump). Each was tried alone on the whole benchmark and kept only if it raised F1 without
 * lowering recall; "date", "meta", "header", "sidebar" and "more" cut recall (layout containers carry
 * those names) and stay out. The log is in tests/bench/README.md.
 */
export const FURNITURE_NAMES: ReadonlySet<string> = new Set([
  'author',
  'bio',
  'byline',
  'dateline',
  'timestamp',
  'newsletter',
  'signup',
  'share',
  'social',
  'related',
]);

/** The lower-cased parts of a class or id value: `entry-author-bio signupForeground` → entry, author, bio, signup, foreground. */
export function nameParts(value: string): string[] {
  return value
    .split(/[\s_-]+/)
    .flatMap((token) => token.split(/(?<=[a-z0-9])(?=[A-Z])/))
    .map((part) => part.toLowerCase())
    .filter(Boolean);
}

function isNamedFurniture(el: ElementLike): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return nameParts(names).some((part) => FURNITURE_NAMES.has(part));
}

/**
 * Remove named furniture from `root`. Spared: the html and body elements, and any element that
 * holds the article's region (`article`, `main`, `[itemprop=articleBody]`) or half or more of the
 * page's paragraphs — a container, however it is named, is not a bio box.
 */
export function removeNamedFurniture(root: ElementLike): string[] {
  const removed: string[] = [];
  const paragraphs = root.querySelectorAll('p').length;
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body' || !root.contains(el) || !isNamedFurniture(el)) continue;
    if (el.querySelectorAll('article, main, [itemprop="articleBody"]').length > 0) continue;
    const own = el.querySelectorAll('p').length;
    if (own > 0 && own * 2 >= paragraphs) continue;
    const text = blockText(el);
    if (text !== '') removed.push(text);
    el.remove();
  }
  return removed;
}
