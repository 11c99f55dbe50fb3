/**
 * Write a set of files into a folder so that a reader never sees a half-written result:
 * everything goes to a temporary folder beside it first, then is swapped in by rename.
 */
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Replace `outDir/<top>` for every top-level entry of `files` (e.g. `articles/`, `ingest-report.json`).
 * Other entries of `outDir` (hand-written data) are left alone.
 */
export async function writeAtomically(outDir: string, files: Map<string, string>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const tmp = await mkdtemp(join(outDir, '.ingest-'));
  try {
    for (const [rel, content] of files) {
      const path = join(tmp, 'new', rel);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }
    const tops = [...new Set([...files.keys()].map((rel) => rel.split('/')[0] as string))].sort();
    await mkdir(join(tmp, 'old'));
    for (const top of tops) {
      if (await exists(join(outDir, top))) await rename(join(outDir, top), join(tmp, 'old', top));
      await rename(join(tmp, 'new', top), join(outDir, top));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
