/** Links to a sentence selected inside a passage (WICG text fragments). */

/** Percent-encode a text-fragment term: the directive's own syntax characters too. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Words kept at each end of a long selection (textStart,textEnd form). */
const EDGE_WORDS = 5;

/**
 * A link to a selected sentence inside a passage: `…#pN:~:text=…` (WICG text fragments).
 * Short selections are quoted whole; long ones by their first and last words.
 * @example textFragmentUrl('https://x.org/articles/a/', 'p2', 'the CGTP') // 'https://x.org/articles/a/#p2:~:text=the%20CGTP'
 */
export function textFragmentUrl(pageUrl: string, id: string, selected: string): string {
  const words = selected.replace(/\s+/g, ' ').trim().split(' ');
  const directive =
    words.length <= EDGE_WORDS * 2 + 2
      ? encodeTerm(words.join(' '))
      : `${encodeTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTerm(words.slice(-EDGE_WORDS).join(' '))}`;
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}#${id}:~:text=${directive}`;
}
