/**
 * Text helpers shared by ingest, rendering and tests.
 * Pure functions only: no I/O.
 */

/** Every kind of horizontal white space a saved web page carries (incl. NBSP, thin spaces). */
const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu;

/**
 * Collapse all white space (NBSP included) to single spaces and trim.
 * @example normaliseSpace('a\u00a0 b ') // 'a b'
 */
export function normaliseSpace(text: string): string {
  return text.replace(SPACE, ' ').trim();
}

/**
 * The words of a text, as used for word counts and order checks.
 * A word is a run of letters, digits and in-word apostrophes or hyphens.
 * @example listWords('Peru’s 1993 Constitution') // ['Peru’s', '1993', 'Constitution']
 */
export function listWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Number of words in a text.
 * @example countWords('Long live the rebellion!') // 4
 */
export function countWords(text: string): number {
  return listWords(text).length;
}

/**
 * The first `count` words of a text, with an ellipsis when it goes on.
 * @example firstWords('Long live the workers and popular rebellion', 3) // 'Long live the …'
 */
export function firstWords(text: string, count: number): string {
  const words = normaliseSpace(text).split(' ');
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')} …`;
}

/**
 * Fold typographic quotes to ASCII, keeping the length (so offsets stay valid).
 * @example foldQuotes('Peru’s “strike”') // 'Peru\'s "strike"'
 */
export function foldQuotes(text: string): string {
  return text.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"');
}
