/** How many passages and articles, in words. */

/**
 * "16 passages in 5 articles".
 * @example countLabel(1, 1) // '1 passage in 1 article'
 * @example countLabel(16, 5) // '16 passages in 5 articles'
 */
export function countLabel(passages: number, articles: number): string {
  return `${passages} passage${passages === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`;
}
