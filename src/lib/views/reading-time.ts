/** Minutes to read a text at an unhurried 230 words a minute (a common estimate for prose). */
export const WORDS_PER_MINUTE = 230;

/**
 * Reading time in words.
 * @example readingTime(903) // '4 min read'
 */
export function readingTime(words: number): string {
  return `${Math.max(1, Math.round(words / WORDS_PER_MINUTE))} min read`;
}
