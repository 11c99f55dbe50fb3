/**
 * Related passages: for each passage, up to three passages in *other* articles that speak of the
 * same thing, from the entities they share plus their distinctive terms (TF-IDF cosine).
 *
 * Read from the one scoring pass of {@link scoreCorpus}, which the build shares with alignment.
 */
import { scoreCorpus, type RelatedPassage, type ScoreInput } from './score-corpus.ts';

export { MIN_CLOSE_SCORE, type RelatedPassage } from './score-corpus.ts';

/** A passage with the entities it mentions. */
export type RelateInput = ScoreInput;

/**
 * Up to `limit` related passages in other articles for every passage, keyed `article#id`.
 */
export function relatePassages(passages: RelateInput[], limit = 3): Map<string, RelatedPassage[]> {
  return scoreCorpus(passages, limit).related;
}

/**
 * The articles most worth comparing with `article`: those holding the most of its related
 * passages, best first (ties by id), at most `limit`. Bounded, so an article page does not grow
 * with the corpus.
 * @example articlesToCompare(new Map([['a#p1', [{ article: 'b', id: 'p1', score: 1, shared: [] }]]]), 'a', ['p1']) // ['b']
 */
export function articlesToCompare(
  related: Map<string, RelatedPassage[]>,
  article: string,
  passageIds: string[],
  limit = 5,
): string[] {
  const counts = new Map<string, number>();
  for (const id of passageIds)
    for (const r of related.get(`${article}#${id}`) ?? []) counts.set(r.article, (counts.get(r.article) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
}
