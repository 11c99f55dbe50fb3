/**
 * Captions and credits of pictures are not the article's running text: a reader takes them in
 * with the picture. Removed before Readability: `<figcaption>`, and elements whose class or id
 * names a caption or a picture credit (the class names publishing systems give them, e.g.
 * WordPress's `wp-caption-text`).
 */
import type { ElementLike } from './page-furniture.ts';

export const CAPTION_SELECTOR = [
  'figcaption',
  '[class*="caption" i]',
  '[id*="caption" i]',
  '[class*="credit" i]',
].join(', ');

/** Remove captions from `root`, never an element that itself holds paragraphs of text. Returns how many. */
export function removeCaptions(root: ElementLike): number {
  let removed = 0;
  for (const el of Array.from(root.querySelectorAll(CAPTION_SELECTOR))) {
    if (el.querySelectorAll('p, article, [itemprop="articleBody"]').length > 1) continue;
    el.remove();
    removed += 1;
  }
  return removed;
}
