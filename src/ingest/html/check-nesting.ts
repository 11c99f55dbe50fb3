/**
 * Refuse markup nested deeper than a browser builds it, before any tree is built. The DOM and hast
 * libraries ingest uses walk trees recursively, and a page nested 10,000 elements deep overflows
 * the stack; htmlparser2's tokenizer is a loop, so counting depth with it cannot.
 */
import { Parser } from 'htmlparser2';
import { IngestError } from '../errors.ts';

/**
 * Deepest nesting accepted: the depth at which Chromium's HTML parser stops nesting elements
 * (kMaximumHTMLParserDOMTreeDepth, 512). Real pages stay far below it (the 181 pages of the
 * ScrapingHub extraction benchmark nest at most 51 deep).
 */
export const MAX_NESTING = 512;

/**
 * The deepest nesting of elements in `html`, and the character offset where it is first reached.
 * @example measureNesting('<div><p>a</p></div>').depth // 2
 */
export function measureNesting(html: string): { depth: number; offset: number } {
  let depth = 0;
  let deepest = { depth: 0, offset: 0 };
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > deepest.depth) deepest = { depth, offset: parser.startIndex };
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return deepest;
}

/**
 * @throws IngestError when `html` nests elements deeper than {@link MAX_NESTING}, naming the line.
 */
export function checkNesting(file: string, html: string): void {
  const { depth, offset } = measureNesting(html);
  if (depth <= MAX_NESTING) return;
  throw new IngestError(
    file,
    html.slice(0, offset).split('\n').length,
    `the markup nests elements ${depth} deep, deeper than a browser builds a page (${MAX_NESTING})`,
    'this is not an article page as a site serves it; save the article again from the browser ("Save page as… HTML only")',
  );
}
