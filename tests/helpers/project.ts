/** Paths and seed access for tests: expectations are derived from the seeds, not pinned. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEEDS = join(ROOT, 'seeds');
export const CONTENT = join(ROOT, 'content');

/** Seed file names, sorted. */
export function listSeeds(): string[] {
  return readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort();
}

/** A seed's text. */
export function readSeed(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8');
}
