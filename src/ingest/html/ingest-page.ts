/**
 * Ingest one saved web page (decoded HTML) into frontmatter and Markdown, as {@link ingestSeed}
 * does for text: its nesting checked and its main content extracted, its metadata read, the content
 * sanitised and rebuilt as the text pipeline's mdast, then the same resolvers, passages, schema
 * check and Markdown writer. Pure: text in, strings out.
 */
import { toString } from 'mdast-util-to-string';
import { IngestError } from '../errors.ts';
import { listPassages } from '../../lib/passages/passages.ts';
import { countWords } from '../../lib/passages/text.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Publisher } from '../../schemas/catalog.ts';
import type { SourceEntry } from '../../schemas/sources.ts';
import type { IngestedArticle } from '../pipeline.ts';
import { pageProvenance, unknownProvenance, type Found } from '../provenance.ts';
import { resolveAuthors, resolveTranslators, type ResolvedPeople } from '../resolve-authors.ts';
import { resolveCatalog } from '../resolve-catalog.ts';
import { resolveDate } from '../resolve-date.ts';
import { resolveTitle } from '../resolve-title.ts';
import { slugFromTitle } from '../slug-from-title.ts';
import { toMarkdown } from '../to-markdown.ts';
import { createTextMeta, type RemovedLine } from '../types.ts';
import { validateArticle } from '../validate-article.ts';
import { collectProvenance } from '../collect-provenance.ts';
import { bodyToMdast, lineFinder } from './body-to-mdast.ts';
import { extractContent, type ExtractedContent, type ExtractRule } from './extract-content.ts';
import { readPageMetadata, type PageMetadata } from './read-page-metadata.ts';

const pageValue = <T>(found: Found<T> | null) =>
  found ? { value: found.value, note: pageProvenance(found).note } : null;

/**
 * The authors: sources.yaml overrides; else the page's metadata; else unknown, quoting the byline
 * the extractor saw, which is not taken as a name: a byline line can hold a date, a place or a role.
 */
function resolvePageAuthors(
  meta: PageMetadata,
  byline: string | null,
  source: SourceEntry | undefined,
): ResolvedPeople {
  if (source?.authors) return resolveAuthors({ authors: [], notes: [] }, source);
  if (meta.authors)
    return { people: meta.authors.value.map((name) => ({ name })), provenance: pageProvenance(meta.authors) };
  return {
    people: [],
    provenance: unknownProvenance(
      byline
        ? `The page’s metadata names no author; its byline reads “${byline}”.`
        : 'The page names no author, in its metadata or its text.',
    ),
  };
}

/**
 * Share of a body's words inside links above which it is a list of links, not an article: the
 * threshold Readability itself uses to discard a list-like block (its link density check, 0.5).
 */
export const MAX_LINKED_SHARE = 0.5;

/**
 * @throws IngestError "no article body found in FILE" when most of the body's words are links: on
 * a page too small for Readability to find a main block, it falls back to the whole page.
 */
function refuseLinkList(shown: string, linkedWords: number, text: string): void {
  const total = countWords(text);
  if (total === 0 || linkedWords / total <= MAX_LINKED_SHARE) return; // an empty body: validateArticle says so
  throw new IngestError(
    shown,
    null,
    `no article body found in ${shown}: ${linkedWords} of its ${total} words are links (a home page or a list of links?)`,
    'save the article page itself (its own address, "Save page as… HTML only"), or paste its text into a .txt file',
  );
}

