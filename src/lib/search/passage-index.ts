/**
 * The passage index, built once after the site: every passage of every article is its own
 * searchable unit. Pure: it takes the articles as Pagefind read them from the rendered pages (text
 * with the ¶ numbers, buttons and notes left out, the other names of mentions kept) and returns
 * the files to write. The browser reads a small manifest, the term shards of the words it searches
 * and the text blocks of the passages it shows (src/lib/search/passage-search.ts).
 */
import { passageNumber } from '../routes/routes.ts';
import { wordTokens } from './search-words.ts';

/** One built article page as Pagefind's fragment describes it. */
export interface PageRecord {
  /** The indexed text, words separated by white space. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Every element with an id, at the position of the first word after it. */
  anchors: { id: string; location: number }[];
}

/** One passage: its ¶ number and its words. */
export interface IndexedPassage {
  n: number;
  text: string;
}

/** The index's table of contents, fetched before the first search. */
export interface IndexManifest {
  /** Changes with the index, so a browser never mixes files of two builds. */
  v: string;
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

/** A term shard: term → postings, each `passage id delta, hit count, word positions (deltas)…`. */
export type TermShard = Record<string, number[]>;

/** A text block: its article's metadata (title, slug, publisher, current, author, date) and some of its passages' words. */
export interface TextBlock {
  meta: Record<string, string>;
  texts: string[];
}

/** Raw JSON characters per term shard: about 3 KB once compressed (a term with more postings has a shard of its own). */
export const SHARD_SIZE = 24_000;

/**
 * Passages per text block (about 3 KB compressed); an article's passages are cut into blocks of
 * their own. Measured on 2,000 synthetic articles, 8, 12, 16 and 24 passages per block read about
 * the same bytes for a first query (47–57 KB: hits spread over an article, and small files
 * compress less well), while files per article fall from 3.5 to 1.7; 16 gives 2.1.
 */
export const BLOCK_PASSAGES = 16;

/**
 * The passages of a page: the words from each passage anchor (`pN`) up to the next anchor (a
 * heading's words belong to no passage; the title and dek, before ¶1, to none either).
 * @example passagesOfPage({ content: 'Title One two Head three', meta: {}, filters: {}, anchors: [{ id: 'p1', location: 1 }, { id: 'h', location: 3 }, { id: 'p2', location: 4 }] }) // [{ n: 1, text: 'One two' }, { n: 2, text: 'three' }]
 */
export function passagesOfPage(page: PageRecord): IndexedPassage[] {
  const words = page.content.split(/\s+/);
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  const passages: IndexedPassage[] = [];
  for (const [i, anchor] of anchors.entries()) {
    const n = passageNumber(anchor.id);
    if (n === null) continue;
    const end = anchors[i + 1]?.location ?? words.length;
    passages.push({ n, text: words.slice(anchor.location, end).join(' ') });
  }
  return passages.sort((a, b) => a.n - b.n);
}

/** Articles in date order (undated last), then by slug: the order results are listed in. */
function sortByDate(pages: PageRecord[]): PageRecord[] {
  const key = (p: PageRecord) => [p.meta['date'] ?? '\uffff', p.meta['slug'] ?? ''].join(' ');
  return [...pages].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

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
 * The passage index of a site, file by file: path (relative to the index folder) → JSON text, the
 * manifest last. A generator, so the caller writes each file as it comes and a large corpus never
 * holds all of them at once; each article's text blocks come as soon as its passages are indexed.
 * @throws Error when no page holds a passage.
 */
export function* buildPassageIndex(pages: PageRecord[]): Generator<[string, string]> {
  const sorted = sortByDate(pages);
  const filterKeys = [...new Set(pages.flatMap((p) => Object.keys(p.filters)))].sort();
  const filterValues: Record<string, string[]> = {};
  for (const key of filterKeys) filterValues[key] = [...new Set(pages.flatMap((p) => p.filters[key] ?? []))].sort();
  const articleFilters: IndexManifest['articles']['filters'] = {};
  for (const key of filterKeys) {
    const position = new Map((filterValues[key] ?? []).map((value, i) => [value, i]));
    articleFilters[key] = sorted.map((page) => {
      const own = (page.filters[key] ?? []).map((value) => position.get(value) ?? -1);
      return own.length === 1 ? (own[0] ?? -1) : own;
    });
  }

  let v = FNV_OFFSET;
  // Postings, encoded as they grow: term → `passage id delta, hit count, position deltas…`,
  // passages numbered on through the articles in date order.
  const postings = new Map<string, { last: number; list: number[] }>();
  // Tokens per distinct word: far fewer than words, and normalising is the slow part.
  const tokensOf = new Map<string, string[]>();
  const counts: number[] = [];
  let pid = -1;
  for (const [a, page] of sorted.entries()) {
    const passages = passagesOfPage(page);
    counts.push(passages.length);
    for (const passage of passages) {
      pid++;
      const own = new Map<string, number[]>();
      for (const [position, word] of passage.text.split(' ').entries()) {
        let tokens = tokensOf.get(word);
        if (!tokens) tokensOf.set(word, (tokens = wordTokens(word)));
        for (const token of tokens) {
          const positions = own.get(token);
          if (!positions) own.set(token, [position]);
          else if (positions.at(-1) !== position) positions.push(position);
        }
      }
      for (const [token, positions] of own) {
        let entry = postings.get(token);
        if (!entry) postings.set(token, (entry = { last: 0, list: [] }));
        entry.list.push(pid - entry.last, positions.length);
        let previous = 0;
        for (const position of positions) {
          entry.list.push(position - previous);
          previous = position;
        }
        entry.last = pid;
      }
    }
    for (let j = 0; j * BLOCK_PASSAGES < passages.length; j++) {
      const texts = passages.slice(j * BLOCK_PASSAGES, (j + 1) * BLOCK_PASSAGES).map((p) => p.text);
      const json = JSON.stringify({ meta: page.meta, texts } satisfies TextBlock);
      v = hashOn(v, json);
      yield [`b/${a}-${j}.json`, json];
    }
  }
  if (pid < 0) throw new Error('no built article holds a passage (¶) to index');

  const encoded = [...postings.keys()].sort().map((term) => ({ term, list: postings.get(term)?.list ?? [] }));
  postings.clear();
  const shards = cutIntoRuns(encoded, (e) => e.term.length + 4 + JSON.stringify(e.list).length, SHARD_SIZE);
  for (const [k, shard] of shards.entries()) {
    const json = JSON.stringify(Object.fromEntries(shard.map((e) => [e.term, e.list])));
    v = hashOn(v, json);
    yield [`t/${k}.json`, json];
  }

  const manifest: Omit<IndexManifest, 'v'> = {
    filters: filterValues,
    articles: { passages: counts, filters: articleFilters },
    terms: shards.map((shard, k) => separator(shards[k - 1]?.at(-1)?.term ?? '', shard[0]?.term ?? '')),
    block: BLOCK_PASSAGES,
  };
  v = hashOn(v, JSON.stringify(manifest));
  yield ['manifest.json', JSON.stringify({ v: (v >>> 0).toString(36), ...manifest })];
}
