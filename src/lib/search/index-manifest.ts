/**
 * The search index's manifest as the search page reads it before any query: the files' format and
 * the filter counts. Small and free of the word rules, so a search page opened without a query
 * loads only this; the engine (`passage-search.ts`) comes with the first query.
 */
import type { IndexManifest } from './passage-index.ts';

/** Filter name → value → number of articles. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * An index file's bytes as JSON: gzip-compressed as the build writes them, or already
 * decompressed (a host that sends `.gz` files with `Content-Encoding: gzip` has the browser do it).
 */
export async function parseIndexFile(bytes: Uint8Array<ArrayBuffer>): Promise<unknown> {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzip
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as unknown;
}

/**
 * How many of `articles` (their places in the manifest) have each value of each filter.
 * @example countFilters({ v: '', n: 1, filters: { year: ['2023'] }, articles: { passages: [1], filters: { year: [0] } }, terms: [], block: 16 }, [0]) // { year: { '2023': 1 } }
 */
export function countFilters(manifest: IndexManifest, articles: number[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const [key, values] of Object.entries(manifest.filters)) {
    const own: Record<string, number> = Object.fromEntries(values.map((v) => [v, 0]));
    const column = manifest.articles.filters[key] ?? [];
    for (const a of articles)
      for (const i of [column[a] ?? []].flat()) {
        const value = values[i];
        if (value !== undefined) own[value] = (own[value] ?? 0) + 1;
      }
    counts[key] = own;
  }
  return counts;
}

/** Every value of each filter, with the number of articles under it. */
export function allCounts(manifest: IndexManifest): FilterCounts {
  return countFilters(
    manifest,
    manifest.articles.passages.map((_, a) => a),
  );
}
