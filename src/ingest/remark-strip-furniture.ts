/**
 * remark plugin: take site furniture out of the body and record every removed line.
 *
 * - share and follow bars anywhere ("Facebook Twitter Share");
 * - "You might be interested in: …" lines anywhere (their titles are kept as related reading);
 * - the site's lists after the article: everything from the first list heading ("MOST RECENT",
 *   "Check out our other content", a podcast promo), or from a share bar that closes the
 *   article (one with most of the text above it), to the end — but only where what follows reads
 *   as a list, never prose: a heading-like line inside the article cuts nothing.
 */
import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { countWords } from '../lib/passages/text.ts';
import { isShareBar, parseDateLine, parseRelatedLine, tailMarkerReason } from './patterns.ts';
import { createTextMeta, lineOf } from './types.ts';

/** Share of the article's characters that must stand above a share bar for it to close the article. */
const CLOSING_SHARE_BAR_SHARE = 0.6;

function textOf(node: Paragraph): string {
  const child = node.children[0];
  return child && child.type === 'text' ? child.value : '';
}

/**
 * Does a line read as prose, a sentence of an article or a teaser, rather than as a list item
 * (a title, a name, a date, a share bar)? A line of six words or more that could not be a title
 * (it ends with a full stop, or runs past 25 words) does; titles may end with "!" or "?", and
 * may start with anything ("#AllThatsLeftPod: …").
 * @example readsAsProse('The federation said it would resume the blockades on Monday.') // true
 */
export function readsAsProse(line: string): boolean {
  // A name (two to five words) is never six words long: no need to ask, for every line, whether it is one.
  if (isShareBar(line) || tailMarkerReason(line) !== null || parseDateLine(line) !== null) return false;
  const words = countWords(line);
  return words >= 6 && (words > 25 || /[.,;…]["”’'»)\]]*$/.test(line));
}

/**
 * For each paragraph, whether the paragraphs after it read as the site's lists: at most half of
 * them prose (teasers), and never two prose paragraphs in a row (a teaser always stands between a
 * title and a name or date). A marker followed by the article's own paragraphs fails both.
 * Computed from the end in one pass, so that checking every candidate stays linear.
 */
function listFollows(texts: string[]): boolean[] {
  const result = new Array<boolean>(texts.length);
  let prose = 0;
  let count = 0;
  let twoInARow = false;
  let nextIsProse = false;
  for (let i = texts.length - 1; i >= 0; i--) {
    result[i] = !twoInARow && prose * 2 <= count;
    const isProse = readsAsProse(texts[i] ?? '');
    if (isProse && nextIsProse) twoInARow = true;
    if (isProse) prose++;
    count++;
    nextIsProse = isProse;
  }
  return result;
}

/** Index of the first paragraph of the after-article lists, with the reason; null when there are none. */
export function findTailStart(paragraphs: Paragraph[]): { index: number; reason: string } | null {
  const texts = paragraphs.map(textOf);
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  const followedByList = listFollows(texts);
  let before = 0;
  for (const [index, text] of texts.entries()) {
    if (followedByList[index]) {
      const marker = tailMarkerReason(text);
      if (marker) return { index, reason: marker };
      if (isShareBar(text) && total > 0 && before / total >= CLOSING_SHARE_BAR_SHARE) {
        return { index, reason: 'share bar that closes the article' };
      }
    }
    before += text.length;
  }
  return null;
}

/** Strip furniture from `tree`, recording removals in `file.data.removed`. */
export function stripFurniture(tree: Root, file: VFile): void {
  const removed = (file.data.removed ??= []);
  const meta = (file.data.meta ??= createTextMeta());
  const paragraphs = tree.children.filter((n): n is Paragraph => n.type === 'paragraph');
  const tail = findTailStart(paragraphs);
  const tailNodes = new Set(tail ? paragraphs.slice(tail.index) : []);
  const tailLine = tail ? lineOf(paragraphs[tail.index] as Paragraph) : 0;

  tree.children = tree.children.filter((node) => {
    if (node.type !== 'paragraph') return true;
    const text = textOf(node);
    const line = lineOf(node);
    if (tailNodes.has(node)) {
      const reason =
        line === tailLine
          ? `start of the site's lists after the article: ${tail?.reason}`
          : `site's lists of other articles after the article (from line ${tailLine})`;
      removed.push({ line, text, action: 'furniture', reason });
      return false;
    }
    if (isShareBar(text)) {
      removed.push({ line, text, action: 'furniture', reason: 'share bar' });
      return false;
    }
    const related = parseRelatedLine(text);
    if (related) {
      meta.related.push({ title: related, line });
      removed.push({
        line,
        text,
        action: 'frontmatter',
        reason: 'related-reading link inside the article; title kept in `related`',
      });
      return false;
    }
    return true;
  });
}

/** The plugin: `.use(remarkStripFurniture)`. */
const remarkStripFurniture: Plugin<[], Root> = () => (tree, file) => stripFurniture(tree, file);
export default remarkStripFurniture;
