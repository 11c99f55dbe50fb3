/**
 * remark plugin: take site furniture out of the body and record every removed line.
 *
 * - share and follow bars anywhere ("Facebook Twitter Share");
 * - "You might be interested in: …" lines anywhere (their titles are kept as related reading);
 * - the site's lists after the article: everything from the first list heading ("MOST RECENT",
 *   "Check out our other content", a podcast promo), or from a share bar that closes the
 *   article (one with most of the text above it), to the end.
 */
import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { isShareBar, parseRelatedLine, tailMarkerReason } from './patterns.ts';
import { createTextMeta, lineOf } from './types.ts';

/** Share of the article's characters that must stand above a share bar for it to close the article. */
const CLOSING_SHARE_BAR_SHARE = 0.6;

function textOf(node: Paragraph): string {
  const child = node.children[0];
  return child && child.type === 'text' ? child.value : '';
}

/** Index of the first paragraph of the after-article lists, or -1. */
export function findTailStart(paragraphs: Paragraph[]): { index: number; reason: string } | null {
  const total = paragraphs.reduce((sum, p) => sum + textOf(p).length, 0);
  let before = 0;
  for (const [index, node] of paragraphs.entries()) {
    const text = textOf(node);
    const marker = tailMarkerReason(text);
    if (marker) return { index, reason: marker };
    if (isShareBar(text) && total > 0 && before / total >= CLOSING_SHARE_BAR_SHARE) {
      return { index, reason: 'share bar that closes the article' };
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
