/**
 * remark plugin: read the article's header — kicker, title, dek (standfirst), byline, printed
 * date lines, photo credit and caption — off the top of the text into metadata.
 *
 * It walks down from the first block and stops at the first block that is none of these:
 * that block is the first paragraph of the body. A text that opens with running prose (no
 * title) keeps all its blocks.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { type Credit, parseCredits } from './names.ts';
import { PHOTO_CREDIT_REASON } from './remark-extract-credits.ts';
import {
  isKicker,
  looksLikeTitle,
  parseByline,
  parseBylineCredits,
  parseCaptionWithCredit,
  parseDateLine,
  parsePhotoCredit,
} from './patterns.ts';
import { createTextMeta, lineOf, type RemovedLine, type TextMeta } from './types.ts';

function textOf(node: RootContent | undefined): string {
  if (!node || node.type !== 'paragraph') return '';
  const child = node.children[0];
  return child && child.type === 'text' ? child.value : '';
}

/** Is `text` a header item other than title or dek (byline, date, photo)? */
function isHeaderItem(text: string): boolean {
  return (
    parseByline(text) !== null ||
    parseDateLine(text) !== null ||
    parsePhotoCredit(text) !== null ||
    parseCaptionWithCredit(text) !== null
  );
}

/** Blank lines straight after a block, up to the next non-blank line of the seed (kept or taken out). */
function blankLinesAfter(removed: RemovedLine[], a: RootContent, b: RootContent | undefined): number {
  if (!b) return 0;
  const from = a.position?.end.line ?? 0;
  const nextLine = Math.min(b.position?.start.line ?? 0, ...removed.filter((r) => r.line > from).map((r) => r.line));
  return nextLine - from - 1;
}

/**
 * Was site furniture (a share bar, say) or a photo credit dropped between two blocks? Other moved
 * lines do not count: a photo credit stands in a page's header, a related-reading link anywhere.
 */
function furnitureBetween(removed: RemovedLine[], a: RootContent, b: RootContent | undefined): boolean {
  const from = a.position?.end.line ?? 0;
  const to = b?.position?.start.line ?? Number.POSITIVE_INFINITY;
  return removed.some(
    (r) => (r.action === 'furniture' || r.reason === PHOTO_CREDIT_REASON) && r.line > from && r.line < to,
  );
}

/** An author of the text's metadata, keeping the role or place printed beside the name. */
function authorOf(credit: Credit, line: number): TextMeta['authors'][number] {
  return credit.role ? { name: credit.name, line, role: credit.role } : { name: credit.name, line };
}

/** Extract the header of `tree` into `file.data.meta`. */
export function extractHeader(tree: Root, file: VFile): void {
  const removed = (file.data.removed ??= []);
  const meta = (file.data.meta ??= createTextMeta());
  const nodes = tree.children;
  const taken = new Set<RootContent>();
  let titleNode: Paragraph | null = null;
  const take = (node: Paragraph, reason: string): void => {
    taken.add(node);
    removed.push({ line: lineOf(node), text: textOf(node), action: 'frontmatter', reason });
  };

  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node || node.type !== 'paragraph') break;
    const text = textOf(node);
    const next = nodes[i + 1];
    const nextText = textOf(next);

    const dateIso = parseDateLine(text);
    if (dateIso) {
      meta.datesPrinted.push({ text, iso: dateIso, line: lineOf(node) });
      take(node, 'printed date → the article’s printed date');
      continue;
    }
    const byline = parseBylineCredits(text);
    if (byline) {
      meta.authors.push(...byline.map((credit) => authorOf(credit, lineOf(node))));
      take(node, 'byline → the article’s author');
      continue;
    }
    const captioned = parseCaptionWithCredit(text);
    if (captioned && meta.title) {
      meta.photo = captioned;
      take(node, 'photo caption and credit → the article’s photo caption and credit');
      continue;
    }
    if (!meta.title) {
      if (!looksLikeTitle(text)) break;
      // A short label followed by a longer headline is a kicker ("ANALYSIS", "Peru protests Jan '23").
      if (!meta.kicker && isKicker(text, nextText)) {
        meta.kicker = text;
        take(node, 'label above the title → kept above the title');
        continue;
      }
      meta.title = { text, line: lineOf(node) };
      titleNode = node;
      take(node, 'title → the article’s title');
      continue;
    }
    // A line of names alone ("Jane Doe and John Roe", "Jane Doe | Lima") above the printed date.
    const names = parseDateLine(nextText) !== null ? parseCredits(text, true) : null;
    if (names) {
      meta.authors.push(...names.map((credit) => authorOf(credit, lineOf(node))));
      take(node, 'author name above the printed date → the article’s author');
      continue;
    }
    if (meta.dek === null && titleNode !== null && nodes[i - 1] === titleNode) {
      // A standfirst is recognised by what surrounds it, not by its words: header items or a
      // share bar right after it, a double blank line after it, or an indented first line.
      const nameThenDate = parseCredits(nextText, true) !== null && parseDateLine(textOf(nodes[i + 2])) !== null;
      if (
        isHeaderItem(nextText) ||
        nameThenDate ||
        furnitureBetween(removed, node, next) ||
        blankLinesAfter(removed, node, next) >= 2 ||
        node.data?.indented === true
      ) {
        meta.dek = text;
        take(node, 'standfirst under the title → the article’s standfirst');
        continue;
      }
    }
    break;
  }

  tree.children = nodes.filter((n) => !taken.has(n));
}

/** The plugin: `.use(remarkExtractHeader)`. */
const remarkExtractHeader: Plugin<[], Root> = () => (tree, file) => extractHeader(tree, file);
export default remarkExtractHeader;
