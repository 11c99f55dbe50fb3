/**
 * The passage: the unit everything in Uprising Reader hangs on (permalinks, citations,
 * search hits, cross-links, annotations).
 *
 * A passage is one body paragraph, or one paragraph inside a block quote, numbered ¶1…¶N in
 * reading order; its id is `p1`…`pN`. Headings are not passages. Ingest, the renderer, the
 * search indexer and the cross-linker all call {@link listPassages}, so the numbers never disagree.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { passageId } from '../routes/routes.ts';

/** One numbered passage of an article. */
export interface Passage {
  /** 1-based position in reading order: the ¶ number. */
  n: number;
  /** Element id and URL fragment: `p${n}`. */
  id: string;
  /** Whether the paragraph stands in the running text or inside a block quote. */
  kind: 'paragraph' | 'quote';
  /** Plain text of the passage (what a reader sees). */
  text: string;
  /** Text of the nearest heading above the passage, or null before the first heading. */
  heading: string | null;
  /** The mdast node itself, so a renderer can attach the id to it. */
  node: Paragraph;
}

/** List the passages of an article body (mdast) in reading order. */
export function listPassages(root: Root): Passage[] {
  const passages: Passage[] = [];
  let heading: string | null = null;

  const add = (node: Paragraph, kind: Passage['kind']): void => {
    const n = passages.length + 1;
    passages.push({ n, id: passageId(n), kind, text: toString(node), heading, node });
  };

  const walk = (nodes: RootContent[], inQuote: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'heading') heading = toString(node as Heading);
      else if (node.type === 'paragraph') add(node, inQuote ? 'quote' : 'paragraph');
      else if (node.type === 'blockquote') walk(node.children, true);
    }
  };

  walk(root.children, false);
  return passages;
}
