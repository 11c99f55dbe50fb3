/**
 * Passage alignment across articles: for each passage, its most related passage in each other
 * article, from shared distinctive terms (TF-IDF cosine). The build reads it from the one scoring
 * pass of {@link scoreCorpus}, shared with related passages; this is that pass on text alone.
 */
import { scoreCorpus, type Alignment } from './score-corpus.ts';

export { MAX_COUNTERPARTS, type Alignment, type Counterpart } from './score-corpus.ts';

/** A passage as the aligner sees it. */
export interface AlignInput {
  article: string;
  id: string;
  text: string;
}

/**
 * Align every passage with its best counterpart in each of the best-matching other articles.
 * @example alignPassages([{ article: 'a', id: 'p1', text: 'Juliaca massacre' }, { article: 'b', id: 'p4', text: 'massacre in Juliaca' }, { article: 'c', id: 'p1', text: 'strike in Lima' }]).a?.p1?.b
 * // { id: 'p4', score: 1 }
 */
export function alignPassages(passages: AlignInput[]): Alignment {
  return scoreCorpus(passages.map((p) => ({ ...p, entities: [], events: [] }))).alignment;
}
