/**
 * After Readability: blocks of the extracted body whose words are (almost) all link text are
 * pointers to other pages ("More from UK" lists, "DON'T MISS" teasers, "You may also like…"
 * lists), not the article's own sentences. A sentence that carries a link still has most of its
 * words outside it, so it stays. A short label directly above a removed block ("More from UK",
 * "You may also like…") goes with it when it is not a sentence (no closing full stop).
 */
import { blockText } from './block-text.ts';
import type { ElementLike } from './page-furniture.ts';

/** Share of a block's words that must sit inside links for the block to count as links. */
export const LINK_SHARE = 0.8;
/** A label above a link block has at most this many words. */
const LABEL_WORDS = 6;

/** The blocks weighed: paragraphs, list items taken as whole lists, headings, and leaf divs. */
const BLOCKS = 'p, ul, ol, dl, h2, h3, h4, h5, h6, div';

const words = (text: string | null): number => (text ?? '').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function linkShare(el: ElementLike): number {
  const total = words(el.textContent);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += words(a.textContent);
  return linked / total;
}

/** Remove link blocks (and their labels) from `body`; returns the removed elements' text. */
export function removeLinkBlocks(body: ElementLike): string[] {
  const removed: string[] = [];
  for (const el of Array.from(body.querySelectorAll(BLOCKS))) {
    if (!body.contains(el)) continue; // inside a block already removed
    if (el.tagName.toLowerCase() === 'div' && el.querySelectorAll(BLOCKS).length > 0) continue;
    if (words(el.textContent) === 0 || linkShare(el) < LINK_SHARE) continue;
    const label = el.previousElementSibling;
    const labelText = (label?.textContent ?? '').trim();
    if (label && labelText !== '' && words(labelText) <= LABEL_WORDS && !/[.!?]["”’)]?$/.test(labelText)) {
      removed.push(blockText(label));
      label.remove();
    }
    removed.push(blockText(el));
    el.remove();
  }
  return removed;
}
