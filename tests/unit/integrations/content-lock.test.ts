import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import contentLock, { checkNoJournal } from '../../../src/integrations/content-lock.ts';
import { acquireLock } from '../../../src/ingest/lock.ts';
import { JOURNAL_FILE } from '../../../src/ingest/write-atomically.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
/** A project folder with an empty content/. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-lock-'));
  roots.push(root);
  mkdirSync(join(root, 'content'));
  return root;
}

type Hook = (options: unknown) => Promise<void>;
/** The integration's hooks, called as Astro calls them for a build of `root`. */
function build(root: string) {
  const hooks = contentLock().hooks as Record<string, Hook>;
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m) };
  return {
    start: () =>
      (hooks['astro:config:setup'] as Hook)({ command: 'build', config: { root: pathToFileURL(`${root}/`) }, logger }),
    done: () => (hooks['astro:build:done'] as Hook)({}),
    warnings,
  };
}

describe('the content lock of a build', () => {
  it('refuses a content folder an interrupted ingest left, saying to run ingest', async () => {
    const root = project();
    writeFileSync(join(root, 'content', JOURNAL_FILE), '{}');
    expect(() => checkNoJournal(join(root, 'content'))).toThrow(/an ingest was interrupted.*Run `npm run ingest`/);
    await expect(build(root).start()).rejects.toThrow(/an ingest was interrupted/);
  });

  it('stops a second build, and an ingest, while one holds the folder, naming it; frees it when done', async () => {
    const root = project();
    const first = build(root);
    await first.start();
    await expect(build(root).start()).rejects.toThrow(/another build is running \(pid \d+\).* reading this folder/);
    await expect(acquireLock(join(root, 'content'), 'content')).rejects.toThrow(/another build is running/);
    await first.done();
    const release = await acquireLock(join(root, 'content'), 'content');
    await release();
  });

  it('leaves the dev server and other commands alone', async () => {
    const root = project();
    writeFileSync(join(root, 'content', JOURNAL_FILE), '{}');
    const hooks = contentLock().hooks as Record<string, Hook>;
    await expect(
      (hooks['astro:config:setup'] as Hook)({
        command: 'dev',
        config: { root: pathToFileURL(`${root}/`) },
        logger: {},
      }),
    ).resolves.toBeUndefined();
  });
});
