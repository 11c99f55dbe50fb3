/**
 * Render an article body (Markdown) to HTML with passage ids (`p1`…) and heading ids.
 * Uses the same {@link listPassages} as ingest, so ¶ numbers in the page equal the frontmatter's.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { listPassages, type Passage } from './passages.ts';

/** A heading of the body, for the table of contents. */
export interface BodyHeading {
  id: string;
  text: string;
}

/** The rendered body. */
export interface RenderedBody {
  html: string;
  passages: Omit<Passage, 'node'>[];
  headings: BodyHeading[];
}

/**
 * Parse a body to mdast (frontmatter already removed).
 * @example parseBody('Hello.').children[0]?.type // 'paragraph'
 */
export function parseBody(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown);
}

/**
 * Render a Markdown body to HTML, numbering its passages.
 * @example renderBody('One.\n\nTwo.').html // '<p id="p1" …>One.</p>\n<p id="p2" …>Two.</p>'
 */
export function renderBody(markdown: string): RenderedBody {
  const tree = parseBody(markdown);
  const passages = listPassages(tree);
  for (const passage of passages) {
    passage.node.data = {
      ...passage.node.data,
      hProperties: { id: passage.id, className: ['passage'], dataPassage: String(passage.n) },
    };
  }
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const text = toString(node);
    let id = slugger.slug(text);
    if (/^p\d+$/.test(id)) id = `h-${id}`; // never shadow a passage id
    headings.push({ id, text });
    node.data = { ...node.data, hProperties: { id } };
  }
  const hast = unified().use(remarkRehype).runSync(tree);
  const html = unified().use(rehypeStringify).stringify(hast);
  return { html, passages: passages.map(({ node: _node, ...rest }) => rest), headings };
}
