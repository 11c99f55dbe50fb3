/**
 * remark plugin: the paragraph after one that introduces another author's words with a colon
 * ("Returning to Trotsky, he states that:") becomes a block quote.
 */
import type { Blockquote, Root } from 'mdast';
import type { Plugin } from 'unified';
import { introducesQuote } from './patterns.ts';

/** Wrap quoted paragraphs of `tree` in block quotes. */
export function detectQuotes(tree: Root): void {
  tree.children = tree.children.map((node, i, all) => {
    const previous = all[i - 1];
    if (
      node.type !== 'paragraph' ||
      previous?.type !== 'paragraph' ||
      previous.children[0]?.type !== 'text' ||
      !introducesQuote(previous.children[0].value)
    ) {
      return node;
    }
    const quote: Blockquote = { type: 'blockquote', children: [node] };
    if (node.position) quote.position = node.position;
    return quote;
  });
}

/** The plugin: `.use(remarkDetectQuotes)`. */
const remarkDetectQuotes: Plugin<[], Root> = () => (tree) => detectQuotes(tree);
export default remarkDetectQuotes;
