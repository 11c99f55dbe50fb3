/**
 * Write ingest's result into the output folder as one change: a reader, a crash or a failure sees
 * the old result or the new one, never a mixture; and only what ingest wrote itself is replaced.
 *
 * Why a journal and not one directory swap: the site reads `content/articles/` and
 * `content/ingest-report.json` by those names, beside hand-written files, so the result is
 * several entries of a shared folder, which no single rename can swap. Instead:
 *
 *  1. everything is written to a staging folder `OUT/.ingest-XXXXXX/new/`;
 *  2. a journal `OUT/.ingest-journal.json` naming the staging folder and the entries is put in
 *     place by rename (it exists whole or not at all);
 *  3. each old entry is renamed into `staging/old/`, each new one into `OUT/`;
 *  4. removing the journal commits the change; the staging folder is then deleted.
 *
 * A failure or interrupt before step 4 rolls back at once; a crash (kill -9, power loss) leaves
 * the journal, and the next run rolls back before it does anything else. Which entry is where can
 * be read from the staging folder alone, so rolling back is idempotent: a crash during it is
 * rolled back again.
 *
 * What ingest wrote is listed in `OUT/ingest-manifest.json`; an entry it would replace that the
 * manifest does not vouch for (a user's notes in `articles/`, a folder made by hand) is refused.
 */
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError, IngestError } from './errors.ts';

/** The manifest's name in the output folder: the files ingest wrote there, and so may replace. */
export const MANIFEST_FILE = 'ingest-manifest.json';

/** The journal of a swap under way; its presence means "not committed". */
export const JOURNAL_FILE = '.ingest-journal.json';

const STAGING_PREFIX = '.ingest-';
/** mkdtemp adds six characters. */
const STAGING_NAME = /^\.ingest-[A-Za-z0-9]{6}$/;

/** The file-system calls the writer makes; tests pass failing ones to inject faults. */
export type WriterFs = Pick<
  typeof nodeFs,
  'lstat' | 'mkdir' | 'mkdtemp' | 'readdir' | 'readFile' | 'rename' | 'rm' | 'writeFile'
>;

/** Options of {@link writeAtomically}. */
export interface WriteOptions {
  /** How the output folder is named in messages (default: as given). */
  shown?: string;
  /** File-system calls (default: node:fs/promises). */
  fs?: WriterFs;
  /** When aborted (SIGINT, SIGTERM), the swap stops and is rolled back. */
  signal?: AbortSignal;
}

interface Journal {
  staging: string;
  entries: string[];
}

/**
 * The manifest of a result: every file it writes, with the manifest itself, as JSON text.
 * @example JSON.parse(manifestText(new Map([['articles/a.md', '']]))).files.length // 2
 */
