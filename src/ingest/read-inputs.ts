/**
 * Read ingest's input files safely: regular files only, never through a symbolic link, and the
 * size checked before a byte is read.
 *
 * Symbolic links are refused, all of them, not only those leading out of the seeds folder: a seed
 * is a saved copy committed byte for byte, and git commits a link, not its target, so content/
 * could not be rebuilt from the repository; a link inside the folder would only duplicate a seed.
 * The check is race-free: the file is opened with O_NOFOLLOW (a link swapped in after the lstat
 * fails to open) and O_NONBLOCK (a FIFO opens at once instead of waiting for a writer), and the
 * open file itself is checked with fstat.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_SEED_BYTES, tooLargeError } from './decode.ts';
import { describeFsError, IngestError, IngestErrors } from './errors.ts';

/**
 * Largest YAML file read (sources.yaml, the catalogue): far above any hand-written list, it only
 * bounds the memory a wrong file can take.
 */
export const MAX_YAML_BYTES = 16 * 1024 * 1024;

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** A seed read from disk, as {@link ingestFolder} takes it. */
export interface SeedFile {
  name: string;
  path: string;
  bytes: Uint8Array;
}

function notRegular(shown: string, kind: string): IngestError {
  return new IngestError(
    shown,
    null,
    `is ${kind}, not a regular file`,
    'replace it with the saved file itself, or move it out of the folder',
  );
}

/**
 * The bytes of the regular file at `path` (shown in messages as `shown`), or null if there is none.
 * `tooLarge` builds the refusal of a file over `maxBytes`.
 * @throws IngestError for a link, a folder, a FIFO or device, an unreadable or oversized file.
 */
export async function readRegularFile(
  path: string,
  shown: string,
  maxBytes: number,
  tooLarge: (shown: string, size: number) => IngestError,
): Promise<Uint8Array | null> {
  let stat;
  try {
    stat = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new IngestError(
      shown,
      null,
      `cannot be read: ${describeFsError(error)}`,
      'check the path and its permissions',
    );
  }
  if (stat.isSymbolicLink()) {
    const target = await readlink(path).catch(() => '?');
    throw new IngestError(
      shown,
      null,
      `is a symbolic link (to ${target}); ingest reads only regular files, since git keeps a link but not what it points to`,
      `copy the file in place of the link: cp --remove-destination "$(readlink -f '${shown}')" '${shown}'`,
    );
  }
  if (stat.isDirectory()) throw notRegular(shown, 'a folder');
  if (!stat.isFile()) throw notRegular(shown, 'a FIFO, socket or device');
  if (stat.size > maxBytes) throw tooLarge(shown, stat.size);

  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    // ELOOP: a link was swapped in after the lstat above.
    throw new IngestError(shown, null, `cannot be read: ${describeFsError(error)}`, 'check the file and run again');
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== stat.ino || opened.dev !== stat.dev) {
      throw new IngestError(shown, null, 'changed while it was being read', 'run again once nothing else writes it');
    }
    // Read one byte past the limit, so that a file grown since the stat is still refused.
    const buffer = new Uint8Array(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(shown, length);
      if (length === buffer.length) throw new IngestError(shown, null, 'grew while it was being read', 'run again');
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(shown, null, `cannot be read: ${describeFsError(error)}`, 'check the file and run again');
  } finally {
    await handle.close();
  }
}

/**
 * Read a YAML file as text, or null if there is none.
 * @throws IngestError as {@link readRegularFile}.
 */
export async function readYamlFile(path: string, shown: string): Promise<string | null> {
  const bytes = await readRegularFile(path, shown, MAX_YAML_BYTES, (file, size) => {
    return new IngestError(
      file,
      null,
      `is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_YAML_BYTES / 1024 / 1024} MiB limit for a YAML file`,
      'check that this is the right file',
    );
  });
  return bytes === null ? null : new TextDecoder('utf-8').decode(bytes);
}

/** A seed file's name: a saved text (`.txt`) or a saved web page (`.html`, `.htm`). */
export const SEED_NAME = /\.(?:txt|html?)$/;

/**
 * Every seed in `dir` (`*.txt`, `*.html`, `*.htm`), sorted by name; `show` turns a path into the form used in messages.
 * @throws IngestErrors with every file that is not a readable regular file within the size limit.
 */
export async function readSeeds(dir: string, show: (path: string) => string): Promise<SeedFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => SEED_NAME.test(n)).sort();
  } catch (error) {
    throw new IngestError(
      show(dir),
      null,
      `the seeds folder cannot be read: ${describeFsError(error)}`,
      'pass an existing folder with --seeds DIR',
    );
  }
  if (names.length === 0) {
    throw new IngestError(
      show(dir),
      null,
      'no .txt, .html or .htm files in the seeds folder',
      'add saved articles as UTF-8 .txt files, or as web pages saved with "Save page as… HTML only"',
    );
  }
  const errors: IngestError[] = [];
  const seeds: SeedFile[] = [];
  for (const name of names) {
    const path = show(join(dir, name));
    try {
      const bytes = await readRegularFile(join(dir, name), path, MAX_SEED_BYTES, tooLargeError);
      if (bytes === null) {
        errors.push(new IngestError(path, null, 'disappeared while the folder was read', 'run again'));
      } else seeds.push({ name, path, bytes });
    } catch (error) {
      if (error instanceof IngestError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new IngestErrors(errors);
  return seeds;
}
