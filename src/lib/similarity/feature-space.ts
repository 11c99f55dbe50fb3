/**
 * The similarity space shared by alignment and related passages: unit TF-IDF vectors over a
 * passage's most distinctive features, and an inverted index so that a passage is scored only
 * against the passages that share one of them, never against all passages.
 */
import { listWords } from '../passages/text.ts';

const STOPWORDS = new Set(
  'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours one two also has had its it’s which who this that those these them they their there been being were was is are will would should could may might must can'.split(
    ' ',
  ),
);

/** Terms a passage is indexed by (at most this many, the most distinctive). */
const TERMS_PER_PASSAGE = 16;
/**
 * Passages scanned per term: the ones where it weighs most. In a large corpus a common-but-allowed
 * term can be held by thousands of passages; scanning them all would make the work grow with the
 * square of the corpus. With this cap a passage is scored against at most
 * TERMS_PER_PASSAGE × MAX_POSTINGS others, whatever the corpus size.
 */
export const MAX_POSTINGS = 64;
/** A term in more than this share of passages carries no signal and is not indexed. */
const MAX_DOCUMENT_SHARE = 0.25;

/**
 * Normalised terms of a text: lower case, no stop words, at least three letters.
 * @example listTerms('The CGTP called a strike') // ['cgtp', 'called', 'strike']
 */
export function listTerms(text: string): string[] {
  return listWords(text)
    .map((w) => w.toLowerCase().replace(/’/g, "'"))
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}

/** Unit TF-IDF vectors over distinctive features, and their inverted index. */
export interface FeatureSpace {
  vectors: Map<string, number>[];
  postings: Map<string, { index: number; weight: number }[]>;
  /** Scratch accumulator, one slot per item, reused by {@link scoreAgainst}. */
  scratch: Float64Array;
}

/**
 * Build unit TF-IDF vectors for lists of features (terms, or anything else), keeping only
 * distinctive ones, and index them by feature. A feature's weight is multiplied by `boost(feature)`.
 * @example buildFeatureSpace([['juliaca'], ['juliaca'], ['lima']]).postings.get('juliaca')?.length // 2
 */
export function buildFeatureSpace(features: string[][], boost: (feature: string) => number = () => 1): FeatureSpace {
  const n = features.length;
  const tfs = features.map((list) => {
    const tf = new Map<string, number>();
    for (const feature of list) tf.set(feature, (tf.get(feature) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);

  const vectors = tfs.map((tf) => {
    const weights = [...tf]
      // A term in one passage only can link nothing; one in too many links everything.
      .filter(([term]) => (df.get(term) ?? 0) >= 2 && (df.get(term) ?? 0) <= Math.max(2, MAX_DOCUMENT_SHARE * n))
      .map(([term, count]): [string, number] => [
        term,
        (1 + Math.log(count)) * Math.log(n / (df.get(term) ?? 1)) * boost(term),
      ])
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TERMS_PER_PASSAGE);
    const norm = Math.hypot(...weights.map(([, w]) => w)) || 1;
    return new Map(weights.map(([t, w]) => [t, w / norm]));
  });

  const postings = new Map<string, { index: number; weight: number }[]>();
  vectors.forEach((vector, index) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? [];
      list.push({ index, weight });
      postings.set(term, list);
    }
  });
  for (const [term, list] of postings)
    if (list.length > MAX_POSTINGS)
      postings.set(term, list.sort((a, b) => b.weight - a.weight || a.index - b.index).slice(0, MAX_POSTINGS));
  return { vectors, postings, scratch: new Float64Array(n) };
}

/**
 * Cosine scores of item `index` against the items sharing one of its features, skipping those
 * for which `skip(other)` is true.
 * @example scoreAgainst(buildFeatureSpace([['juliaca'], ['juliaca'], ['lima']]), 0, (other) => other === 0) // new Map([[1, 1]])
 */
export function scoreAgainst(
  space: FeatureSpace,
  index: number,
  skip: (other: number) => boolean,
): Map<number, number> {
  // A typed accumulator and a list of the slots touched: far cheaper than a Map per posting.
  const { scratch } = space;
  const touched: number[] = [];
  for (const [term, weight] of space.vectors[index] ?? []) {
    for (const posting of space.postings.get(term) ?? []) {
      if (scratch[posting.index] === 0) {
        if (skip(posting.index)) continue;
        touched.push(posting.index);
      }
      scratch[posting.index] = (scratch[posting.index] ?? 0) + weight * posting.weight;
    }
  }
  const scores = new Map<number, number>();
  for (const other of touched) {
    scores.set(other, scratch[other] ?? 0);
    scratch[other] = 0;
  }
  return scores;
}
