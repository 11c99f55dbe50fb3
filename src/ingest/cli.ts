/**
 * `npm run ingest [-- --seeds DIR --out DIR --catalog DIR]`
 *
 * Reads every `*.txt` in the seeds folder (and its `sources.yaml`), writes
 * `OUT/articles/<slug>.md` and `OUT/ingest-report.json`. On any problem it prints each one with
 * file, line and fix, exits 1, and leaves OUT exactly as it was.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PublisherListSchema, TendencyListSchema } from '../schemas/catalog.ts';
import { IngestError, IngestErrors } from './errors.ts';
import { ingestFolder } from './ingest-folder.ts';
import { loadYamlList } from './load-catalog.ts';
import { writeAtomically } from './write-atomically.ts';

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Run the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'content' },
      catalog: { type: 'string', default: 'content' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const seedsDir = values.seeds;
  const shown = (p: string): string => relative(process.cwd(), p) || p;
  try {
    let names: string[];
    try {
      names = (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).sort();
    } catch {
      throw new IngestError(
        seedsDir,
        null,
        'the seeds folder cannot be read',
        'pass an existing folder with --seeds DIR',
      );
    }
    if (names.length === 0)
      throw new IngestError(
        seedsDir,
        null,
        'no .txt files in the seeds folder',
        'add saved articles as UTF-8 .txt files',
      );

    const catalogFile = (name: string): string => join(values.catalog, name);
    const publishersText = await readOptional(catalogFile('publishers.yaml'));
    const tendenciesText = await readOptional(catalogFile('tendencies.yaml'));
    const publishers =
      publishersText === null
        ? []
        : loadYamlList(shown(catalogFile('publishers.yaml')), publishersText, PublisherListSchema);
    const tendencies =
      tendenciesText === null
        ? []
        : loadYamlList(shown(catalogFile('tendencies.yaml')), tendenciesText, TendencyListSchema);

    const sourcesPath = join(seedsDir, 'sources.yaml');
    const sourcesText = await readOptional(sourcesPath);
    const seeds = await Promise.all(
      names.map(async (name) => ({
        name,
        path: shown(join(seedsDir, name)),
        bytes: new Uint8Array(await readFile(join(seedsDir, name))),
      })),
    );
    const result = ingestFolder({
      seeds,
      sources: sourcesText === null ? null : { path: shown(sourcesPath), text: sourcesText },
      publishers,
      tendencies,
    });
    if (sourcesText === null)
      console.warn(`warning: ${shown(sourcesPath)} not found; every seed's publisher, current and URL are unknown`);
    for (const warning of result.warnings) console.warn(`warning: ${warning}`);
    await writeAtomically(values.out, result.files);
    if (!values.quiet) {
      const removed = result.report.seeds.reduce((n, s) => n + s.removed.length, 0);
      console.log(
        `ingested ${result.report.seeds.length} articles into ${shown(values.out)}/articles (${removed} lines moved to frontmatter or dropped as furniture; see ingest-report.json)`,
      );
    }
    return 0;
  } catch (error) {
    const errors = error instanceof IngestErrors ? error.errors : error instanceof IngestError ? [error] : null;
    if (!errors) throw error;
    for (const e of errors) console.error(`error: ${e.message}`);
    console.error(`ingest failed with ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was written`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
