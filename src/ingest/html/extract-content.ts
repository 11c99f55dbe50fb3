/**
 * The main content of a saved web page: Mozilla's Readability on a server-side DOM (linkedom),
 * with a few general rules around it (each in its own module under ./extract/, each measured on the
 * ScrapingHub benchmark: tests/bench/README.md keeps the log). Takes decoded HTML, returns the
 * article body as HTML (still to be sanitised and turned into mdast by the caller) and what the
 * extractor itself read from the page. Knows nothing of files on disk.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from '../errors.ts';
import { blockText } from './extract/block-text.ts';
import { removeCaptions } from './extract/captions.ts';
import { removeLinkBlocks } from './extract/link-blocks.ts';
import { removeNamedFurniture } from './extract/named-furniture.ts';
import { removeFurniture, type ElementLike } from './extract/page-furniture.ts';

/** What the extractor found: the body's HTML and the extractor's own reading of the page. */
export interface ExtractedContent {
  /** The article body as HTML, not yet sanitised. */
  html: string;
  /** The body as plain text, a blank line between blocks (for scoring and word counts). */
  text: string;
  /** Readability's title guess (the caller prefers the page's metadata). */
  title: string | null;
  /** Readability's byline guess. */
  byline: string | null;
}

/** The rules around Readability, by name, so that the benchmark can measure each one's effect. */
export const EXTRACT_RULES = ['furniture', 'named-furniture', 'captions', 'link-blocks'] as const;
export type ExtractRule = (typeof EXTRACT_RULES)[number];

/** For measurement only: leave some rules out. Ingest always runs them all. */
export interface ExtractOptions {
  skip?: readonly ExtractRule[];
}

/**
 * Extract the main content of an HTML document.
 * @throws IngestError "no article body found in FILE" when the page has no article (a home page, a list of links).
 */
export function extractContent(html: string, file: string, options: ExtractOptions = {}): ExtractedContent {
  const on = (rule: ExtractRule): boolean => !(options.skip ?? []).includes(rule);
  const { document } = parseHTML(html);
  const root = document.documentElement as unknown as ElementLike | null;
  if (root && on('furniture')) removeFurniture(root);
  if (root && on('named-furniture')) removeNamedFurniture(root);
  if (root && on('captions')) removeCaptions(root);
  // The serializer hands back Readability's own element, so that the text is read from the tree.
  const article = new Readability<Element>(document as unknown as Document, {
    keepClasses: false,
    serializer: (node) => node as Element,
  }).parse();
  const body = article?.content ?? null;
  if (body !== null && on('link-blocks')) removeLinkBlocks(body as unknown as ElementLike);
  const text = body === null ? '' : blockText(body);
  if (!article || body === null || text === '') {
    throw new IngestError(
      file,
      null,
      `no article body found in ${file}: the page has no block of running text (a home page or a list of links?)`,
      'save the article page itself (its own address, "Save page as… HTML only"), or paste its text into a .txt file',
    );
  }
  return { html: body.innerHTML, text, title: article.title ?? null, byline: article.byline ?? null };
}
