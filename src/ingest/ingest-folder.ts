/**
 * Ingest a whole set of seeds: check them together (sources.yaml, slugs), and return the files
 * to write. Pure: bytes in, strings out; all problems are collected and thrown together.
 */
import { createHash } from 'node:crypto';
import type { Publisher, Tendency } from '../schemas/catalog.ts';
import type { Sources } from '../schemas/sources.ts';
import { decodeSeed } from './decode.ts';
import { decodeYaml } from './decode-yaml.ts';
import { IngestError, IngestErrors } from './errors.ts';
import { decodeHtml } from './html/decode-html.ts';
import { ingestPage } from './html/ingest-page.ts';
import { loadSources } from './load-sources.ts';
import { ingestSeed, type IngestedArticle } from './pipeline.ts';
import { listRemovalWarnings } from './removal-warning.ts';
import type { RemovedLine } from './types.ts';

/** Per-seed entry of content/ingest-report.json. */
export interface ReportEntry {
  seed: string;
  sha256: string;
  slug: string;
  /** Lines in the seed (after newline normalisation). */
  lines: number;
  removed: RemovedLine[];
  warnings: string[];
}

/** The result: files relative to the output folder, and the warnings to print. */
export interface FolderResult {
  files: Map<string, string>;
  report: { generator: string; seeds: ReportEntry[] };
  warnings: string[];
}

/**
 * Ingest seeds (name → bytes) with an optional sources.yaml.
 * @throws IngestErrors with every problem found.
 */
export function ingestFolder(input: {
  seeds: { name: string; path: string; bytes: Uint8Array }[];
  /** sources.yaml as bytes (refused unless UTF-8), or as text already read as UTF-8. */
  sources: { path: string; text: string } | { path: string; bytes: Uint8Array } | null;
  publishers: Publisher[];
  tendencies: Tendency[];
}): FolderResult {
  const errors: IngestError[] = [];
  let sources: Sources = {};
  if (input.sources) {
    try {
      const text = decodeYaml(input.sources.path, 'bytes' in input.sources ? input.sources.bytes : input.sources.text);
      sources = loadSources(input.sources.path, text, {
        seeds: input.seeds.map((s) => s.name),
        publishers: input.publishers,
        tendencies: input.tendencies,
      });
    } catch (error) {
      if (error instanceof IngestErrors) errors.push(...error.errors);
      else if (error instanceof IngestError) errors.push(error);
      else throw error;
    }
  }

  const articles: { seed: (typeof input.seeds)[number]; article: IngestedArticle; lines: number }[] = [];
  for (const seed of input.seeds) {
    try {
      const sha256 = createHash('sha256').update(seed.bytes).digest('hex');
      const common = { file: seed.name, sha256, source: sources[seed.name], publishers: input.publishers };
      if (/\.html?$/.test(seed.name)) {
        const { html } = decodeHtml(seed.path, seed.bytes);
        const { text, ...article } = ingestPage({ ...common, shown: seed.path, html });
        article.warnings.push(...listRemovalWarnings(seed.name, text, article.removed));
        articles.push({ seed, article, lines: html.replace(/\n$/, '').split('\n').length });
        continue;
      }
      const text = decodeSeed(seed.path, seed.bytes);
      const article = ingestSeed({ ...common, text });
      article.warnings.push(...listRemovalWarnings(seed.name, text, article.removed));
      articles.push({ seed, article, lines: text.replace(/\n$/, '').split('\n').length });
    } catch (error) {
      if (error instanceof IngestError) errors.push(error);
      else throw error;
    }
  }

  const bySlug = new Map<string, string>();
  for (const { seed, article } of articles) {
    const other = bySlug.get(article.slug);
    if (other) {
      errors.push(
        new IngestError(
          seed.path,
          article.removed.find((r) => r.reason.startsWith('title'))?.line ?? null,
          `gives the same slug "${article.slug}" as ${other}`,
          'if they are two articles, give one of them a title in sources.yaml (it takes the place of the printed title, which stays in the title note); if they are one article, remove the duplicate',
        ),
      );
    } else bySlug.set(article.slug, seed.path);
  }
  if (errors.length > 0) throw new IngestErrors(errors);

  const files = new Map<string, string>();
  const entries: ReportEntry[] = [];
  for (const { seed, article, lines } of articles) {
    files.set(`articles/${article.slug}.md`, article.markdown);
    entries.push({
      seed: seed.name,
      sha256: article.data.seed.sha256,
      slug: article.slug,
      lines,
      removed: article.removed,
      warnings: article.warnings,
    });
  }
  const report = { generator: 'npm run ingest (src/ingest/)', seeds: entries };
  files.set('ingest-report.json', `${JSON.stringify(report, null, 2)}\n`);
  return { files, report, warnings: entries.flatMap((e) => e.warnings) };
}
