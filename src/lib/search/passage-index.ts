/**
 * The passage index, built once per build from the passages the build holds (`listBodyPassages`)
 * and the annotations it resolved (`search-input.ts` shapes them): every passage of every article
 * is its own searchable unit. Pure: it takes the articles and the curated topics and returns the
 * files to write. The browser reads a small manifest, the term shards of the words it searches,
 * the topic list, and the text blocks of the passages it shows (`passage-search.ts`).
 *
 * Ranking is BM25 (term frequency with saturation, passage length, rarity across passages). The
 * part of a term's score that depends on the passage alone (its saturated, length-normalised
 * frequency: the "impact") is computed here, where the passage lengths are known, so the browser
 * needs no table of lengths; rarity (idf) it computes from the postings it reads.
 */
import { tokenize } from './search-words.ts';

/** A name the site knows a printed form by, indexed at a lower weight than the printed words. */
export interface Gloss {
  /** The form as the passage prints it ("Boularte", "CGTP"). */
  printed: string;
  /** The names it stands for ("Dina Boluarte"), searched too. */
  names: string[];
  /** The topic of the entity it names (`entity:boluarte`). */
  topic: string;
}

/** Where a curated event or disputed figure is tied to a passage: its key and the quote's offsets. */
export type TopicSpan = [key: string, start: number, end: number];

/** One passage as the index takes it. */
export interface IndexPassage {
  /** The passage's text, as a reader sees it. */
  text: string;
  /** Other names of the entities it mentions, where the printed form differs. */
  glosses: Gloss[];
  /** The curated topics tied to it: keys of {@link IndexTopic}. */
  topics: string[];
  /** The quotes that tie events and disputed figures to it, so an excerpt can show them. */
  spans: TopicSpan[];
}

/** One article as the index takes it. */
export interface IndexArticle {
  /** What a result shows: title, slug, publisher, current, author, date (ISO), when (as read). */
  meta: Record<string, string>;
  /** Filter name → the article's values. */
  filters: Record<string, string[]>;
  /** Its passages in order, ¶1 first. */
  passages: IndexPassage[];
}

/** A curated topic a query can name: an entity, an event or a disputed figure. */
export interface IndexTopic {
  /** `entity:cgtp`, `event:juliaca-massacre`, `claim:deaths-in-the-repression`. */
  key: string;
  kind: 'entity' | 'event' | 'claim';
  /** Its name as the page offers it. */
  label: string;
  /** Its page. */
  href: string;
  /** Every name it goes by. */
  names: string[];
  /** For an entity: the names a gloss of its mentions stands for (its canonical and English names). */
  gloss?: string[];
}

/** The index's table of contents, fetched before the first search. */
export interface IndexManifest {
  /** Changes with the index, so a browser never mixes files of two builds. */
  v: string;
  /** Passages in the whole index (for rarity). */
  n: number;
  /** Every value of each filter, sorted; articles refer to them by position. */
  filters: Record<string, string[]>;
  articles: {
    /** Passages per article, articles in date order; passage ids run on from article to article. */
    passages: number[];
    /** Per filter, each article's values as positions in `filters`: one number, or a list when it has several or none. */
    filters: Record<string, (number | number[])[]>;
  };
  /**
   * Where each term shard (`t/<k>.json`) starts: the shortest prefix of its first term that sorts
   * after every term of the shard before, so the list stays short.
   */
  terms: string[];
  /** Passages per text block: block `b/<a>-<j>.json` holds passages j × block + 1 … (j + 1) × block of article a. */
  block: number;
}

/**
 * A term shard: term → postings, each `passage id delta, impact, count, word positions (deltas)…`;
 * a topic's passages stand under `@<key>` as passage id deltas alone.
 */
export type TermShard = Record<string, number[]>;

/** A gloss as a text block holds it: the printed form and its topic's key (the names are the topic's `gloss`). */
export type BlockGloss = [printed: string, topic: string];

/** A text block: its article's metadata and some of its passages' text, glosses and quoted spans. */
export interface TextBlock {
  meta: Record<string, string>;
  texts: string[];
  glosses: BlockGloss[][];
  spans: TopicSpan[][];
}

