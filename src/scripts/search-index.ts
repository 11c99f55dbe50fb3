/**
 * The passage index as the browser fetches it, from the folder the build writes
 * (`/search-index/`): each file gzip-compressed, as `<name>.gz`.
 */
import { routes } from '../lib/routes/routes.ts';
import { parseIndexFile, PassageIndex } from '../lib/search/passage-search.ts';

/**
 * Open the site's passage index: the manifest now, the other files as searches need them.
 * @throws Error naming the file when one cannot be fetched.
 */
export function openPassageIndex(): Promise<PassageIndex> {
  return PassageIndex.open(async (path) => {
    const [name = '', version] = path.split('?');
    const response = await fetch(routes.searchIndex(`${name}.gz${version ? `?${version}` : ''}`));
    if (!response.ok) throw new Error(`search index file ${name}: HTTP ${String(response.status)}`);
    return parseIndexFile(new Uint8Array(await response.arrayBuffer()));
  });
}
