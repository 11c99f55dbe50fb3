/**
 * remark plugin: the paragraph(s) after one that ends with a colon introducing someone's words
 * become a block quote, when they read as quotation:
 * - the paragraph opens with a quotation mark; or
 * - the introducing paragraph names a speaker with a verb of saying ("As Mariátegui wrote:",
 *   "… described what happened next to La República:"); or
 * - the paragraph speaks in the first person while the introducing one does not (another voice).
 * Never when the paragraph is a list item or goes on in lower case (the author's own sentence
 * continuing), nor, unless it opens with a quotation mark, when the colon introduces a list
 * ("Our demands are the following:").
 * A quotation left open at the end of a paragraph runs on into the next one that opens with a
 * quotation mark; a first-person quotation runs on while the next paragraph stays in the first
 * person. Both stop at a paragraph that itself ends with a colon.
 */
import type { Blockquote, Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import {
  introducesList,
  introducesQuote,
  isListItem,
  leavesQuotationOpen,
  opensQuotation,
  speaksInFirstPerson,
} from './patterns.ts';

function textOf(node: RootContent | undefined): string | null {
  if (!node || node.type !== 'paragraph') return null;
  const child = node.children[0];
  return child && child.type === 'text' ? child.value : null;
}

/** Why `text` reads as the quotation `intro` announces, or null when it does not. */
export function quotationAfter(intro: string, text: string): 'quoted' | 'reported' | 'first-person' | null {
  if (!intro.endsWith(':') || isListItem(text) || /^\p{Ll}/u.test(text)) return null;
  // Quotation marks say it even after "as follows:"; without them, a list's introduction quotes nothing.
  if (opensQuotation(text)) return 'quoted';
  if (introducesList(intro)) return null;
  if (introducesQuote(intro)) return 'reported';
  if (speaksInFirstPerson(text) && !speaksInFirstPerson(intro)) return 'first-person';
  return null;
}

/** Does paragraph `next` carry on the quotation whose last paragraph is `text`? */
function runsOn(kind: string, text: string, next: string): boolean {
  if (text.endsWith(':') || isListItem(next)) return false;
  if (leavesQuotationOpen(text)) return opensQuotation(next);
  return kind === 'first-person' && speaksInFirstPerson(next) && !/^\p{Ll}/u.test(next);
}

/** Wrap quoted paragraphs of `tree` in block quotes. */
export function detectQuotes(tree: Root): void {
  const out: RootContent[] = [];
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    const intro = textOf(out.at(-1));
    const text = textOf(node);
    const kind = intro !== null && text !== null ? quotationAfter(intro, text) : null;
    if (kind === null || text === null) {
      out.push(node);
      continue;
    }
    const quoted: Paragraph[] = [node as Paragraph];
    let last = text;
    for (let next = textOf(nodes[i + 1]); next !== null && runsOn(kind, last, next); next = textOf(nodes[i + 1])) {
      quoted.push(nodes[++i] as Paragraph);
      last = next;
    }
    const quote: Blockquote = { type: 'blockquote', children: quoted };
    const start = quoted[0]?.position?.start;
    const end = quoted.at(-1)?.position?.end;
    if (start && end) quote.position = { start, end };
    out.push(quote);
  }
  tree.children = out;
}

/** The plugin: `.use(remarkDetectQuotes)`. */
const remarkDetectQuotes: Plugin<[], Root> = () => (tree) => detectQuotes(tree);
export default remarkDetectQuotes;
