/**
 * The extracted body of a page (HTML) → the mdast the text pipeline makes: paragraphs, depth-2
 * headings and block quotes of paragraphs, each holding one text node. Nothing of the page's
 * markup survives: elements are kept by an allow-list of structure (the rest is unwrapped to its
 * words or dropped with a reason), every attribute is dropped, and what remains is rebuilt as plain
 * text, which remark-stringify escapes. So scripts, styles, frames, forms, event handlers and
 * `javascript:` addresses cannot reach content/.
 *
 * Links: the site renders a body from Markdown with its own links (entity mentions, ¶ permalinks)
 * and never a link of the source's, so a link keeps its words in the text and its address is
 * listed as removed. Images are not reproduced: an image's description (alt text) is listed as
 * removed; the first figure caption becomes the article's photo caption, later ones are listed.
 */
import type { ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { BlockContent, Blockquote, Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { rehype } from 'rehype';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { countWords } from '../../lib/passages/text.ts';
import type { RemovedLine } from '../types.ts';

/**
 * Elements dropped with everything inside, silently: they hold no words a reader sees (`noscript`
 * is parsed as raw markup, a fallback for browsers without scripts, usually an image; `source` and
 * `track` are a media element's files).
 */
const SILENT = new Set([
  'script',
  'style',
  'template',
  'link',
  'meta',
  'base',
  'head',
  'title',
  'noscript',
  'source',
  'track',
]);
/** Embedded content: dropped, its address listed. */
const EMBEDDED = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'svg',
  'math',
  'map',
  'area',
  'portal',
]);
/** Form controls: dropped, their words listed. */
const FORM = new Set([
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'label',
  'fieldset',
  'legend',
  'output',
  'datalist',
  'dialog',
]);
/**
 * Elements kept (without attributes) for their structure; any other element is replaced by its
 * children, so its words stay in place.
 */
const STRUCTURE = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'pre',
  'code',
  'br',
  'hr',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'header',
  'footer',
  'figure',
  'figcaption',
  'address',
  'em',
  'i',
  'strong',
  'b',
  'q',
  'cite',
  'small',
  'sub',
  'sup',
  'span',
  'abbr',
  'time',
  'mark',
  'u',
  's',
  'del',
  'ins',
]);

/** A removal before its line in the saved page is known. */
type Removal = Omit<RemovedLine, 'line'> & { find: string };

