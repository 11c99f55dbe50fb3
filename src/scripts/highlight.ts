/**
 * On an article opened from a search hit (`?highlight=…`), mark the searched words in the
 * article's text as search read them (`src/lib/search/search-words.ts`): every form of a word
 * ("repressive" for "repression"), stop words left out as search leaves them, at most as many
 * words as a query is searched for. Whatever the address holds, the page reads normally.
 */
import { parseQuery, tokenize } from '../lib/search/search-words.ts';

/** Elements whose text is the site's, not the article's: left unmarked. */
const SKIP = '.passage-notes, button, .anchor, .passage > a:first-child, [hidden]';

/** The searched words' terms, and the words still being typed (matched as the start of a word). */
function readHighlight(q: string): { terms: Set<string>; prefixes: string[] } {
  const { parts } = parseQuery(q);
  return {
    terms: new Set(parts.flatMap((p) => p.terms.flat())),
    prefixes: parts.filter((p) => p.prefix).map((p) => p.words[0] ?? ''),
  };
}

/** Wrap each matching word of one text node in `<mark class="search-hit">`; returns how many. */
function markTextNode(node: Text, matches: (word: string, terms: string[]) => boolean): number {
  const text = node.data;
  const hits = tokenize(text).filter((t) => matches(t.word, t.terms));
  if (hits.length === 0) return 0;
  const pieces: Node[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start > at) pieces.push(document.createTextNode(text.slice(at, hit.start)));
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    mark.textContent = text.slice(hit.start, hit.end);
    pieces.push(mark);
    at = hit.end;
  }
  if (at < text.length) pieces.push(document.createTextNode(text.slice(at)));
  node.replaceWith(...pieces);
  return hits.length;
}

/** Mark the searched words in the article body and bring the targeted passage into view. */
export function highlightSearchTerms(): void {
  const q = new URLSearchParams(location.search).get('highlight');
  const body = document.querySelector('.body');
  if (!q || !body) return;
  try {
    const { terms, prefixes } = readHighlight(q);
    if (terms.size === 0) return;
    const matches = (word: string, own: string[]) =>
      own.some((t) => terms.has(t)) || prefixes.some((p) => word.startsWith(p));
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (!n.parentElement?.closest(SKIP)) nodes.push(n as Text);
    let marked = 0;
    for (const node of nodes) marked += markTextNode(node, matches);
    document.documentElement.dataset['highlighted'] = String(marked);
  } catch (error) {
    // A mark that cannot be made is no reason to spoil the page.
    console.warn('search terms not marked:', error);
  }
  document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: 'start' });
}
