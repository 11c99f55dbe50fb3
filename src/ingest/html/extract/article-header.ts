/**
 * After Readability: a `<header>` element left inside the extracted body is the article's own
 * header — headline, kicker, byline, dateline, "Updated … / Posted …" stamps. That is the page's
 * metadata, read separately (and with its evidence) by the metadata step, not running text.
 * Readability removes the headline when it matches the title, but not the rest of the header.
 */
import { blockText } from './block-text.ts';
import type { ElementLike } from './page-furniture.ts';

/** Remove `<header>` elements from the extracted `body`; returns their text. */
export function removeArticleHeaders(body: ElementLike): string[] {
  const removed: string[] = [];
  for (const header of Array.from(body.querySelectorAll('header'))) {
    if (!body.contains(header)) continue; // inside a header already removed
    const text = blockText(header);
    if (text !== '') removed.push(text);
    header.remove();
  }
  return removed;
}
