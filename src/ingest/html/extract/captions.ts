/**
 * Captions and credits of pictures are not the article's running text: a reader takes them in
 * with the picture. Removed before Readability: `<figcaption>`, and elements whose class or id
 * names a caption or a picture credit (the class names publishing systems give them, e.g.
 * WordPress's `wp-caption-text`).
 */
import { blockText } from './block-text.ts';
import type { ElementLike } from './page-furniture.ts';

export const CAPTION_SELECTOR = ['figcaption', '[class*="caption" i]', '[id*="caption" i]', '[class*="credit" i]'].join(
  ', ',
);

/** Remove captions from `root`, never an element that itself holds paragraphs of text. Returns their text. */
export function removeCaptions(root: ElementLike): string[] {
  const removed: string[] = [];
  for (const el of Array.from(root.querySelectorAll(CAPTION_SELECTOR))) {
    if (el.querySelectorAll('p, article, [itemprop="articleBody"]').length > 1) continue;
    if (!root.contains(el)) continue; // inside a caption already removed
    const text = blockText(el);
    if (text !== '') removed.push(text);
    el.remove();
  }
  return removed;
}
