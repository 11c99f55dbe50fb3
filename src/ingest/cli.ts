/**
 * `npm run ingest [-- --seeds DIR --out DIR --catalog DIR --strict --quiet]`
 *
 * Reads every `*.txt`, `*.html` and `*.htm` in the seeds folder (and its `sources.yaml`), writes
 * `OUT/articles/<slug>.md`, `OUT/ingest-report.json` and `OUT/ingest-manifest.json`. On any problem
 * it prints each one with file, line and fix, exits 1, and leaves OUT exactly as it was.
 */
import { lstat, mkdir, realpath, rmdir } from 'node:fs/promises';
import { dirname, join, parse, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PublisherListSchema, TendencyListSchema } from '../schemas/catalog.ts';
import { describeFsError, IngestError, IngestErrors } from './errors.ts';
import { ingestFolder } from './ingest-folder.ts';
import { loadYamlList } from './load-catalog.ts';
import { acquireLock } from './lock.ts';
import { readSeeds, readYamlFile } from './read-inputs.ts';
import { recoverInterruptedWrite, writeAtomically } from './write-atomically.ts';

const USAGE = `usage: npm run ingest -- [--seeds DIR] [--out DIR] [--catalog DIR] [--strict] [--quiet]
  --seeds DIR    saved articles (*.txt, *.html, *.htm) and their sources.yaml (default: seeds)
  --out DIR      where articles/, ingest-report.json and ingest-manifest.json go (default: content)
  --catalog DIR  where publishers.yaml and tendencies.yaml are (default: content)
  --strict       refuse the input when there is any warning (exit 1, nothing written)
  --quiet        print nothing but warnings and errors`;

