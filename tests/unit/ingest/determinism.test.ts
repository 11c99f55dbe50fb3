/** Ingest is deterministic, and content/ is what the current seeds and code produce. */
import { describe, expect, it } from 'vitest';
import { ingestInMemory, loadCommitted, loadReport } from '../../helpers/corpus.ts';

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
});
