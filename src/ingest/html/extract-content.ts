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
import { removeArticleHeaders } from './extract/article-header.ts';
import { removeCaptions } from './extract/captions.ts';
import { removeLinkBlocks } from './extract/link-blocks.ts';
import { removeNamedFurniture } from './extract/named-furniture.ts';
import { removeFurniture, type ElementLike } from './extract/page-furniture.ts';
import { checkBuiltDepth, checkNesting } from './check-nesting.ts';

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
  /**
   * What the rules around Readability took out, in order, each with its rule and text (elements
   * with no text are not listed). `page`: taken from the whole page before the article was found,
   * so mostly never part of it (menus, captions, bio boxes); `body`: taken out of the found article.
   * Readability's own removals are not listed (the library does not report them).
   */
  removed: RemovedText[];
}

/** One piece of text a rule took out. */
export interface RemovedText {
  rule: ExtractRule;
  stage: 'page' | 'body';
  text: string;
}

/**
 * Less body text than this is not an article: what is left of a home page or a list of links once
 * the link blocks are gone (section labels, a stray line). 140 characters is Readability's own
 * minimum for a paragraph to count towards a readable page (its isProbablyReaderable); the shortest
 * article body of the benchmark's 181 pages has 66 words, about 400 characters.
 */
export const MIN_BODY_CHARS = 140;

/** The rules around Readability, by name, so that the benchmark can measure each one's effect. */
export const EXTRACT_RULES = ['furniture', 'named-furniture', 'captions', 'article-header', 'link-blocks'] as const;
export type ExtractRule = (typeof EXTRACT_RULES)[number];

/** For measurement only: leave some rules out. Ingest always runs them all. */
export interface ExtractOptions {
  skip?: readonly ExtractRule[];
}

/**
 * Extract the main content of an HTML document.
 * @throws IngestError "no article body found in FILE" when the page has no article (a home page, a list of links),
 * or when its markup nests deeper than a browser builds a page ({@link checkNesting}).
 */
export function extractContent(html: string, file: string, options: ExtractOptions = {}): ExtractedContent {
  const removed: RemovedText[] = [];
  const apply = (rule: ExtractRule, stage: RemovedText['stage'], run: () => string[]): void => {
    if ((options.skip ?? []).includes(rule)) return;
    for (const text of run()) removed.push({ rule, stage, text });
  };
  // Readability and linkedom walk the tree recursively: a page nested too deep is refused before
  // either sees it, by the same check (and limit) as the rest of ingest.
  checkNesting(file, html);
  checkBuiltDepth(file, html);
  const { document } = parseHTML(html);
  const root = document.documentElement as unknown as ElementLike | null;
  if (root) {
    apply('furniture', 'page', () => removeFurniture(root));
    apply('named-furniture', 'page', () => removeNamedFurniture(root));
    apply('captions', 'page', () => removeCaptions(root));
  }
  // The serializer hands back Readability's own element, so that the text is read from the tree.
  const article = new Readability<Element>(document as unknown as Document, {
    keepClasses: false,
    serializer: (node) => node as Element,
  }).parse();
  const body = article?.content ?? null;
  if (body !== null) {
    const region = body as unknown as ElementLike;
    apply('article-header', 'body', () => removeArticleHeaders(region));
    apply('link-blocks', 'body', () => removeLinkBlocks(region));
  }
  const text = body === null ? '' : blockText(body);
  if (!article || body === null || text.length < MIN_BODY_CHARS) {
    throw new IngestError(
      file,
      null,
      `no article body found in ${file}: the page has no block of running text (a home page or a list of links?)`,
      'save the article page itself (its own address, "Save page as… HTML only"), or paste its text into a .txt file',
    );
  }
  return { html: body.innerHTML, text, title: article.title ?? null, byline: article.byline ?? null, removed };
}
