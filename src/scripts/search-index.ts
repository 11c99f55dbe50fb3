/** The passage index as the browser fetches it, from the folder the build writes (`/pagefind/passages/`). */
import { routes } from '../lib/routes/routes.ts';
import { PassageIndex } from '../lib/search/passage-search.ts';

/**
 * Open the site's passage index: the manifest now, the other files as searches need them.
 * @throws Error naming the file when one cannot be fetched.
 */
export function openPassageIndex(): Promise<PassageIndex> {
  return PassageIndex.open(async (path) => {
    const response = await fetch(routes.pagefind(`passages/${path}`));
    if (!response.ok) throw new Error(`search index file ${path}: HTTP ${String(response.status)}`);
    return (await response.json()) as unknown;
  });
}
