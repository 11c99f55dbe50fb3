/** The ingest report as the About page shows it. */
import report from '../../../content/ingest-report.json';
import type { RemovedLine } from '../../schemas/report.ts';

/** Lines removed from one seed, split by what happened to them. */
export interface SeedRemovals {
  seed: string;
  slug: string;
  lines: number;
  toFrontmatter: RemovedLine[];
  furniture: RemovedLine[];
}

/**
 * Removals per seed, in seed order.
 */
export function listRemovals(): SeedRemovals[] {
  return report.seeds.map((s) => ({
    seed: s.seed,
    slug: s.slug,
    lines: s.lines,
    toFrontmatter: (s.removed as RemovedLine[]).filter((r) => r.action === 'frontmatter'),
    furniture: (s.removed as RemovedLine[]).filter((r) => r.action === 'furniture'),
  }));
}
