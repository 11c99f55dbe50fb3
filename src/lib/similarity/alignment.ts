/**
 * Passage alignment across articles: for each passage, its closest passage in each other article
 * (TF-IDF cosine over distinctive words and curated entities, events and claims), or none below
 * {@link MIN_CLOSE_SCORE}. The build reads it from the one scoring pass of {@link scoreCorpus},
 * shared with related passages; this is that pass read for alignment alone.
 */
import { scoreCorpus, type Alignment, type ScoreInput } from './score-corpus.ts';

export { MAX_COUNTERPARTS, MIN_CLOSE_SCORE, type Alignment, type Counterpart } from './score-corpus.ts';

/** A passage as the aligner sees it: its text, and the curated annotations tied to it, if any. */
export type AlignInput = ScoreInput;

/**
 * Align every passage with its best counterpart in each of the best-matching other articles.
 * @example alignPassages([{ article: 'a', id: 'p1', text: 'Juliaca massacre' }, { article: 'b', id: 'p4', text: 'massacre in Juliaca' }, { article: 'c', id: 'p1', text: 'strike in Lima' }]).a?.p1?.b
 * // { id: 'p4', score: 1 }
 */
export function alignPassages(passages: AlignInput[]): Alignment {
  return scoreCorpus(passages).alignment;
}
