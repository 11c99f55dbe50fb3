/**
 * Render an article body (Markdown) to HTML with passage ids (`p1`…) and heading ids.
 * Uses the same {@link listPassages} as ingest, so ¶ numbers in the page equal the frontmatter's.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toString } from 'mdast-util-to-string';
import { rehype } from 'rehype';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Mention } from '../annotations/mentions.ts';
import { parseBody } from '../passages/body.ts';
import { listPassages, type Passage } from '../passages/passages.ts';
import { headingId, passageId } from '../routes/routes.ts';

/** A heading of the body, for the table of contents. */
export interface BodyHeading {
  id: string;
  text: string;
}

/** What annotation adds to one passage. */
export interface PassageDecoration {
  /** Ranges of the passage's text to replace, with what replaces each (e.g. a link). */
  mentions: { mention: Mention; nodes: ElementContent[] }[];
  /** Printed after the paragraph, inside the passage (notes, related passages). */
  aside: Element | null;
}

/** Options of {@link renderBody}. */
export interface RenderOptions {
  /** Annotations of a passage, by its id; none when absent. */
  decorate?: (passageId: string) => PassageDecoration;
}

/** The rendered body. */
export interface RenderedBody {
  html: string;
  passages: Omit<Passage, 'node'>[];
  headings: BodyHeading[];
}

/**
 * Render a Markdown body to HTML, numbering its passages.
 */
export function renderBody(markdown: string, options: RenderOptions = {}): RenderedBody {
  const tree = parseBody(markdown);
  const passages = listPassages(tree);
  for (const passage of passages) {
    passage.node.data = {
      ...passage.node.data,
      hProperties: { dataPassage: String(passage.n) },
    };
  }
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const text = toString(node);
    const id = headingId(slugger.slug(text));
    headings.push({ id, text });
    node.data = { ...node.data, hProperties: { id } };
  }
  const hast = unified().use(remarkRehype).runSync(tree) as HastRoot;
  decorate(hast.children, headings, options);
  const html = rehype().stringify(hast);
  return { html, passages: passages.map(({ node: _node, ...rest }) => rest), headings };
}

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Element).type === 'element';
}

/**
 * Wrap each passage paragraph as `<div class="passage" id="pN"><a class="pnum" href="#pN">¶N</a><p>…</p></div>`,
 * so the ¶ permalink sits beside the text and never inside it; give headings an anchor link.
 */
function decorate(
  nodes: (ElementContent | HastRoot['children'][number])[],
  headings: BodyHeading[],
  options: RenderOptions,
): void {
  nodes.forEach((node, index) => {
    if (!isElement(node)) return;
    const n = node.properties['dataPassage'];
    if (node.tagName === 'p' && n !== undefined) {
      delete node.properties['dataPassage'];
      const id = passageId(Number(n));
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['pnum'],
          href: `#${id}`,
          // The name starts with the visible "¶N" (WCAG 2.5.3, label in name).
          ariaLabel: `¶${String(n)}: permalink to paragraph ${String(n)}`,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: `¶${String(n)}` }],
      };
      const decoration = options.decorate?.(id);
      if (decoration) spliceMentions(node, decoration.mentions);
      nodes[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['passage'], id, dataPassage: String(n) },
        children: decoration?.aside ? [link, node, decoration.aside] : [link, node],
      };
      return;
    }
    if (/^h[1-6]$/.test(node.tagName)) {
      const heading = headings.find((h) => h.id === node.properties['id']);
      if (heading) {
        node.children.push({
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['anchor'],
            href: `#${heading.id}`,
            ariaLabel: `Link to section: ${heading.text}`,
            dataPagefindIgnore: '',
          },
          children: [{ type: 'text', value: '#' }],
        });
      }
      return;
    }
    decorate(node.children, headings, options);
  });
}

/**
 * Replace character ranges of a paragraph's text with other nodes. Offsets count the text of
 * all descendants in order (as `mdast-util-to-string` does); a range that crosses an element
 * boundary is left as plain text.
 */
function spliceMentions(paragraph: Element, mentions: PassageDecoration['mentions']): void {
  if (mentions.length === 0) return;
  let offset = 0;
  const visit = (parent: Element): void => {
    const out: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'element') {
        visit(child);
        out.push(child);
        continue;
      }
      if (child.type !== 'text') {
        out.push(child);
        continue;
      }
      const start = offset;
      const end = offset + child.value.length;
      offset = end;
      let cursor = start;
      for (const { mention, nodes } of mentions) {
        if (mention.start < cursor || mention.end > end) continue;
        if (mention.start > cursor)
          out.push({ type: 'text', value: child.value.slice(cursor - start, mention.start - start) });
        out.push(...nodes);
        cursor = mention.end;
      }
      if (cursor < end) out.push({ type: 'text', value: child.value.slice(cursor - start) });
    }
    parent.children = out;
  };
  visit(paragraph);
}
