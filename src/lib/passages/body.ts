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

/**
 * Passages by body, shared by every copy of this module in the process: the build's annotation
 * check loads this file from source while the pages load their bundled copy, and both read every
 * article, so one parse per body serves both (a Symbol.for key is the same in every copy).
 */
const CACHE_KEY = Symbol.for('uprising-reader:body-passages');
const cache: Map<string, BodyPassage[]> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map()) as Map<
  string,
  BodyPassage[]
>;

/**
 * The passages of a Markdown body, without their mdast nodes; memoised per body, since the
 * build asks for every article's passages from several places (the annotation check, the
 * annotations and similarity, the downloads).
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
