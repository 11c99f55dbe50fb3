/**
 * The passage index as the browser fetches it, from the folder the build writes
 * (`/search-index/`): each file gzip-compressed, as `<name>.gz`. The manifest is read first and
 * alone; the engine, with its word rules, is loaded with the first query (`loadEngine`).
 */
import { routes } from '../lib/routes/routes.ts';
import { parseIndexFile } from '../lib/search/index-manifest.ts';
import type { IndexManifest } from '../lib/search/passage-index.ts';
import type { PassageIndex } from '../lib/search/passage-search.ts';

/**
 * Fetch one index file (`manifest.json`, `t/3.json?v=…`) as parsed JSON.
 * @throws Error naming the file when it cannot be fetched.
 */
async function loadIndexFile(path: string): Promise<unknown> {
  const [name = '', version] = path.split('?');
  const response = await fetch(routes.searchIndex(`${name}.gz${version ? `?${version}` : ''}`));
  if (!response.ok) throw new Error(`search index file ${name}: HTTP ${String(response.status)}`);
  return parseIndexFile(new Uint8Array(await response.arrayBuffer()));
}

/** The index's manifest: enough for the filters and their counts. */
export async function openManifest(): Promise<IndexManifest> {
  return (await loadIndexFile('manifest.json')) as IndexManifest;
}

let engineCode: Promise<typeof import('../lib/search/passage-search.ts')> | null = null;

/** Start fetching the engine's code now (a page opened with a query needs it at once), once. */
export function preloadEngine(): void {
  engineCode ??= import('../lib/search/passage-search.ts');
}

/** The search engine over the index whose manifest is read; its code is fetched on the first call. */
export async function loadEngine(manifest: IndexManifest): Promise<PassageIndex> {
  preloadEngine();
  const { PassageIndex } = await (engineCode as NonNullable<typeof engineCode>);
  return PassageIndex.withManifest(manifest, loadIndexFile);
}