/** The topics file: every curated topic, for the browser to match a query's words against. */
export type TopicsFile = IndexTopic[];

/** Raw JSON characters per term shard: about 3 KB once compressed (a term with more postings has a shard of its own). */
export const SHARD_SIZE = 24_000;

/**
 * Passages per text block (about 3 KB compressed); an article's passages are cut into blocks of
 * their own. Measured on 2,000 synthetic articles, 8, 12, 16 and 24 passages per block read about
 * the same bytes for a first query (47–57 KB: hits spread over an article, and small files
 * compress less well), while files per article fall from 3.5 to 1.7; 16 gives 2.1.
 */
export const BLOCK_PASSAGES = 16;

/** BM25's saturation (k1) and length normalisation (b): the usual values. */
export const BM25 = { k1: 1.2, b: 0.75 };
/** A word of a gloss counts this much of a printed word: the printed word ranks above a name only glossed. */
export const GLOSS_WEIGHT = 0.5;
/** Impacts are stored as whole numbers: the saturated frequency × this. */
export const IMPACT_SCALE = 100;

/** The key a topic's passages stand under in the term shards. */
export const topicTerm = (key: string) => `@${key}`;

/**
 * The shortest prefix of `first` that sorts after `previous` (`first` sorts after it).
 * @example separator('constitution', 'consume') // 'consu'
 */
export function separator(previous: string, first: string): string {
  for (let length = 1; length < first.length; length++) {
    const prefix = first.slice(0, length);
    if (prefix > previous) return prefix;
  }
  return first;
}

/** FNV-1a's offset basis: the start of {@link hashOn}'s hash. */
const FNV_OFFSET = 0x811c9dc5;

