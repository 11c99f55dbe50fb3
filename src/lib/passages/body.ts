/** An article body (Markdown, frontmatter removed) read as mdast and as its list of passages. */
import type { Root } from 'mdast';
import { remark } from 'remark';
import { listPassages, type Passage } from './passages.ts';

/** A passage without its mdast node: what every consumer but the renderer needs. */
export type BodyPassage = Omit<Passage, 'node'>;

/**
 * Parse a body to mdast.
 * @example parseBody('Hello.').children[0]?.type // 'paragraph'
 */
export function parseBody(markdown: string): Root {
  return remark().parse(markdown);
}

const cache = new Map<string, BodyPassage[]>();

/**
 * The passages of a Markdown body, without their mdast nodes; memoised per body, since the
 * build asks for every article's passages from several pages (annotations, alignment, data).
 * @example listBodyPassages('One.\n\nTwo.').map((p) => p.id) // ['p1', 'p2']
 */
export function listBodyPassages(markdown: string): BodyPassage[] {
  let passages = cache.get(markdown);
  if (!passages) {
    passages = listPassages(parseBody(markdown)).map(({ node: _node, ...rest }) => rest);
    cache.set(markdown, passages);
  }
  return passages;
}
