/**
 * Astro integration: a build reads `content/` only when it is whole and no one else is using it.
 * It refuses while an interrupted ingest's journal is there (the folder may be half swapped:
 * `npm run ingest` finishes or rolls it back), and it holds the lock ingest takes
 * (`content/.ingest-lock`) from its start to its end, so a build and an ingest, or two builds of
 * one checkout, never run at once: the second says who holds the folder and stops, before Astro
 * reads or writes anything.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock } from '../ingest/lock.ts';
import { JOURNAL_FILE } from '../ingest/write-atomically.ts';

/** The content folder, relative to the project, as messages name it. */
const CONTENT = 'content';

/**
 * Refuse a content folder an interrupted ingest left behind.
 * @throws Error saying what happened and what to run.
 */
export function checkNoJournal(contentDir: string): void {
  if (existsSync(join(contentDir, JOURNAL_FILE)))
    throw new Error(
      `${CONTENT}/ may be half-written: an ingest was interrupted (${CONTENT}/${JOURNAL_FILE} is there). Run \`npm run ingest\`, which finishes or rolls back the interrupted run, then build again.`,
    );
}

/** The integration: `integrations: [contentLock(), …]`, first, so nothing reads content/ before it. */
export default function contentLock(): AstroIntegration {
  let release: (() => Promise<void>) | null = null;
  return {
    name: 'uprising-reader:content-lock',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const dir = fileURLToPath(new URL(`${CONTENT}/`, config.root));
        checkNoJournal(dir);
        release = await acquireLock(dir, CONTENT, (message) => logger.warn(message), 'build');
      },
      'astro:build:done': async () => {
        await release?.();
        release = null;
      },
    },
  };
}
