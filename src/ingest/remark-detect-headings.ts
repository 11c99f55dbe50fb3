/**
 * remark plugin: a short line that heads the longer paragraphs after it becomes a `##` heading
 * ("Why Hasn't Boluarte Fallen?", "The National Strike of January 19").
 */
import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import { countWords } from '../lib/passages/text.ts';
import { looksLikeHeading } from './patterns.ts';

/** Turn heading-like paragraphs of `tree` into depth-2 headings. */
export function detectHeadings(tree: Root): void {
  tree.children = tree.children.map((node, i, all) => {
    if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') return node;
    const text = node.children[0].value;
    const next = all[i + 1];
    if (!looksLikeHeading(text) || !next || next.type !== 'paragraph' || next.children[0]?.type !== 'text') {
      return node;
    }
    const nextText = next.children[0].value;
    if (countWords(nextText) <= countWords(text) || !/[.!?…"”’):]$/.test(nextText)) return node;
    const heading: Heading = { type: 'heading', depth: 2, children: node.children };
    if (node.position) heading.position = node.position;
    return heading;
  });
}

/** The plugin: `.use(remarkDetectHeadings)`. */
const remarkDetectHeadings: Plugin<[], Root> = () => (tree) => detectHeadings(tree);
export default remarkDetectHeadings;
