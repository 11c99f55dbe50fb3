/**
 * One scoring pass over the corpus, read two ways: every passage is scored once against the
 * passages that share one of its features (TF-IDF cosine over its distinctive words and the
 * curated entities, events and claims tied to it: `passage-features.ts`), and from those scores come
 * both its related passages (the few best in other articles) and its alignment (its best
 * counterpart in each of the best-matching other articles, for the comparison view). Below
 * {@link MIN_CLOSE_SCORE} neither view shows a passage: "no close counterpart".
 *
 * Scoring the passages once instead of once per use halves the build's similarity work; the
 * inverted index of {@link buildFeatureSpace} keeps each pass near-linear in the corpus.
 */
import { buildFeatureSpace, scoreAgainst } from './feature-space.ts';
import { featureBoost, listFeatures, MIN_CLOSE_SCORE, type PassageFeatures } from './passage-features.ts';

export { MIN_CLOSE_SCORE } from './passage-features.ts';

/** A passage with the curated annotations tied to it (each list empty or absent when none apply). */
export interface ScoreInput extends PassageFeatures {
  article: string;
  id: string;
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

/** The counterpart of a passage in another article. */
export interface Counterpart {
  id: string;
  /** Cosine similarity, 0…1, rounded to 3 places. */
  score: number;
}

/** article → passage id → other article → counterpart. */
export type Alignment = Record<string, Record<string, Record<string, Counterpart>>>;

/** Both readings of the one pass. */
export interface CorpusScores {
  /** Up to `relatedLimit` related passages per passage, keyed `article#id`. */
  related: Map<string, RelatedPassage[]>;
  alignment: Alignment;
}

/**
 * Counterparts kept per passage: its best-matching articles only. Keeping one per other article
 * would grow with the square of the corpus (every passage × every article) in the shipped JSON.
 */
export const MAX_COUNTERPARTS = 12;

const round = (score: number) => Math.round(score * 1000) / 1000;

/**
 * The `limit` best scores of at least {@link MIN_CLOSE_SCORE}, best first, ties to the earlier
 * passage: one pass that keeps a short sorted list, instead of sorting every candidate.
 */
function bestOf(scores: Map<number, number>, limit: number): [number, number][] {
  if (limit <= 0) return [];
  const best: [number, number][] = [];
  const before = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const entry of scores) {
    if (entry[1] < MIN_CLOSE_SCORE) continue;
    if (best.length === limit && !before(entry, best[limit - 1] as [number, number])) continue;
    let i = Math.min(best.length, limit - 1);
    best[i] = entry;
    while (i > 0 && before(entry, best[i - 1] as [number, number])) {
      best[i] = best[i - 1] as [number, number];
      best[i - 1] = entry;
      i--;
    }
  }
  return best;
}

/**
 * Score every passage once and read the scores as related passages and as alignment.
 * @example scoreCorpus([{ article: 'a', id: 'p1', text: 'Juliaca massacre' }, { article: 'b', id: 'p4', text: 'massacre in Juliaca' }, { article: 'c', id: 'p1', text: 'strike in Lima' }]).alignment.a?.p1?.b
 * // { id: 'p4', score: 1 }
 */
export function scoreCorpus(passages: ScoreInput[], relatedLimit = 3): CorpusScores {
  const space = buildFeatureSpace(passages.map(listFeatures), featureBoost);
  const related = new Map<string, RelatedPassage[]>();
  const alignment: Alignment = {};
  passages.forEach((passage, index) => {
    const scores = scoreAgainst(space, index, (other) => passages[other]?.article === passage.article);

    // Related: the best few above the threshold, ties to the earlier passage.
    const own = new Set(passage.entities ?? []);
    const ranked = bestOf(scores, relatedLimit).map(([other, score]) => {
      const target = passages[other] as ScoreInput;
      return {
        article: target.article,
        id: target.id,
        score: round(score),
        shared: [...new Set((target.entities ?? []).filter((e) => own.has(e)))].sort(),
      };
    });
    related.set(`${passage.article}#${passage.id}`, ranked);

    // Alignment: the best passage of each other article (ties to the earlier passage, so the
    // result never depends on the order scores were gathered in), then the best articles.
    const best = new Map<string, { index: number; score: number }>();
    for (const [other, score] of scores) {
      if (score < MIN_CLOSE_SCORE) continue;
      const article = (passages[other] as ScoreInput).article;
      const current = best.get(article);
      if (
        !current ||
        score > current.score + 1e-9 ||
        (Math.abs(score - current.score) <= 1e-9 && other < current.index)
      )
        best.set(article, { index: other, score });
    }
    const kept = [...best]
      .sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_COUNTERPARTS)
      .map(([article, c]): [string, Counterpart] => [
        article,
        { id: (passages[c.index] as ScoreInput).id, score: round(c.score) },
      ]);
    (alignment[passage.article] ??= {})[passage.id] = Object.fromEntries(kept);
  });
  return { related, alignment };
}