export function manifestText(files: Map<string, string>): string {
  const manifest = {
    generator: 'npm run ingest (src/ingest/)',
    note: 'Written by ingest: the files it wrote here, which the next run may replace. It refuses to replace anything else.',
    files: [...[...files.keys()].sort(), MANIFEST_FILE],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

async function exists(fs: WriterFs, path: string): Promise<boolean> {
  return fs.lstat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

/** The files the manifest in `outDir` lists, or an empty set when there is none. */
async function readManifest(fs: WriterFs, outDir: string, shown: string): Promise<Set<string>> {
  const path = join(outDir, MANIFEST_FILE);
  const refuse = (problem: string) =>
    new IngestError(
      join(shown, MANIFEST_FILE),
      null,
      problem,
      'restore it from version control, or, if nothing in this folder is worth keeping, delete what ingest writes (articles/, ingest-report.json and this file) and run again',
    );
  let stat;
  try {
    stat = await fs.lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw refuse(`cannot be read: ${describeFsError(error)}`);
  }
  if (!stat.isFile()) throw refuse('is not a regular file, so it is not the manifest ingest writes');
  let files: unknown;
  try {
    files = (JSON.parse(await fs.readFile(path, 'utf8')) as { files?: unknown }).files;
  } catch {
    files = undefined;
  }
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string')) {
    throw refuse('is not a manifest written by ingest (no list of "files")');
  }
  return new Set(files);
}

/**
 * Refuse unless every existing entry the result replaces was written by ingest (the manifest lists it).
 * @throws IngestError naming the first entry that is not ingest's.
 */
async function checkOwnership(
  fs: WriterFs,
  outDir: string,
  shown: string,
  entries: string[],
  folders: Set<string>,
): Promise<void> {
  const owned = await readManifest(fs, outDir, shown);
  const notOurs = (entry: string, why: string) =>
    new IngestError(
      join(shown, entry),
      null,
      `${why}, so it was not written by ingest, which replaces ${entries.join(', ')} whole`,
      `move it out of ${shown} (or choose another --out DIR); if it is the output of an earlier ingest, made before ingest wrote ${MANIFEST_FILE}, delete it and run again`,
    );
  for (const entry of entries) {
    const path = join(outDir, entry);
    let stat;
    try {
      stat = await fs.lstat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new IngestError(join(shown, entry), null, `cannot be read: ${describeFsError(error)}`, 'check permissions');
    }
    if (!folders.has(entry)) {
      if (!stat.isFile()) throw notOurs(entry, 'it is not a regular file');
      // The manifest vouches for itself: readManifest has checked that it is one.
      if (entry !== MANIFEST_FILE && !owned.has(entry)) throw notOurs(entry, `${MANIFEST_FILE} does not list it`);
      continue;
    }
    if (!stat.isDirectory()) throw notOurs(entry, 'it is not a folder');
    const names = (await fs.readdir(path)).sort();
    if (names.length > 0 && owned.size === 0) throw notOurs(entry, `no ${MANIFEST_FILE} lists it`);
    for (const name of names) {
      const inner = `${entry}/${name}`;
      const innerStat = await fs.lstat(join(path, name));
      if (!innerStat.isFile()) throw notOurs(inner, 'it is not a regular file');
      if (!owned.has(inner)) throw notOurs(inner, `${MANIFEST_FILE} does not list it`);
    }
  }
}

/** Put every entry back as it was before the swap recorded in `journal`, then forget the swap. */
async function rollBack(fs: WriterFs, outDir: string, journal: Journal): Promise<void> {
  const staging = join(outDir, journal.staging);
  for (const entry of [...journal.entries].reverse()) {
    const live = join(outDir, entry);
    const fresh = join(staging, 'new', entry);
    const old = join(staging, 'old', entry);
    // No longer in new/: it was moved in, so the live entry is the new one.
    if (!(await exists(fs, fresh)) && (await exists(fs, live))) await fs.rename(live, fresh);
    if (await exists(fs, old)) await fs.rename(old, live);
  }
  await fs.rm(join(outDir, JOURNAL_FILE), { force: true });
  await fs.rm(staging, { recursive: true, force: true });
}

/**
 * Finish what an interrupted run left in `outDir`: roll back a swap its journal records, and
 * delete staging folders of runs that died before swapping. Call it holding the lock.
 * Resolves with what was done, for a note ('' when nothing was).
 */
export async function recoverInterruptedWrite(outDir: string, fs: WriterFs = nodeFs): Promise<string> {
  const done: string[] = [];
  // The journal is put in place by rename, so it is whole; a missing one means no swap under way.
  const journal = await fs
    .readFile(join(outDir, JOURNAL_FILE), 'utf8')
    .then((text) => JSON.parse(text) as Journal)
    .catch(() => null);
  if (journal && STAGING_NAME.test(journal.staging) && Array.isArray(journal.entries)) {
    if (await exists(fs, join(outDir, journal.staging))) {
      await rollBack(fs, outDir, journal);
      done.push(`rolled back the interrupted swap of ${journal.entries.join(', ')}`);
    } else {
      await fs.rm(join(outDir, JOURNAL_FILE), { force: true });
      done.push(`found the journal of an interrupted swap without its staging folder, and removed it`);
    }
  }
  let names: string[] = [];
  try {
    names = await fs.readdir(outDir);
  } catch {
    return done.join('; ');
  }
  for (const name of names.filter((n) => STAGING_NAME.test(n))) {
    if ((await fs.lstat(join(outDir, name))).isDirectory()) {
      await fs.rm(join(outDir, name), { recursive: true, force: true });
      done.push(`deleted the staging folder ${name} of a run that stopped`);
    }
  }
  return done.join('; ');
}

/**
 * Replace `outDir/<top>` for every top-level entry of `files` (e.g. `articles/`, `ingest-report.json`),
 * and the manifest, as one change. Other entries of `outDir` (hand-written data) are left alone.
 * Call it holding the lock of `outDir` ({@link acquireLock}).
 * @throws IngestError when an entry to replace is not ingest's, or the folder cannot be written
 *   (the folder is then as it was).
 */
export async function writeAtomically(
  outDir: string,
  files: Map<string, string>,
  options: WriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const shown = options.shown ?? outDir;
  const all = new Map(files).set(MANIFEST_FILE, manifestText(files));
  const entries = [...new Set([...all.keys()].map((rel) => rel.split('/')[0] as string))].sort();
  const folders = new Set([...all.keys()].filter((rel) => rel.includes('/')).map((rel) => rel.split('/')[0] as string));
  await checkOwnership(fs, outDir, shown, entries, folders);

  const failed = (step: string, error: unknown) =>
    new IngestError(
      shown,
      null,
      `${step} failed: ${describeFsError(error)}${(error as NodeJS.ErrnoException).path ? ` (${(error as NodeJS.ErrnoException).path})` : ''}; nothing was changed`,
      'make the folder and the files ingest writes there writable (not read-only or immutable), free disk space, or choose another --out DIR',
    );
  const interrupted = () =>
    new IngestError(shown, null, 'interrupted before the new result was in place; nothing was changed', 'run again');

  let staging: string;
  try {
    staging = await fs.mkdtemp(join(outDir, STAGING_PREFIX));
  } catch (error) {
    throw failed('making a staging folder', error);
  }
  const journal: Journal = { staging: basename(staging), entries };
  let journalWritten = false;
  try {
    try {
      for (const [rel, content] of all) {
        const path = join(staging, 'new', rel);
        await fs.mkdir(dirname(path), { recursive: true });
        await fs.writeFile(path, content);
      }
      await fs.mkdir(join(staging, 'old'));
      await fs.writeFile(join(staging, 'journal.json'), `${JSON.stringify(journal)}\n`);
    } catch (error) {
      throw failed('writing the new files', error);
    }
    if (options.signal?.aborted) throw interrupted();
    try {
      await fs.rename(join(staging, 'journal.json'), join(outDir, JOURNAL_FILE));
      journalWritten = true;
      for (const entry of entries) {
        if (options.signal?.aborted) throw interrupted();
        if (await exists(fs, join(outDir, entry))) await fs.rename(join(outDir, entry), join(staging, 'old', entry));
      }
      for (const entry of entries) {
        if (options.signal?.aborted) throw interrupted();
        await fs.rename(join(staging, 'new', entry), join(outDir, entry));
      }
      if (options.signal?.aborted) throw interrupted();
      // The commit: from here on the new result stands.
      await fs.rm(join(outDir, JOURNAL_FILE));
      journalWritten = false;
    } catch (error) {
      if (error instanceof IngestError) throw error;
      throw failed('putting the new files in place', error);
    }
  } catch (error) {
    if (journalWritten) {
      try {
        await rollBack(fs, outDir, journal);
      } catch (rollBackError) {
        throw new IngestError(
          shown,
          null,
          `${error instanceof IngestError ? error.problem.replace(/; nothing was changed$/, '') : String(error)}, and undoing it failed too (${describeFsError(rollBackError)}); ${JOURNAL_FILE} records the swap`,
          'fix the cause, then run ingest again: it finishes undoing the swap first',
        );
      }
    }
    throw error;
  } finally {
    if (!journalWritten) await fs.rm(staging, { recursive: true, force: true }).catch(() => {});
  }
}
