/**
 * One writer or reader at a time per content folder: an exclusive lock file naming the process
 * that holds it, an ingest (writing it) or a build (reading it, src/integrations/content-lock.ts).
 * A lock whose process has died (killed, or the machine stopped) is stale and taken over.
 *
 * The lock is written in full to a private file and then hard-linked into place, so it appears
 * whole or not at all (link fails if the name exists): nobody ever reads a half-written lock.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError, IngestError } from './errors.ts';

/** The lock's name in the output folder (`content/.ingest-*` is ignored by git). */
export const LOCK_FILE = '.ingest-lock';

/** Who holds a lock: an ingest writes the folder, a build reads it. */
export type LockHolder = 'ingest' | 'build';

interface LockInfo {
  pid: number;
  host?: string;
  started?: string;
  what?: LockHolder;
}

/** Is process `pid` alive on this machine? (EPERM: alive, but not ours to signal.) */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseLock(text: string): LockInfo | null {
  try {
    const info = JSON.parse(text) as Partial<LockInfo>;
    return typeof info.pid === 'number' && Number.isInteger(info.pid) && info.pid > 0 ? (info as LockInfo) : null;
  } catch {
    return null;
  }
}

const unique = (): string => `${process.pid}.${randomBytes(4).toString('hex')}`;
/** Drafts and moved-aside locks, named by {@link unique}: `.ingest-lock.<pid>.<hex>`, `.ingest-lock.stale.<pid>.<hex>`. */
const LEFTOVER = /^\.ingest-lock\.(?:stale\.)?(\d+)\.[0-9a-f]{8}$/;

/** Delete the drafts of runs killed while taking the lock (their pid is gone). */
async function removeLeftovers(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(LEFTOVER.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) await unlink(join(dir, name)).catch(() => {});
  }
}

/**
 * Take the lock of `dir` (shown in messages as `shown`); resolves with the function that releases it.
 * `note` receives what a person should know (a stale lock taken over).
 * @throws IngestError when another live ingest holds it, or the lock cannot be written.
 */
export async function acquireLock(
  dir: string,
  shown: string,
  note: (message: string) => void = () => {},
  what: LockHolder = 'ingest',
): Promise<() => Promise<void>> {
  const lockPath = join(dir, LOCK_FILE);
  const shownLock = join(shown, LOCK_FILE);
  const mine = `${JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString(), what })}\n`;
  const draft = join(dir, `${LOCK_FILE}.${unique()}`);
  const cannot = (error: unknown) =>
    new IngestError(
      shown,
      null,
      `cannot write the lock file ${LOCK_FILE}: ${describeFsError(error)}`,
      'make the output folder writable, or choose another with --out DIR',
    );
  try {
    await writeFile(draft, mine, { flag: 'wx' });
  } catch (error) {
    throw cannot(error);
  }
  try {
    // A few attempts: a lock can be released, or a stale one taken over, between two steps.
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(draft, lockPath);
        await removeLeftovers(dir);
        return async () => {
          // Remove the lock only while it is still ours.
          if ((await readFile(lockPath, 'utf8').catch(() => '')) === mine) await unlink(lockPath).catch(() => {});
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw cannot(error);
      }
      const text = await readFile(lockPath, 'utf8').catch(() => null);
      if (text === null) continue; // released meanwhile: try again
      const holder = parseLock(text);
      const running = (info: LockInfo | null) =>
        new IngestError(
          shownLock,
          null,
          info
            ? `another ${info.what ?? 'ingest'} is running (pid ${info.pid})${info.host && info.host !== hostname() ? ` on ${info.host}` : ''}${info.started ? `, started ${info.started},` : ''} and ${info.what === 'build' ? 'reading' : 'writing'} this folder`
            : 'a lock file that cannot be read holds this folder',
          `wait for it to finish; if no ingest or build is running, delete ${shownLock}`,
        );
      if (!holder || (holder.host !== undefined && holder.host !== hostname()) || isAlive(holder.pid)) {
        throw running(holder);
      }
      // Stale: move it aside under a unique name, and check that what was moved is the lock
      // judged stale, not one a concurrent run has just taken over.
      const aside = join(dir, `${LOCK_FILE}.stale.${unique()}`);
      try {
        await rename(lockPath, aside);
      } catch {
        continue; // another run moved it first
      }
      const moved = await readFile(aside, 'utf8').catch(() => null);
      if (moved !== text) {
        await link(aside, lockPath).catch(() => {});
        await unlink(aside).catch(() => {});
        throw running(moved === null ? null : parseLock(moved));
      }
      await unlink(aside).catch(() => {});
      note(`took over the lock of ingest pid ${holder.pid}, which is no longer running`);
    }
    throw new IngestError(
      shownLock,
      null,
      'other ingest or build runs are running: the lock kept changing hands between them',
      'wait for the other runs to finish, then run again',
    );
  } finally {
    await unlink(draft).catch(() => {});
  }
}
