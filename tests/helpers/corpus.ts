/** Load the committed content/ and run the real ingest in memory, for comparison. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ingestFolder, type FolderResult } from '../../src/ingest/ingest-folder.ts';
import { loadYamlList } from '../../src/ingest/load-catalog.ts';
import { ArticleSchema, type ArticleData } from '../../src/schemas/article.ts';
import { PublisherListSchema, TendencyListSchema } from '../../src/schemas/catalog.ts';
import { CONTENT, listSeeds, SEEDS } from './project.ts';

export interface CommittedArticle {
  slug: string;
  data: ArticleData;
  body: string;
  raw: string;
}

/** Split a generated Markdown file into frontmatter data and body. */
export function splitMarkdown(raw: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!match) throw new Error('no frontmatter');
  return { data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
}

/** The committed articles, validated with the shared schema. */
export function loadCommitted(): CommittedArticle[] {
  const dir = join(CONTENT, 'articles');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8');
      const { data, body } = splitMarkdown(raw);
      return { slug: name.replace(/\.md$/, ''), data: ArticleSchema.parse(data), body, raw };
    });
}

/** The committed ingest report. */
export function loadReport(): FolderResult['report'] {
  return JSON.parse(readFileSync(join(CONTENT, 'ingest-report.json'), 'utf8')) as FolderResult['report'];
}

/** Run the real ingest on seeds/ in memory (nothing is written). */
export function ingestInMemory(): FolderResult {
  return ingestFolder({
    seeds: listSeeds().map((name) => ({
      name,
      path: `seeds/${name}`,
      bytes: new Uint8Array(readFileSync(join(SEEDS, name))),
    })),
    sources: { path: 'seeds/sources.yaml', text: readFileSync(join(SEEDS, 'sources.yaml'), 'utf8') },
    publishers: loadYamlList(
      'content/publishers.yaml',
      readFileSync(join(CONTENT, 'publishers.yaml'), 'utf8'),
      PublisherListSchema,
    ),
    tendencies: loadYamlList(
      'content/tendencies.yaml',
      readFileSync(join(CONTENT, 'tendencies.yaml'), 'utf8'),
      TendencyListSchema,
    ),
  });
}
