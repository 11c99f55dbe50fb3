/**
 * A second build of the site, with another address or base, into a folder of its own. Astro writes
 * its prerender chunks to one place in the project (.astro/), so two builds at once break each other:
 * the browser specs that build run in parallel workers, so each build holds an exclusive lock.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { ROOT } from './project.ts';

const LOCK = join(ROOT, 'node_modules', '.site-build-lock');
/** A lock older than this was left by a killed run: a build takes well under a minute here. */
const STALE_MS = 5 * 60_000;

async function acquire(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released between the two calls: try again.
      }
      await sleep(200);
    }
  }
}

/**
 * Build the site into `outDir` with `BASE_PATH` and `SITE_URL` set, one build at a time; `cwd` builds
 * another copy of the project (its own content/), which shares this one's node_modules.
 */
export async function buildSite(options: { outDir: string; base: string; site: string; cwd?: string }): Promise<void> {
  await acquire();
  try {
    await promisify(execFile)(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', options.outDir],
      {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, BASE_PATH: options.base, SITE_URL: options.site, ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
