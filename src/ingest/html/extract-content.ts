/**
 * The main content of a saved web page: Mozilla's Readability on a server-side DOM (linkedom).
 * Takes decoded HTML, returns the article body as HTML (still to be sanitised and turned into mdast
 * by the caller) and what the extractor itself read from the page. Knows nothing of files on disk.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from '../errors.ts';

/** What the extractor found: the body's HTML and the extractor's own reading of the page. */
export interface ExtractedContent {
  /** The article body as HTML, not yet sanitised. */
  html: string;
  /** The body as plain text (for scoring and word counts). */
  text: string;
  /** Readability's title guess (the caller prefers the page's metadata). */
  title: string | null;
  /** Readability's byline guess. */
  byline: string | null;
}

/**
 * Extract the main content of an HTML document.
 * @throws IngestError "no article body found in FILE" when the page has no article (a home page, a list of links).
 */
export function extractContent(html: string, file: string): ExtractedContent {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const text = article?.textContent?.trim() ?? '';
  if (!article || !article.content || text === '') {
    throw new IngestError(
      file,
      null,
      `no article body found in ${file}: the page has no block of running text (a home page or a list of links?)`,
      'save the article page itself (its own address, "Save page as… HTML only"), or paste its text into a .txt file',
    );
  }
  return { html: article.content, text, title: article.title ?? null, byline: article.byline ?? null };
}
