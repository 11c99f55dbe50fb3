/** Ingest is deterministic, and content/ is what the current seeds and code produce. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, manifestText } from '../../../src/ingest/write-atomically.ts';
import { ingestInMemory, loadCommitted, loadReport } from '../../helpers/corpus.ts';
import { CONTENT } from '../../helpers/project.ts';

describe('determinism and sync', () => {
  const first = ingestInMemory();
  const second = ingestInMemory();

  it('gives byte-identical output twice', () => {
    expect([...second.files.entries()]).toEqual([...first.files.entries()]);
  });

  it('matches the committed content/ (run `npm run ingest` and commit if this fails)', () => {
    const committed = new Map(loadCommitted().map((a) => [`articles/${a.slug}.md`, a.raw]));
    const generated = new Map([...first.files].filter(([k]) => k.startsWith('articles/')));
    expect([...committed.keys()].sort()).toEqual([...generated.keys()].sort());
    for (const [path, text] of generated) expect(committed.get(path), path).toBe(text);
    expect(loadReport()).toEqual(first.report);
  });

  it('content/ingest-manifest.json names exactly the files ingest writes (without it, ingest refuses content/)', () => {
    expect(readFileSync(join(CONTENT, MANIFEST_FILE), 'utf8')).toBe(manifestText(first.files));
  });
});
