/**
 * Ingest one seed: plain text → mdast (through the plugins) → frontmatter + Markdown.
 * Pure: takes text and metadata, returns strings. The CLI does the I/O.
 */
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { Document, isScalar, visit as visitYaml } from 'yaml';
import { listPassages } from '../lib/passages/passages.ts';
import { countWords } from '../lib/passages/text.ts';
import { ArticleSchema, type ArticleData } from '../schemas/article.ts';
import type { Provenance } from '../schemas/basis.ts';
import type { Publisher } from '../schemas/catalog.ts';
import type { SourceEntry } from '../schemas/sources.ts';
import { chooseTitle } from './choose-title.ts';
import { IngestError } from './errors.ts';
import remarkParsePlainText from './parse-plain-text.ts';
import remarkDetectHeadings from './remark-detect-headings.ts';
import remarkDetectQuotes from './remark-detect-quotes.ts';
import remarkExtractCredits from './remark-extract-credits.ts';
import remarkExtractHeader from './remark-extract-header.ts';
import remarkStripFurniture from './remark-strip-furniture.ts';
import { createTextMeta, type RemovedLine, type TextMeta } from './types.ts';

/** Longest slug, cut at a word boundary, so that URLs stay readable. */
const MAX_SLUG = 64;

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
 * A URL slug from a title.
 * @example slugFromTitle('Peru: Long live the rebellion!') // 'peru-long-live-the-rebellion'
 */
export function slugFromTitle(title: string): string {
  const full = new GithubSlugger().slug(title.replace(/[[\]]/g, '')).replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (full.length <= MAX_SLUG) return full || 'untitled';
  const cut = full.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG);
}

const unknown = (note: string): Provenance => ({ basis: 'unknown', note });
const lines = (items: { line: number }[]): string =>
  [...new Set(items.map((i) => i.line))].map((l) => `line ${l}`).join(', ');

/** Serialise frontmatter and body to Markdown with remark-stringify (it does the escaping). */
export function toMarkdown(data: ArticleData, body: RootContent[]): string {
  // Quote date-like strings: YAML 1.1 readers (Astro's among them) would otherwise make them Dates.
  const doc = new Document(data);
  visitYaml(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = doc.toString({ lineWidth: 0 }).trimEnd();
  const root: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...body] };
  return unified()
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' })
    .stringify(root);
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
  const warnings: string[] = [];
  if (!source)
    warnings.push(`${file}: no entry in sources.yaml; publisher, current, URL and date beyond the text are unknown`);

  const { title, titleBasis, provenance: titleProvenance, ...chosen } = chooseTitle(file, meta.title, source?.title);
  warnings.push(...chosen.warnings);

  const authors =
    meta.authors.length > 0
      ? meta.authors.map((a) => ({ name: a.name }))
      : (source?.authors?.value ?? []).map((name) => ({ name }));
  const authorsProvenance: Provenance =
    meta.authors.length > 0
      ? { basis: 'in-text', note: `Byline at seed ${lines(meta.authors)}.` }
      : source?.authors
        ? { basis: source.authors.basis, note: source.authors.note }
        : unknown(`The text prints no byline${meta.notes.length > 0 ? `; it says: “${meta.notes[0]}”` : ''}.`);

  const publisher = source?.publisher?.value ?? null;
  const publisherEntry = publishers.find((p) => p.id === publisher);
  const tendency = source?.tendency?.value ?? publisherEntry?.tendency ?? null;
  const tendencyProvenance: Provenance = source?.tendency
    ? { basis: source.tendency.basis, note: source.tendency.note }
    : publisherEntry && source?.publisher
      ? { basis: source.publisher.basis, note: `The publisher ${publisherEntry.name} belongs to this current.` }
      : unknown('Not known from the text, and sources.yaml gives none.');

  // Dates: sources.yaml (a correction or an estimate) wins over a printed date, which is kept.
  const printed = meta.datesPrinted;
  const printedIsos = [...new Set(printed.map((d) => d.iso))];
  if (printedIsos.length > 1)
    warnings.push(`${file}: prints different dates (${printedIsos.join(', ')}); the first is used`);
  const datePrinted = printed.length > 0 ? [...new Set(printed.map((d) => d.text))].join(' / ') : null;
  const datePrintedIso = printedIsos[0] ?? null;
  let date: string | null = null;
  let dateRange: ArticleData['dateRange'] = null;
  let dateBasis: ArticleData['dateBasis'] = 'unknown';
  let dateNote = 'No date is printed, and sources.yaml gives none.';
  if (source?.date) {
    const [from, to] = source.date.value.split('/') as [string, string | undefined];
    date = from;
    dateRange = to ? { from, to } : null;
    dateBasis = source.date.basis;
    dateNote = source.date.note;
  } else if (datePrintedIso) {
    date = datePrintedIso;
    dateBasis = 'in-text';
    dateNote = `Printed at seed ${lines(printed)}.`;
  } else {
    warnings.push(`${file}: no date in the text or in sources.yaml`);
  }

  const passages = listPassages(tree);
  const wordCount = countWords(tree.children.map((n) => toString(n)).join(' '));
  const data: ArticleData = {
    title,
    titleBasis,
    kicker: meta.kicker,
    dek: meta.dek,
    authors,
    translators: meta.translators.map((t) => ({ name: t.name })),
    publisher,
    tendency,
    date,
    dateRange,
    dateBasis,
    datePrinted,
    datePrintedIso,
    dateNote,
    original: meta.original,
    sourceUrl: source?.sourceUrl?.value ?? null,
    photo: meta.photo,
    notes: meta.notes,
    related: meta.related,
    provenance: {
      title: titleProvenance,
      authors: authorsProvenance,
      translators:
        meta.translators.length > 0
          ? { basis: 'in-text', note: `Translator credit at seed ${lines(meta.translators)}.` }
          : unknown('The text names no translator.'),
      publisher: source?.publisher
        ? { basis: source.publisher.basis, note: source.publisher.note }
        : unknown('Not known from the text, and sources.yaml gives none.'),
      tendency: tendencyProvenance,
      sourceUrl: source?.sourceUrl
        ? { basis: source.sourceUrl.basis, note: source.sourceUrl.note }
        : unknown('No public URL is recorded in sources.yaml.'),
    },
    seed: { file, sha256 },
    wordCount,
    passageCount: passages.length,
  };

  const valid = ArticleSchema.safeParse(data);
  if (!valid.success) {
    const issue = valid.error.issues[0];
    throw new IngestError(
      file,
      null,
      `generated frontmatter is invalid at ${issue?.path.join('.')}: ${issue?.message}`,
      'check the seed and its sources.yaml entry',
    );
  }
  if (passages.length === 0) {
    throw new IngestError(
      file,
      null,
      'no body text is left once title, credits and site furniture are taken out',
      'check that the file holds the article itself, not only a page header or list',
    );
  }

  return {
    slug: slugFromTitle(title),
    data: valid.data,
    markdown: toMarkdown(valid.data, tree.children),
    removed,
    warnings,
  };
}