/** The body as mdast children, what was taken out, and the photo caption. */
export interface ConvertedBody {
  children: RootContent[];
  removed: RemovedLine[];
  caption: string | null;
  /** Words of the body that stood inside links (a list of links is no article). */
  linkedWords: number;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text nodes under a dropped element, spaced apart (a form's label and button are two phrases). */
function textsOf(node: HastContent): string[] {
  if (node.type === 'text') return words(node.value) ? [words(node.value)] : [];
  return 'children' in node ? node.children.flatMap(textsOf) : [];
}

/** Options of {@link bodyToMdast}. */
export interface BodyOptions {
  /** The whole saved page, to find the line of what is removed. */
  page: string;
  /** The article's title: a first heading that repeats it is moved to the frontmatter. */
  title: string | null;
  /** The date the page prints: an opening paragraph of only that date is moved to the frontmatter. */
  printedDate?: string | null;
}

/** Sanitise the extracted HTML and rebuild it as text-pipeline mdast. */
export function bodyToMdast(html: string, options: BodyOptions): ConvertedBody {
  const hast = rehype().data('settings', { fragment: true }).parse(html) as HastRoot;
  const removals: Removal[] = [];
  let caption: string | null = null;
  let linkedWords = 0;

  const clean = (nodes: HastContent[]): ElementContent[] => {
    const out: ElementContent[] = [];
    for (const node of nodes) {
      if (node.type === 'text') out.push({ type: 'text', value: node.value });
      if (node.type !== 'element') continue; // comments, doctypes
      const name = node.tagName;
      const texts = textsOf(node);
      const text = texts.join(' ');
      if (SILENT.has(name)) continue;
      if (EMBEDDED.has(name)) {
        const src = String(node.properties.src ?? node.properties.data ?? '');
        removals.push({
          find: src || `<${name}`,
          text: words(`${src} ${text}`) || `<${name}>`,
          action: 'furniture',
          reason: `embedded ${name}: embedded content is not reproduced`,
        });
        continue;
      }
      if (FORM.has(name)) {
        if (text)
          removals.push({
            find: texts[0] as string,
            text,
            action: 'furniture',
            reason: 'a form’s words: a form is not part of the article',
          });
        continue;
      }
      if (name === 'img') {
        const alt = words(String(node.properties.alt ?? ''));
        if (alt)
          removals.push({
            find: alt,
            text: alt,
            action: 'furniture',
            reason: 'description of an image, which is not reproduced',
          });
        continue;
      }
      if (name === 'figcaption') {
        if (!text) continue;
        if (caption === null) {
          caption = text;
          removals.push({
            find: text,
            text,
            action: 'frontmatter',
            reason: 'photo caption → the article’s photo caption',
          });
        } else
          removals.push({
            find: text,
            text,
            action: 'furniture',
            reason: 'caption of a further image, which is not reproduced',
          });
        continue;
      }
      if (name === 'a') {
        const href = String(node.properties.href ?? '').trim();
        const text = words(hastToString(node));
        linkedWords += countWords(text);
        if (href && !href.startsWith('#')) {
          removals.push({
            find: href,
            text: href,
            action: 'furniture',
            reason: `address of the link on “${text}”: the words stay, the reader shows no links of the source`,
          });
        }
        out.push(...clean(node.children));
        continue;
      }
      const children = clean(node.children);
      // No attribute is kept but a list's first number, which readers see.
      const properties =
        name === 'ol' && typeof node.properties.start === 'number' ? { start: node.properties.start } : {};
      if (STRUCTURE.has(name)) out.push({ type: 'element', tagName: name, properties, children });
      else out.push(...children);
    }
    return out;
  };
  const safe: HastRoot = { type: 'root', children: clean(hast.children) };
  const mdast = unified().use(rehypeRemark).runSync(safe) as Root;

  const children = normalise(mdast.children);
  const removed: RemovedLine[] = [];
  const lines = lineFinder(options.page);
  const first = children[0];
  if (first?.type === 'heading' && options.title && sameWords(textOf(first), options.title)) {
    removed.push({
      line: lines(textOf(first)),
      text: textOf(first),
      action: 'frontmatter',
      reason: 'title → the article’s title',
    });
    children.shift();
  }
  const dateAt = children.findIndex(
    (node, i) =>
      i < 3 && node.type === 'paragraph' && !!options.printedDate && sameWords(textOf(node), options.printedDate),
  );
  const date = children[dateAt];
  if (date) {
    removed.push({
      line: lines(textOf(date)),
      text: textOf(date),
      action: 'frontmatter',
      reason: 'printed date → the article’s printed date',
    });
    children.splice(dateAt, 1);
  }
  for (const { find, ...rest } of removals) removed.push({ line: lines(find), ...rest });
  return { children, removed: removed.sort((a, b) => a.line - b.line), caption, linkedWords };
}

function sameWords(a: string, b: string): boolean {
  const key = (s: string) => words(s).toLowerCase();
  return key(a) === key(b);
}

/** Plain text of an mdast node: line breaks as spaces (mdast-util-to-string would join the words). */
function textOf(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if ('value' in node && node.type !== 'html' && node.type !== 'yaml') return node.value;
  if ('children' in node)
    return (node.children as Nodes[]).map(textOf).join(node.type === 'list' || node.type === 'table' ? ' ' : '');
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return '';
}

const paragraph = (text: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

/** Paragraphs of any block: lists item by item, tables row by row, the rest as one paragraph. */
function toParagraphs(node: Nodes): Paragraph[] {
  if (node.type === 'list') {
    return node.children.flatMap((item, i) => {
      const text = words(item.children.map((c) => words(textOf(c))).join(' '));
      const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '';
      return text ? [paragraph(`${marker}${text}`)] : [];
    });
  }
  if (node.type === 'table') {
    return node.children.flatMap((row) => {
      const text = row.children
        .map((cell) => words(textOf(cell)))
        .filter(Boolean)
        .join(' | ');
      return text ? [paragraph(text)] : [];
    });
  }
  if (node.type === 'blockquote' || node.type === 'root') return node.children.flatMap((c) => toParagraphs(c));
  if (node.type === 'thematicBreak' || node.type === 'html' || node.type === 'definition') return [];
  const text = words(textOf(node));
  return text ? [paragraph(text)] : [];
}

/** The text pipeline's shapes: `##` headings, paragraphs, block quotes of paragraphs. */
function normalise(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let inline: RootContent[] = [];
  const flush = () => {
    const text = words(inline.map((n) => textOf(n)).join(''));
    if (text) out.push(paragraph(text));
    inline = [];
  };
  for (const node of nodes) {
    if (isPhrasing(node)) {
      inline.push(node);
      continue;
    }
    flush();
    if (node.type === 'heading') {
      const text = words(textOf(node));
      if (text) out.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: text }] } satisfies Heading);
    } else if (node.type === 'blockquote') {
      const children = toParagraphs(node);
      if (children.length > 0)
        out.push({ type: 'blockquote', children: children as BlockContent[] } satisfies Blockquote);
    } else out.push(...toParagraphs(node));
  }
  flush();
  return out;
}

function isPhrasing(node: RootContent): boolean {
  return [
    'text',
    'emphasis',
    'strong',
    'delete',
    'inlineCode',
    'break',
    'link',
    'linkReference',
    'image',
    'imageReference',
  ].includes(node.type);
}

/**
 * Line of the saved page where each removed item stands, searching forward from the previous
 * find so repeated words land on their own lines; attribute values may be written with `&amp;`.
 * An item the raw page does not spell the same way (entities, split by tags) gets the line of
 * the previous find, or 1.
 */
export function lineFinder(page: string): (needle: string) => number {
  let cursor = 0;
  return (needle) => {
    const candidates = [needle, needle.replaceAll('&', '&amp;'), needle.slice(0, 40)];
    let at = -1;
    for (const candidate of candidates) {
      if (!candidate) continue;
      at = page.indexOf(candidate, cursor);
      if (at === -1) at = page.indexOf(candidate);
      if (at !== -1) break;
    }
    if (at !== -1) cursor = at;
    return page.slice(0, at === -1 ? cursor : at).split('\n').length;
  };
}
