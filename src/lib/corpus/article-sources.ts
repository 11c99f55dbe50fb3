/**
 * Where the articles collection reads its Markdown (src/content.config.ts), in one place: the
 * search step counts the same files to check that every article became a page.
 */
import { readdirSync } from 'node:fs';

/** The folder, relative to the project's root, and the files in it that are articles. */
export const ARTICLE_SOURCES = { base: './content/articles', pattern: '**/*.md' } as const;

/**
 * How many article files a folder holds, at any depth (what `**\/*.md` matches).
 * @throws Error naming the folder when it cannot be read.
 */
export function countArticleSources(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    throw new Error(`cannot read the articles folder ${dir}: run \`npm run ingest\` to make it`);
  }
  return names.filter((name) => name.endsWith('.md')).length;
}
