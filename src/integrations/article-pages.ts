/**
 * How the site's middleware hands each article page, as Astro renders it, to the search step
 * (`pagefind.ts`). The integration and the rendered pages run in one process but load their own
 * copies of modules (the pages from Astro's bundle), so the two meet at a global under a
 * `Symbol.for` key, the same in every copy. Outside a build (the dev server) nothing collects.
 */
/** Takes one article page: its address and its HTML. */
export type PageCollector = (url: string, html: string) => void;

const KEY = Symbol.for('uprising-reader:article-pages');
const slot = globalThis as { [KEY]?: PageCollector | null };

/** Start (a collector) or stop (null) collecting article pages; the search step does both. */
export function collectArticlePages(collector: PageCollector | null): void {
  slot[KEY] = collector;
}

/** Who collects article pages now, if anyone. */
export function articlePageCollector(): PageCollector | null {
  return slot[KEY] ?? null;
}
