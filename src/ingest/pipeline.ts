/**
 * Ingest one seed: plain text → mdast (through the plugins) → frontmatter + Markdown.
 * Pure: takes text and metadata, returns strings. The CLI does the I/O.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { listPassages } from '../lib/passages/passages.ts';
import { countWords } from '../lib/passages/text.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Publisher } from '../schemas/catalog.ts';
import type { SourceEntry } from '../schemas/sources.ts';
import remarkParsePlainText from './parse-plain-text.ts';
import remarkDetectHeadings from './remark-detect-headings.ts';
import remarkDetectQuotes from './remark-detect-quotes.ts';
import remarkExtractCredits from './remark-extract-credits.ts';
import remarkExtractHeader from './remark-extract-header.ts';
import remarkStripFurniture from './remark-strip-furniture.ts';
import { resolveAuthors, resolveTranslators } from './resolve-authors.ts';
import { resolveCatalog } from './resolve-catalog.ts';
import { resolveDate } from './resolve-date.ts';
import { resolveTitle } from './resolve-title.ts';
import { slugFromTitle } from './slug-from-title.ts';
import { toMarkdown } from './to-markdown.ts';
import { collectProvenance } from './collect-provenance.ts';
import { createTextMeta, type RemovedLine, type TextMeta } from './types.ts';
import { validateArticle } from './validate-article.ts';

/** The article body and what the text says about it. */
export interface ParsedSeed {
  tree: Root;
  meta: TextMeta;
  removed: RemovedLine[];
}

/** What one seed becomes. */
export interface IngestedArticle {
  slug: string;
  data: ArticleData;
  markdown: string;
  removed: RemovedLine[];
  warnings: string[];
}

const processor = unified()
  .use(remarkParsePlainText)
  .use(remarkStripFurniture)
  .use(remarkExtractCredits)
  .use(remarkExtractHeader)
  .use(remarkDetectHeadings)
  .use(remarkDetectQuotes);

/**
 * Run the plain-text plugins on a seed's (decoded) text.
 * @example parseSeed('Title\n\nBody.', 'a.txt').meta.title?.text // 'Title'
 */
export function parseSeed(text: string, path: string): ParsedSeed {
  const file = new VFile({ path, value: text });
  file.data.removed = [];
  file.data.meta = createTextMeta();
  const tree = processor.runSync(processor.parse(file), file);
  const removed = [...file.data.removed].sort((a, b) => a.line - b.line);
  return { tree, meta: file.data.meta, removed };
}

/**
 * Ingest one seed into frontmatter and Markdown.
 * @throws IngestError when the result does not satisfy the article schema.
 */
export function ingestSeed(input: {
  file: string;
  text: string;
  sha256: string;
  source: SourceEntry | undefined;
  publishers: Publisher[];
}): IngestedArticle {
  const { file, text, sha256, source, publishers } = input;
  const { tree, meta, removed } = parseSeed(text, file);
  const title = resolveTitle(file, meta, source);
  const authors = resolveAuthors(meta, source);
  const translators = resolveTranslators(meta);
  const catalog = resolveCatalog(source, publishers);
  const dates = resolveDate(file, meta, source);
  const passages = listPassages(tree);

  // Key order is the order of the written frontmatter.
  const data: ArticleData = {
    title: title.title,
    titleBasis: title.titleBasis,
    kicker: meta.kicker,
    dek: meta.dek,
    authors: authors.people,
    translators: translators.people,
    publisher: catalog.publisher,
    tendency: catalog.tendency,
    ...dates.fields,
    original: meta.original,
    sourceUrl: catalog.sourceUrl,
    photo: meta.photo,
    notes: meta.notes,
    related: meta.related,
    provenance: collectProvenance({ title, authors, translators, catalog }),
    seed: { file, sha256 },
    wordCount: countWords(tree.children.map((n) => toString(n)).join(' ')),
    passageCount: passages.length,
  };
  const valid = validateArticle(file, data, passages.length);

  const noSource = source
    ? []
    : [`${file}: no entry in sources.yaml; publisher, current, URL and date beyond the text are unknown`];
  return {
    slug: slugFromTitle(title.title),
    data: valid,
    markdown: toMarkdown(valid, tree.children),
    removed,
    warnings: [...noSource, ...title.warnings, ...dates.warnings],
  };
}