/** Does the description only repeat the opening of the body (many sites fill it that way)? */
function repeatsBody(description: string, bodyText: string): boolean {
  const key = (s: string) =>
    s
      .replace(/[…]|\.\.\.$/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const d = key(description);
  return d.length > 0 && key(bodyText).startsWith(d);
}

/**
 * Ingest one saved page.
 * @throws IngestError for a page nested too deep, with no article body, or whose result fails the schema.
 */
export function ingestPage(input: {
  /** The seed's file name, as the frontmatter and warnings give it. */
  file: string;
  /** The file as refusals name it (its path, as given on the command line); `file` if absent. */
  shown?: string;
  html: string;
  sha256: string;
  source: SourceEntry | undefined;
  publishers: Publisher[];
}): IngestedArticle & { text: string } {
  const { file, html, sha256, source, publishers } = input;
  const shown = input.shown ?? file;
  // Extraction first: it refuses markup nested too deep to parse (checkNesting) before anything parses it.
  const extracted = extractContent(html, shown);
  const meta = readPageMetadata(html);
  const body = bodyToMdast(extracted.html, {
    page: html,
    title: meta.title?.value ?? extracted.title,
    printedDate: meta.printedDate?.text ?? null,
  });
  const tree = { type: 'root' as const, children: body.children };
  // The photo's caption: the body's own, or else the first one the extractor took out with the captions.
  const caption = body.caption ?? firstCaption(extracted);
  const passages = listPassages(tree);

  const title = resolveTitle(file, { title: null }, source, meta.title && { ...meta.title, headline: meta.headline });
  const authors = resolvePageAuthors(meta, extracted.byline ?? removedByline(extracted), source);
  const translators = resolveTranslators({ translators: [] });
  const catalog = resolveCatalog(source, publishers, { siteName: meta.siteName, canonicalUrl: meta.canonicalUrl });
  const dates = resolveDate(file, { datesPrinted: [] }, source, {
    published: meta.published,
    printed: meta.printedDate,
  });
  const text = tree.children.map((n) => toString(n)).join(' ');
  refuseLinkList(shown, body.linkedWords, text);
  const dek = meta.description && !repeatsBody(meta.description.value, text) ? meta.description.value : null;

  const data: ArticleData = {
    title: title.title,
    titleBasis: title.titleBasis,
    kicker: meta.section?.value ?? null,
    dek,
    authors: authors.people,
    translators: translators.people,
    publisher: catalog.publisher,
    tendency: catalog.tendency,
    ...dates.fields,
    original: null,
    sourceUrl: catalog.sourceUrl,
    photo: caption ? { credit: null, caption } : null,
    notes: createTextMeta().notes,
    related: [],
    provenance: collectProvenance({ title, authors, translators, catalog }),
    page: {
      siteName: pageValue(meta.siteName),
      language: pageValue(meta.language),
      section: pageValue(meta.section),
      dateModified: pageValue(meta.modified),
      canonicalUrl: pageValue(meta.canonicalUrl),
    },
    seed: { file, sha256 },
    wordCount: countWords(text),
    passageCount: passages.length,
  };
  const valid = validateArticle(file, data, passages.length);
  const noSource = source
    ? []
    : [`${file}: no entry in sources.yaml; publisher, current and anything the page does not say are unknown`];
  const lost = text.includes('\uFFFD')
    ? [
        `${file}: the article's text holds the replacement character “\uFFFD” where the site lost characters before the page was saved; it is kept as it stands (check the passage against the site)`,
      ]
    : [];
  const unreadable = meta.unreadable.map(
    (line) => `${file}:${line}: a JSON-LD block is not valid JSON and was not read; the page's other metadata was used`,
  );
  return {
    slug: slugFromTitle(title.title),
    data: valid,
    markdown: toMarkdown(valid, tree.children),
    removed: [...body.removed, ...listExtractorRemovals(extracted, html)].sort((a, b) => a.line - b.line),
    warnings: [...noSource, ...unreadable, ...lost, ...title.warnings, ...dates.warnings],
    text: extracted.text,
  };
}

/** Why each rule around Readability took text out, in a reader's words. */
const EXTRACT_REASONS: Record<ExtractRule, string> = {
  furniture: 'navigation, menu or side panel of the page',
  'named-furniture': 'author box, share bar, newsletter sign-up or related links, as the page names them',
  captions: 'picture caption or credit',
  'article-header': 'the article’s header on the page (kicker, byline, date), read from the page’s metadata instead',
  'link-blocks': 'a block of links beside the article (related stories, tags)',
};

/**
 * What the extractor's rules took out, as removed lines: everything taken from the found article,
 * and what was taken from around it but for the page's own navigation, menus and side panels
 * (a saved page's menus would bury the list; the README says they are not listed).
 */
function listExtractorRemovals(extracted: ExtractedContent, page: string): RemovedLine[] {
  const lines = lineFinder(page);
  const caption = firstCaption(extracted);
  return extracted.removed
    .filter(({ rule, stage }) => stage === 'body' || rule !== 'furniture')
    .map(({ rule, text }) => {
      const flat = text.replace(/\s+/g, ' ').trim();
      const toPhoto = rule === 'captions' && flat === caption;
      return {
        line: lines(text.slice(0, 80)),
        text: flat,
        action: toPhoto ? ('frontmatter' as const) : ('furniture' as const),
        reason: toPhoto ? 'photo caption → the article’s photo caption' : EXTRACT_REASONS[rule],
      };
    });
}

/** The first picture caption the extractor took out, if any. */
function firstCaption(extracted: ExtractedContent): string | null {
  const found = extracted.removed.find(({ rule }) => rule === 'captions');
  return found ? found.text.replace(/\s+/g, ' ').trim() : null;
}

/**
 * A byline the extractor took out with the article's header or the page's author box ("By …"), for
 * the authors' note to quote when Readability found none: never taken as a name.
 */
function removedByline(extracted: ExtractedContent): string | null {
  const found = extracted.removed.find(
    ({ rule, text }) => (rule === 'article-header' || rule === 'named-furniture') && /^\s*by\s/i.test(text),
  );
  return found ? found.text.replace(/\s+/g, ' ').trim() : null;
}
