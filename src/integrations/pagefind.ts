/**
 * Astro integration: after every build, index the output folder (dist/, or `--outDir`) with
 * Pagefind's Node API into its pagefind/ subfolder.
 * `astro build` empties dist/, so the index is rebuilt each time; any Pagefind error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The smallest part of Pagefind's Node API this step uses (so tests can pass a fake). */
export interface PagefindApi {
  createIndex(config?: { rootSelector?: string; forceLanguage?: string }): Promise<{
    errors: string[];
    index?: {
      addDirectory(dir: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
      writeFiles(options: { outputPath: string }): Promise<{ errors: string[]; outputPath: string }>;
    };
  }>;
  close(): Promise<unknown>;
}

/** The pages Pagefind reads: the article pages (their citation files are not HTML). */
export const ARTICLE_PAGES = 'articles/**/*.html';

/**
 * Index a built site folder; returns the number of pages indexed.
 * @throws Error listing Pagefind's errors.
 */
export async function indexSite(pagefind: PagefindApi, siteDir: string): Promise<number> {
  const check = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // Only article pages carry data-pagefind-body; reading the others (topic pages list thousands
    // of passages on a large corpus) would only cost time.
    const added = await index.addDirectory({ path: siteDir, glob: ARTICLE_PAGES });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${siteDir}`);
    check('writeFiles', (await index.writeFiles({ outputPath: `${siteDir}/pagefind` })).errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's ready-made search interfaces: the site draws its own results, so none of these is shipped. */
export const UNUSED_UI = /^pagefind-(?:component-|modular-)?ui\.(?:js|css)$/;

/** Delete Pagefind's unused interface files from a bundle folder; returns the names removed. */
export function removeUnusedUi(bundleDir: string): string[] {
  const names = readdirSync(bundleDir).filter((name) => UNUSED_UI.test(name));
  for (const name of names) rmSync(join(bundleDir, name));
  return names;
}

/** The integration: `integrations: [pagefindIndex()]`. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'uprising-reader:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const siteDir = fileURLToPath(dir).replace(/\/$/, '');
        const pages = await indexSite(pagefind as PagefindApi, siteDir);
        removeUnusedUi(join(siteDir, 'pagefind'));
        // Name the folder actually indexed: a build with --outDir (the sub-path test) writes elsewhere.
        const shown = relative(process.cwd(), join(siteDir, 'pagefind'));
        const where = shown.startsWith('..') || isAbsolute(shown) ? join(siteDir, 'pagefind') : shown;
        // `npm run bench` reads the time from this line.
        const ms = Math.round(performance.now() - started);
        logger.info(`Pagefind indexed ${pages} article pages into ${where}/ in ${ms} ms`);
      },
    },
  };
}
