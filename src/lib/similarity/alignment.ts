/**
 * Passage alignment across articles: for each passage, its most related passage in each other
 * article, from the distinctive terms and curated entities, events and claims they share
 * (TF-IDF cosine over {@link listFeatures}, as related passages are scored).
 *
 * Never all passages × all passages: each passage is scored only against the passages that
 * share one of its few most distinctive terms, found through an inverted index; terms used in
 * a large share of all passages are not indexed at all. Work grows with the postings of
 * distinctive terms, so it stays near-linear as the corpus grows.
 */
import { buildFeatureSpace, scoreAgainst } from './feature-space.ts';
import { featureBoost, listFeatures, MIN_CLOSE_SCORE, type PassageFeatures } from './passage-features.ts';

/** A passage as the aligner sees it: its text and, where curated, its entities, events and claims. */
export interface AlignInput extends PassageFeatures {
  article: string;
  id: string;
}

/** The counterpart of a passage in another article. */
export interface Counterpart {
  id: string;
  /** Cosine similarity, 0…1, rounded to 3 places. */
  score: number;
}

/** article → passage id → other article → counterpart. */
export type Alignment = Record<string, Record<string, Record<string, Counterpart>>>;

/**
 * Counterparts kept per passage: its best-matching articles only. Keeping one per other article
 * would grow with the square of the corpus (every passage × every article) in the shipped JSON.
 */
export const MAX_COUNTERPARTS = 12;

/**
 * Align every passage with its best counterpart in each other article, where it has a close one.
 * @example alignPassages([{ article: 'a', id: 'p1', text: 'Juliaca massacre' }, { article: 'b', id: 'p4', text: 'massacre in Juliaca' }, { article: 'c', id: 'p1', text: 'strike in Lima' }]).a?.p1?.b
 * // { id: 'p4', score: 1 }
 */
export function alignPassages(passages: AlignInput[]): Alignment {
  const space = buildFeatureSpace(passages.map(listFeatures), featureBoost);
  const result: Alignment = {};
  passages.forEach((passage, index) => {
    const scores = scoreAgainst(space, index, (other) => passages[other]?.article === passage.article);
    const best: Record<string, Counterpart> = {};
    // Ties go to the earlier passage, so the result never depends on iteration order.
    for (const [other, score] of [...scores].sort((a, b) => a[0] - b[0])) {
      if (score < MIN_CLOSE_SCORE) continue;
      const target = passages[other] as AlignInput;
      const current = best[target.article];
      if (!current || score > current.score + 1e-9) best[target.article] = { id: target.id, score };
    }
    const kept = Object.entries(best)
      .sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_COUNTERPARTS)
      .map(([article, c]): [string, Counterpart] => [article, { id: c.id, score: Math.round(c.score * 1000) / 1000 }]);
    (result[passage.article] ??= {})[passage.id] = Object.fromEntries(kept);
  });
  return result;
}