/** A short hash (FNV-1a) carried on over one more text, so files can be hashed as they are made. */
function hashOn(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Cut items into runs of about `size` JSON characters, in order. */
function cutIntoRuns<T>(items: T[], sizeOf: (item: T) => number, size: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let length = 0;
  for (const item of items) {
    if (run.length > 0 && length + sizeOf(item) > size) {
      runs.push(run);
      run = [];
      length = 0;
    }
    run.push(item);
    length += sizeOf(item);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * BM25's saturated, length-normalised term frequency, scaled to a whole number.
 * @example impact(1, 50, 50) // 100
 */
export function impact(frequency: number, length: number, averageLength: number): number {
  const { k1, b } = BM25;
  const norm = k1 * (1 - b + (b * length) / averageLength);
  return Math.max(1, Math.round(((frequency * (k1 + 1)) / (frequency + norm)) * IMPACT_SCALE));
}

/** A passage's terms: the positions of each printed word's terms, and each term's weight from the glosses. */
function readPassage(passage: IndexPassage): {
  length: number;
  printed: Map<string, number[]>;
  glossed: Map<string, number>;
} {
  const printed = new Map<string, number[]>();
  const tokens = tokenize(passage.text);
  for (const token of tokens)
    for (const term of token.terms) {
      const positions = printed.get(term);
      if (!positions) printed.set(term, [token.position]);
      else if (positions.at(-1) !== token.position) positions.push(token.position);
    }
  const glossed = new Map<string, number>();
  for (const gloss of passage.glosses)
    for (const name of gloss.names)
      for (const token of tokenize(name))
        for (const term of token.terms) glossed.set(term, (glossed.get(term) ?? 0) + 1);
  return { length: tokens.length, printed, glossed };
}

/**
 * The passage index of a site, file by file: path (relative to the index folder) → JSON text, the
 * manifest last. Articles must come in the order results are listed "by date". A generator, so
 * the caller writes each file as it comes; each article's text blocks come as soon as its passages
 * are indexed.
 * @throws Error when no article holds a passage.
 */
export function* buildPassageIndex(articles: IndexArticle[], topics: IndexTopic[]): Generator<[string, string]> {
  const filterKeys = [...new Set(articles.flatMap((a) => Object.keys(a.filters)))].sort();
  const filterValues: Record<string, string[]> = {};
  for (const key of filterKeys) filterValues[key] = [...new Set(articles.flatMap((a) => a.filters[key] ?? []))].sort();
  const articleFilters: IndexManifest['articles']['filters'] = {};
  for (const key of filterKeys) {
    const position = new Map((filterValues[key] ?? []).map((value, i) => [value, i]));
    articleFilters[key] = articles.map((article) => {
      const own = (article.filters[key] ?? []).map((value) => position.get(value) ?? -1);
      return own.length === 1 ? (own[0] ?? -1) : own;
    });
  }

  // Two passes over the passages: lengths first (BM25 needs the average), then the postings.
  let words = 0;
  let total = 0;
  for (const article of articles)
    for (const passage of article.passages) {
      words += tokenize(passage.text).length;
      total++;
    }
  if (total === 0) throw new Error('no article holds a passage (¶) to index');
  const averageLength = Math.max(1, words / total);

  let v = FNV_OFFSET;
  // Postings, encoded as they grow: term → `passage id delta, impact, count, position deltas…`,
  // passages numbered on through the articles in date order.
  const postings = new Map<string, { last: number; list: number[] }>();
  const entryOf = (term: string) => {
    let entry = postings.get(term);
    if (!entry) postings.set(term, (entry = { last: 0, list: [] }));
    return entry;
  };
  const post = (term: string, pid: number, weight: number, positions: number[]) => {
    const entry = entryOf(term);
    entry.list.push(pid - entry.last, weight, positions.length);
    let previous = 0;
    for (const position of positions) {
      entry.list.push(position - previous);
      previous = position;
    }
    entry.last = pid;
  };
  const tag = (key: string, pid: number) => {
    const entry = entryOf(topicTerm(key));
    entry.list.push(pid - entry.last);
    entry.last = pid;
  };
  const counts: number[] = [];
  let pid = -1;
  for (const [a, article] of articles.entries()) {
    counts.push(article.passages.length);
    for (const passage of article.passages) {
      pid++;
      const { length, printed, glossed } = readPassage(passage);
      for (const term of new Set([...printed.keys(), ...glossed.keys()])) {
        const positions = printed.get(term) ?? [];
        const frequency = positions.length + GLOSS_WEIGHT * (glossed.get(term) ?? 0);
        post(term, pid, impact(frequency, length, averageLength), positions);
      }
      for (const key of new Set(passage.topics)) tag(key, pid);
    }
    for (let j = 0; j * BLOCK_PASSAGES < article.passages.length; j++) {
      const own = article.passages.slice(j * BLOCK_PASSAGES, (j + 1) * BLOCK_PASSAGES);
      const block: TextBlock = {
        meta: article.meta,
        texts: own.map((p) => p.text),
        glosses: own.map((p) => p.glosses.map((g): BlockGloss => [g.printed, g.topic])),
        spans: own.map((p) => p.spans),
      };
      const json = JSON.stringify(block);
      v = hashOn(v, json);
      yield [`b/${a}-${j}.json`, json];
    }
  }

  const encoded = [...postings.keys()].sort().map((term) => ({ term, list: postings.get(term)?.list ?? [] }));
  postings.clear();
  const shards = cutIntoRuns(encoded, (e) => e.term.length + 4 + JSON.stringify(e.list).length, SHARD_SIZE);
  for (const [k, shard] of shards.entries()) {
    const json = JSON.stringify(Object.fromEntries(shard.map((e) => [e.term, e.list])));
    v = hashOn(v, json);
    yield [`t/${k}.json`, json];
  }

  const topicsJson = JSON.stringify(topics satisfies TopicsFile);
  v = hashOn(v, topicsJson);
  yield ['topics.json', topicsJson];

  const manifest: Omit<IndexManifest, 'v'> = {
    n: total,
    filters: filterValues,
    articles: { passages: counts, filters: articleFilters },
    terms: shards.map((shard, k) => separator(shards[k - 1]?.at(-1)?.term ?? '', shard[0]?.term ?? '')),
    block: BLOCK_PASSAGES,
  };
  v = hashOn(v, JSON.stringify(manifest));
  yield ['manifest.json', JSON.stringify({ v: (v >>> 0).toString(36), ...manifest })];
}
