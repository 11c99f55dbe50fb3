/** The pages of a built site, listed from its folder, so a new page is checked without editing a test. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file of a built site folder, sorted (the search index and Astro's assets left out). */
export function listPageFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'search-index' || name === '_astro' ? [] : listPageFiles(path);
      return name.endsWith('.html') ? [path] : [];
    })
    .sort();
}

/** A page file's path on the site, below the base: `dist/articles/x/index.html` → `/articles/x/`. */
export function sitePathOf(dir: string, file: string): string {
  return `/${relative(dir, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;
}
