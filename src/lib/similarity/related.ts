/**
 * Related passages: for each passage, up to three passages in *other* articles that speak of the
 * same thing, from the curated entities, events and claims they share plus their distinctive terms
 * (TF-IDF cosine over {@link listFeatures}).
 *
 * Computed through the inverted index of {@link buildFeatureSpace}: a passage is scored only
 * against passages sharing one of its features, never against all passages, so the work grows
 * with the postings, not with the square of the corpus.
 */
import { buildFeatureSpace, scoreAgainst } from './feature-space.ts';
import { featureBoost, listFeatures, MIN_CLOSE_SCORE, type PassageFeatures } from './passage-features.ts';

/** A passage with the entities it mentions, the events it reports and the claims it states. */
export interface RelateInput extends PassageFeatures {
  article: string;
  id: string;
  entities: string[];
}

/** A related passage. */
export interface RelatedPassage {
  article: string;
  id: string;
  /** Cosine similarity, 0…1, rounded to 3 places. */
  score: number;
  /** Entities both passages mention. */
  shared: string[];
}

/**
 * Up to `limit` related passages in other articles for every passage, keyed `article#id`.
 */
export function relatePassages(passages: RelateInput[], limit = 3): Map<string, RelatedPassage[]> {
  const space = buildFeatureSpace(passages.map(listFeatures), featureBoost);
  const result = new Map<string, RelatedPassage[]>();
  passages.forEach((passage, index) => {
    const scores = scoreAgainst(space, index, (other) => passages[other]?.article === passage.article);
    const own = new Set(passage.entities);
    const ranked = [...scores]
      .filter(([, score]) => score >= MIN_CLOSE_SCORE)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([other, score]) => {
        const target = passages[other] as RelateInput;
        return {
          article: target.article,
          id: target.id,
          score: Math.round(score * 1000) / 1000,
          shared: [...new Set(target.entities.filter((e) => own.has(e)))].sort(),
        };
      });
    result.set(`${passage.article}#${passage.id}`, ranked);
  });
  return result;
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