const OPTIONS = {
  seeds: { type: 'string', default: 'seeds' },
  out: { type: 'string', default: 'content' },
  catalog: { type: 'string', default: 'content' },
  strict: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

const EXIT_CODE_BY_SIGNAL: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/** The same folder, whatever the spelling: the real path where it exists, else the absolute one. */
async function canonical(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/**
 * Refuse an --out ingest must never write into, and make it if it does not exist yet.
 * Resolves with the first folder made (to remove if the run fails), or undefined.
 */
async function prepareOut(out: string, seeds: string, shown: string): Promise<string | undefined> {
  const where = await canonical(out);
  if (where === parse(where).root) {
    throw new IngestError(shown, null, 'is the filesystem root', 'pass a folder of its own with --out DIR');
  }
  if (where === (await canonical(seeds))) {
    throw new IngestError(
      shown,
      null,
      'is the seeds folder itself; ingest keeps its output apart from its input',
      'pass another folder with --out DIR (the default is content)',
    );
  }
  try {
    const stat = await lstat(out);
    if (stat.isDirectory()) return undefined;
    if (!stat.isSymbolicLink() || !(await lstat(where)).isDirectory()) {
      throw new IngestError(shown, null, 'is not a folder', 'pass a folder (or a path to make one) with --out DIR');
    }
    return undefined;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new IngestError(
        shown,
        null,
        `cannot be made or written: ${describeFsError(error)}`,
        'pass a folder you can write with --out DIR',
      );
    }
  }
  try {
    return await mkdir(out, { recursive: true });
  } catch (error) {
    throw new IngestError(
      shown,
      null,
      `cannot be made or written: ${describeFsError(error)}`,
      'pass a folder you can write with --out DIR',
    );
  }
}

/** Remove the folders this run made, from `out` up to `first`, if they are still empty. */
async function removeMade(out: string, first: string | undefined): Promise<void> {
  if (!first) return;
  for (let dir = resolve(out); dir.startsWith(resolve(first)); dir = dirname(dir)) {
    const removed = await rmdir(dir).then(
      () => true,
      () => false,
    );
    if (!removed) return;
  }
}

/**
 * Everything ingest reads, as {@link ingestFolder} takes it.
 * @throws IngestError / IngestErrors for a file that is not a readable regular file or valid YAML.
 */
async function readInputs(
  seedsDir: string,
  catalogDir: string,
  shown: (path: string) => string,
): Promise<Parameters<typeof ingestFolder>[0]> {
  const seeds = await readSeeds(seedsDir, shown);
  const readText = async (name: string) => {
    const path = join(catalogDir, name);
    return { file: shown(path), text: await readYamlFile(path, shown(path)) };
  };
  const publishersFile = await readText('publishers.yaml');
  const tendenciesFile = await readText('tendencies.yaml');
  const publishers =
    publishersFile.text === null ? [] : loadYamlList(publishersFile.file, publishersFile.text, PublisherListSchema);
  const tendencies =
    tendenciesFile.text === null ? [] : loadYamlList(tendenciesFile.file, tendenciesFile.text, TendencyListSchema);
  const sourcesPath = join(seedsDir, 'sources.yaml');
  const sourcesText = await readYamlFile(sourcesPath, shown(sourcesPath));
  return {
    seeds,
    sources: sourcesText === null ? null : { path: shown(sourcesPath), text: sourcesText },
    publishers,
    tendencies,
  };
}

/** Run the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n  fix: use the options below\n${USAGE}`);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // Paths in messages: relative to where ingest was run, unless that climbs out of it.
  const shown = (p: string): string => {
    const rel = relative(process.cwd(), p);
    return rel === '' ? p : rel.startsWith('..') ? resolve(p) : rel;
  };
  const out = values.out;
  const seedsDir = values.seeds;
  const notes: string[] = [];
  const note = (message: string) => notes.push(message);

  // SIGINT / SIGTERM: stop at the next safe point and leave OUT as it was, instead of dying mid-swap.
  const controller = new AbortController();
  let signalName = '';
  const onSignal = (name: string) => {
    signalName = name;
    controller.abort();
  };
  for (const name of Object.keys(EXIT_CODE_BY_SIGNAL)) process.on(name, onSignal);
  const stopIfInterrupted = () => {
    if (controller.signal.aborted) {
      throw new IngestError(shown(out), null, `interrupted (${signalName}); nothing was changed`, 'run again');
    }
  };

  let made: string | undefined;
  let release: (() => Promise<void>) | undefined;
  try {
    made = await prepareOut(out, seedsDir, shown(out));
    release = await acquireLock(out, shown(out), note);
    const recovered = await recoverInterruptedWrite(out).catch((error: unknown) => {
      throw new IngestError(
        shown(out),
        null,
        `an interrupted earlier run cannot be undone: ${describeFsError(error)}`,
        'make the folder writable and run again',
      );
    });
    if (recovered) note(`${shown(out)}: ${recovered}`);

    const input = await readInputs(seedsDir, values.catalog, shown);
    stopIfInterrupted();
    const result = ingestFolder(input);
    const warnings = [
      ...(input.sources === null
        ? [`${shown(join(seedsDir, 'sources.yaml'))} not found; every seed's publisher, current and URL are unknown`]
        : []),
      ...result.warnings,
    ];
    for (const message of notes.splice(0)) console.warn(`note: ${message}`);
    if (values.strict && warnings.length > 0) {
      for (const warning of warnings) {
        console.error(`error: ${warning}\n  fix: settle what the warning says, or run without --strict to accept it`);
      }
      console.error(
        `ingest refused ${warnings.length} warning${warnings.length === 1 ? '' : 's'} under --strict; nothing was written`,
      );
      await release();
      release = undefined;
      await removeMade(out, made).catch(() => {});
      return 1;
    }
    for (const warning of warnings) console.warn(`warning: ${warning}`);
    stopIfInterrupted();
    await writeAtomically(out, result.files, { shown: shown(out), signal: controller.signal });
    if (!values.quiet) {
      const removed = result.report.seeds.reduce((n, s) => n + s.removed.length, 0);
      console.log(
        `ingested ${result.report.seeds.length} article${result.report.seeds.length === 1 ? '' : 's'} into ${shown(join(out, 'articles'))} (${removed} lines moved to frontmatter or dropped as furniture; see ingest-report.json)${warnings.length > 0 ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}`,
      );
    }
    return 0;
  } catch (error) {
    for (const message of notes.splice(0)) console.warn(`note: ${message}`);
    const errors = error instanceof IngestErrors ? error.errors : error instanceof IngestError ? [error] : null;
    if (errors) for (const e of errors) console.error(`error: ${e.message}`);
    else {
      // A bug, not bad input: still a message, with the trace for the report.
      console.error(
        `error: ingest stopped on an unexpected problem: ${(error as Error).message ?? String(error)}\n  fix: this is a bug in ingest; report it with the command you ran and this output\n${(error as Error).stack ?? ''}`,
      );
    }
    const count = errors?.length ?? 1;
    console.error(`ingest failed with ${count} problem${count === 1 ? '' : 's'}; nothing was written`);
    if (release) {
      await release().catch(() => {});
      release = undefined;
    }
    await removeMade(out, made).catch(() => {});
    return signalName ? (EXIT_CODE_BY_SIGNAL[signalName] ?? 1) : 1;
  } finally {
    if (release) await release().catch(() => {});
    for (const name of Object.keys(EXIT_CODE_BY_SIGNAL)) process.off(name, onSignal);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
