/**
 * The comparison page's state and its URL (?left=…&right=…), and the pure reckoning behind its
 * "Align" buttons and synchronised scrolling. Pure, so it can be tested without a browser.
 */
import { passageId } from '../routes/routes.ts';

/** A column of the comparison. */
export type Side = 'left' | 'right';

/** The two articles compared, by slug. */
export type CompareState = Record<Side, string>;

/** Per passage id, its most related passage in each other article (by slug), as /align/<slug>.json gives it. */
export type Alignment = Record<string, Record<string, { id: string; score: number }>>;

/**
 * The column across from `side`.
 * @example otherSide('left') // 'right'
 */
export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/**
 * The articles a query string names, among `slugs`; a missing or unknown one falls back to the
 * first article, and the right column to a different article from the left.
 * @example readCompareState('?left=b', ['a', 'b', 'c']) // { left: 'b', right: 'a' }
 */
export function readCompareState(search: string, slugs: string[]): CompareState {
  const params = new URLSearchParams(search);
  const known = (value: string | null) => (value !== null && slugs.includes(value) ? value : null);
  const left = known(params.get('left')) ?? slugs[0] ?? '';
  const right = known(params.get('right')) ?? slugs.find((slug) => slug !== left) ?? left;
  return { left, right };
}

/**
 * The query string for a comparison.
 * @example compareQueryString({ left: 'a', right: 'b' }) // '?left=a&right=b'
 */
export function compareQueryString(state: CompareState): string {
  return `?${new URLSearchParams({ left: state.left, right: state.right }).toString()}`;
}

/**
 * The passage of article `otherSlug` most related to passage number `n`, if any.
 * @example findCounterpart({ p3: { b: { id: 'p7', score: 0.4 } } }, 3, 'b') // { id: 'p7', score: 0.4 }
 */
export function findCounterpart(
  alignment: Alignment,
  n: number,
  otherSlug: string,
): { id: string; score: number } | undefined {
  return alignment[passageId(n)]?.[otherSlug];
}

/**
 * From this score a counterpart is a strong match, below it a weak one (no counterpart is given
 * below 0.15). On the gold set (tests/fixtures/alignment-gold.yaml), 15 of the 16 counterparts
 * scoring 0.25 or more are right, 16 of the 30 scoring less.
 */
export const STRONG_MATCH_SCORE = 0.25;

/**
 * How strong a match is, in the reader's words (the comparison's "Align" and an article's related passages).
 * @example matchStrength(0.42) // 'strong'
 * @example matchStrength(0.18) // 'weak'
 */
export function matchStrength(score: number): 'strong' | 'weak' {
  return score >= STRONG_MATCH_SCORE ? 'strong' : 'weak';
}

/**
 * What the reader is told after "Align": the counterpart and how strong the match is, or that
 * the other article has no close counterpart.
 * @example describeMatch(3, { n: 7, score: 0.42 }) // 'Paragraph 3 aligned with paragraph 7 of the other article: a strong match (0.42).'
 * @example describeMatch(3, undefined) // 'Paragraph 3 has no close counterpart in the other article.'
 */
export function describeMatch(n: number, counterpart: { n: number; score: number } | undefined): string {
  if (!counterpart) return `Paragraph ${String(n)} has no close counterpart in the other article.`;
  return `Paragraph ${String(n)} aligned with paragraph ${String(counterpart.n)} of the other article: a ${matchStrength(counterpart.score)} match (${String(counterpart.score)}).`;
}

/**
 * The scroll position that puts the other column at the same fraction of its length.
 * @example syncedScrollTop({ scrollTop: 50, scrollHeight: 200, clientHeight: 100 }, { scrollHeight: 500, clientHeight: 100 }) // 200
 */
export function syncedScrollTop(
  from: { scrollTop: number; scrollHeight: number; clientHeight: number },
  to: { scrollHeight: number; clientHeight: number },
): number {
  const ratio = from.scrollTop / Math.max(1, from.scrollHeight - from.clientHeight);
  return ratio * (to.scrollHeight - to.clientHeight);
}
