import { routes } from '../lib/routes/routes.ts';

/** On an article opened from a search hit (?highlight=…), mark the searched terms with Pagefind's highlighter. */
export async function highlightSearchTerms(): Promise<void> {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  const url = routes.pagefind('pagefind-highlight.js');
  const module = (await import(/* @vite-ignore */ url)) as { default: new (options: object) => unknown };
  new module.default({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'search-hit' } });
  // Marks appear after load; bring the targeted passage back into view once they are in.
  window.setTimeout(() => document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'start' }), 100);
}
