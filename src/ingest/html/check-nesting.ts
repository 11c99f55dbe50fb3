/**
 * Refuse markup nested deeper than a browser builds it, before any tree is built. The DOM and hast
 * libraries ingest uses walk trees recursively, and a page nested 10,000 elements deep overflows
 * the stack; htmlparser2's tokenizer is a loop, so counting depth with it cannot.
 */
import { Parser } from 'htmlparser2';
import { parse } from 'parse5';
import { IngestError } from '../errors.ts';

/**
 * Deepest nesting accepted: the depth at which Chromium's HTML parser stops nesting elements
 * (kMaximumHTMLParserDOMTreeDepth, 512). Real pages stay far below it (the 181 pages of the
 * ScrapingHub extraction benchmark nest at most 51 deep).
 */
export const MAX_NESTING = 512;

/** Thrown out of the tokenizer's callback to stop at the first element too deep. */
class TooDeep extends Error {}

/**
 * The deepest nesting of elements in `html` up to `limit` + 1, and the character offset where it
 * is first reached. It stops there: htmlparser2 closes an end tag by searching its stack, so
 * tokenizing 100,000 nested elements to the end takes tens of seconds.
 * @example measureNesting('<div><p>a</p></div>').depth // 2
 */
export function measureNesting(html: string, limit = Infinity): { depth: number; offset: number } {
  let depth = 0;
  let deepest = { depth: 0, offset: 0 };
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > deepest.depth) deepest = { depth, offset: parser.startIndex };
        if (depth > limit) throw new TooDeep();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
  }
  return deepest;
}

/**
 * @throws IngestError when `html` nests elements deeper than {@link MAX_NESTING}, naming the line.
 */
export function checkNesting(file: string, html: string): void {
  const { depth, offset } = measureNesting(html, MAX_NESTING);
  if (depth <= MAX_NESTING) return;
  throw new IngestError(
    file,
    html.slice(0, offset).split('\n').length,
    `the markup nests elements more than ${MAX_NESTING} deep, deeper than a browser builds a page`,
    'this is not an article page as a site serves it; save the article again from the browser ("Save page as… HTML only")',
  );
}

/** A node of the tree parse5 builds: its children, a template's content, and where it starts. */
interface BuiltNode {
  tagName?: string;
  childNodes?: BuiltNode[];
  content?: BuiltNode;
  sourceCodeLocation?: { startLine: number } | null;
}

/**
 * Refuse a page whose parsed tree nests deeper than {@link MAX_NESTING}, measured on the tree an
 * HTML5 parser actually builds (parse5, which hast and rehype use; it builds iteratively), walked
 * without recursion. The tokenizer's count ({@link checkNesting}) can be fooled: `<b><i></b>`
 * repeated is flat to it, but the parser reopens the unclosed formatting elements each time,
 * 3,000 deep for 3,000 repeats, and the recursive tree conversions then overflow the stack.
 * @throws IngestError naming the line where the tree first grows too deep.
 */
export function checkBuiltDepth(file: string, html: string): void {
  const document = parse(html, { sourceCodeLocationInfo: true }) as unknown as BuiltNode;
  const stack: [BuiltNode, number][] = [[document, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [BuiltNode, number];
    if (depth > MAX_NESTING)
      throw new IngestError(
        file,
        node.sourceCodeLocation?.startLine ?? null,
        `the markup builds elements more than ${MAX_NESTING} deep (unclosed formatting tags that a browser reopens again and again), deeper than any article page`,
        'this is not an article page as a site serves it; save the article again from the browser ("Save page as… HTML only")',
      );
    // Elements count, as the tokenizer counts them; text and comments do not.
    for (const child of node.childNodes ?? []) stack.push([child, child.tagName ? depth + 1 : depth]);
    if (node.content) stack.push([node.content, depth]);
  }
}
