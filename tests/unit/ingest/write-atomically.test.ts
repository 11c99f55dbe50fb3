/**
 * The writer's single swap (issue #12, item 3): a failure, an interrupt or a crash in the middle
 * leaves the old result or the new one, never a mixture. Faults are injected through the writer's
 * file-system calls, at a chosen step, not by timing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as realFs from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.ts';
import {
  JOURNAL_FILE,
  manifestText,
  recoverInterruptedWrite,
  writeAtomically,
  type WriterFs,
} from '../../../src/ingest/write-atomically.ts';
import { makeTempDir, removeProjects, snapshot } from '../../helpers/ingest-cli.ts';
import { ROOT } from '../../helpers/project.ts';

afterEach(removeProjects);

const OLD = new Map([
  ['articles/old.md', 'old article\n'],
  ['ingest-report.json', '{"old":true}\n'],
]);
const NEW = new Map([
  ['articles/new-one.md', 'new article\n'],
  ['articles/new-two.md', 'another new article\n'],
  ['ingest-report.json', '{"new":true}\n'],
]);

/** An output folder holding an earlier ingest's result and a hand-written file beside it. */
async function earlierResult(): Promise<{ out: string; before: Record<string, string> }> {
  const out = join(makeTempDir(), 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'entities.yaml'), 'hand-written\n');
  await writeAtomically(out, OLD);
  return { out, before: snapshot(out) };
}

/** The real calls, with `rename` replaced. */
function withRename(rename: WriterFs['rename']): WriterFs {
  return { ...realFs, rename };
}

const errno = (code: string, path: string) => Object.assign(new Error(`${code}: ${path}`), { code, path });

describe('writeAtomically', () => {
  it('writes the files and a manifest naming them, leaving other entries alone', async () => {
    const { out } = await earlierResult();
    await writeAtomically(out, NEW);
    expect(snapshot(out)).toEqual({
      'articles/': '(folder)',
      'articles/new-one.md': 'new article\n',
      'articles/new-two.md': 'another new article\n',
      'entities.yaml': 'hand-written\n',
      'ingest-manifest.json': manifestText(NEW),
      'ingest-report.json': '{"new":true}\n',
    });
  });

  it('an old report that cannot be moved (EPERM, as for an immutable file) leaves the old result whole', async () => {
    const { out, before } = await earlierResult();
    const fs = withRename(async (from, to) => {
      if (from === join(out, 'ingest-report.json')) throw errno('EPERM', String(from));
      return realFs.rename(from, to);
    });
    const error = await writeAtomically(out, NEW, { fs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(/not permitted .*ingest-report\.json.*nothing was changed/);
    expect((error as IngestError).fix).toMatch(/writable/);
    expect(snapshot(out)).toEqual(before); // old articles and old report, no journal, no staging folder
  });

  it('a new report that cannot be put in place leaves the old result whole, not new articles beside it', async () => {
    const { out, before } = await earlierResult();
    let failed = false;
    const fs = withRename(async (from, to) => {
      if (to === join(out, 'ingest-report.json') && !failed) {
        failed = true;
        throw errno('EACCES', String(to));
      }
      return realFs.rename(from, to);
    });
    await expect(writeAtomically(out, NEW, { fs })).rejects.toThrow(/permission denied .*nothing was changed/);
    expect(failed).toBe(true);
    expect(snapshot(out)).toEqual(before);
  });

  it('rolls back just as well when the folder is named by a relative path such as ./out', async () => {
    const { out, before } = await earlierResult();
    const dotted = `./${relative(process.cwd(), out)}`;
    let failed = false;
    const fs = withRename(async (from, to) => {
      if (String(to).endsWith('/ingest-report.json') && !String(to).includes('/old/') && !failed) {
        failed = true;
        throw errno('EACCES', String(to));
      }
      return realFs.rename(from, to);
    });
    await expect(writeAtomically(dotted, NEW, { fs })).rejects.toThrow(/permission denied/);
    expect(snapshot(out)).toEqual(before);
  });

  it('a full disk while staging leaves the old result whole', async () => {
    const { out, before } = await earlierResult();
    const fs: WriterFs = {
      ...realFs,
      writeFile: async (path, data) => {
        if (String(path).endsWith('new-two.md')) throw errno('ENOSPC', String(path));
        return realFs.writeFile(path, data);
      },
    };
    await expect(writeAtomically(out, NEW, { fs })).rejects.toThrow(/the disk is full/);
    expect(snapshot(out)).toEqual(before);
  });

  it('an interrupt (abort) in the middle of the swap is rolled back', async () => {
    const { out, before } = await earlierResult();
    const controller = new AbortController();
    let renames = 0;
    const fs = withRename(async (from, to) => {
      await realFs.rename(from, to);
      if (++renames === 3) controller.abort(); // journal in, old articles out: mid-swap
    });
    await expect(writeAtomically(out, NEW, { fs, signal: controller.signal })).rejects.toThrow(/interrupted/);
    expect(snapshot(out)).toEqual(before);
  });

  it('a failure whose undoing fails too leaves a journal the next run rolls back', async () => {
    const { out, before } = await earlierResult();
    let renames = 0;
    const fs = withRename(async (from, to) => {
      if (++renames >= 4) throw errno('EIO', String(to)); // fails mid-swap and while undoing
      return realFs.rename(from, to);
    });
    await expect(writeAtomically(out, NEW, { fs })).rejects.toThrow(/undoing it failed too/);
    expect(readdirSync(out)).toContain(JOURNAL_FILE);
    expect(await recoverInterruptedWrite(out)).toMatch(/rolled back/);
    expect(snapshot(out)).toEqual(before);
  });

  it('a crash (kill -9) in the middle of the swap is rolled back by the next run', async () => {
    const { out, before } = await earlierResult();
    // A child process that writes NEW and dies at once after its third rename: the journal is in
    // place and the old articles/ moved aside, the new one not yet in.
    const child = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [
        '-e',
        `(async () => {
           const fs = await import('node:fs/promises');
           const { writeAtomically } = await import(${JSON.stringify(join(ROOT, 'src/ingest/write-atomically.ts'))});
           let renames = 0;
           const rename = async (a, b) => { await fs.rename(a, b); if (++renames === 3) process.kill(process.pid, 'SIGKILL'); };
           await writeAtomically(${JSON.stringify(out)}, new Map(${JSON.stringify([...NEW])}), { fs: { ...fs, rename } });
         })();`,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.status, child.stderr).toBe(137); // tsx reports its child killed by SIGKILL as 128 + 9
    expect(readdirSync(out)).not.toContain('articles'); // what the issue saw: no articles/ at all
    expect(readdirSync(out)).toContain(JOURNAL_FILE);
    expect(await recoverInterruptedWrite(out)).toMatch(/rolled back/);
    expect(snapshot(out)).toEqual(before);
    expect(await recoverInterruptedWrite(out)).toBe(''); // nothing left to do
  });

  it('deletes the staging folder of a run that died before swapping', async () => {
    const { out, before } = await earlierResult();
    mkdirSync(join(out, '.ingest-Ab12Cd', 'new', 'articles'), { recursive: true });
    expect(await recoverInterruptedWrite(out)).toMatch(/deleted the staging folder \.ingest-Ab12Cd/);
    expect(snapshot(out)).toEqual(before);
  });
});
