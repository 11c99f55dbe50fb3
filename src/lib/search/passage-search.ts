/**
 * Search the passage index (src/lib/search/passage-index.ts) in the browser: an article matches
 * when its passages hold every part of the query between them; its matching passages are those
 * that hold any part. Results come in date order, filtered, with counts per filter value, and only
 * the passages of the articles shown are read. Pure but for `load`, which fetches one index file.
 */
import { passageId } from '../routes/routes.ts';
import { excerptAround, type ExcerptPart } from './search-hits.ts';
import type { IndexManifest, TermShard, TextBlock } from './passage-index.ts';
import { parseQuery, searchPrefix, type QueryPart } from './search-words.ts';

/** Fetch one index file (`manifest.json`, `t/3.json?v=…`, `b/12-0.json?v=…`) as parsed JSON. */
export type LoadIndexFile = (path: string) => Promise<unknown>;

/** Filter name → value → number of articles. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One matching passage, with its excerpt. */
export interface PassageResult {
  id: string;
  n: number;
  excerpt: ExcerptPart[];
}

/** One article's result: its metadata (title, slug, publisher, current, author, date) and matching passages. */
export interface ArticleResult {
  meta: Record<string, string | undefined>;
  passages: PassageResult[];
}

/** What one search found. */
export interface SearchOutcome {
  /** The first `shown` matching articles, in date order, with their passages. */
  hits: ArticleResult[];
  /** Filter counts for this search: matching articles under each value, the chosen filters applied. */
  counts: FilterCounts;
  /** Articles that match. */
  matched: number;
  /** Articles read (shown) so far. */
  read: number;
  filtered: boolean;
}

/** The chosen values of each filter (an article needs one of them, for every filter chosen). */
export type Chosen = Partial<Record<string, string[]>>;

/** Word positions of a part's hits, by passage id. */
type Hits = Map<number, number[]>;

/** The index of the last element of a sorted list that is ≤ x (0 when none is). */
function lastAtOrBefore(sorted: readonly (number | string)[], x: number | string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The passage index of one search: the manifest read, files fetched once each. */
export class PassageIndex {
  private readonly files = new Map<string, Promise<unknown>>();
  /** The first passage id of each article. */
  private readonly starts: number[] = [];

  private constructor(
    readonly manifest: IndexManifest,
    private readonly load: LoadIndexFile,
  ) {
    let pid = 0;
    for (const count of manifest.articles.passages) {
      this.starts.push(pid);
      pid += count;
    }
  }

  /** Read the manifest and get ready to search. */
  static async open(load: LoadIndexFile): Promise<PassageIndex> {
    return new PassageIndex((await load('manifest.json')) as IndexManifest, load);
  }

  private file<T>(path: string): Promise<T> {
    const url = `${path}?v=${this.manifest.v}`;
    let file = this.files.get(url);
    if (!file) {
      file = this.load(url);
      this.files.set(url, file);
      // A failed fetch is tried again by the next search, not remembered.
      file.catch(() => this.files.delete(url));
    }
    return file as Promise<T>;
  }

  /** Every value of each filter, with the number of articles under it. */
  allCounts(): FilterCounts {
    return this.countFilters(this.manifest.articles.passages.map((_, a) => a));
  }

  private countFilters(articles: number[]): FilterCounts {
    const counts: FilterCounts = {};
    for (const [key, values] of Object.entries(this.manifest.filters)) {
      const own: Record<string, number> = Object.fromEntries(values.map((v) => [v, 0]));
      const column = this.manifest.articles.filters[key] ?? [];
      for (const a of articles)
        for (const i of [column[a] ?? []].flat()) {
          const value = values[i];
          if (value !== undefined) own[value] = (own[value] ?? 0) + 1;
        }
      counts[key] = own;
    }
    return counts;
  }

  /** Whether an article has one of the chosen values of every chosen filter. */
  private passes(article: number, chosen: Chosen): boolean {
    return Object.entries(chosen).every(([key, wanted = []]) => {
      const values = this.manifest.filters[key] ?? [];
      const own = [this.manifest.articles.filters[key]?.[article] ?? []].flat().map((i) => values[i]);
      return wanted.length === 0 || own.some((v) => v !== undefined && wanted.includes(v));
    });
  }

  private articleOf(pid: number): number {
    return lastAtOrBefore(this.starts, pid);
  }

  /**
   * The postings of every indexed term that `accept` takes, from the shards that can hold terms
   * between `from` and `to`.
   */
  private async postings(from: string, to: string, accept: (term: string) => boolean): Promise<Hits[]> {
    const { terms } = this.manifest;
    const first = lastAtOrBefore(terms, from);
    const last = lastAtOrBefore(terms, to);
    const shards = await Promise.all(
      Array.from({ length: last - first + 1 }, (_, k) => this.file<TermShard>(`t/${first + k}.json`)),
    );
    const found: Hits[] = [];
    for (const shard of shards)
      for (const [term, list] of Object.entries(shard)) if (accept(term)) found.push(decodePostings(list));
    return found;
  }

  /** The hits of one part of a query. */
  private async partHits(part: QueryPart): Promise<Hits> {
    if (!part.phrase) {
      const prefix = searchPrefix(part.tokens[0] ?? '');
      return mergeHits(await this.postings(prefix, `${prefix}\uffff`, (t) => t.startsWith(prefix)));
    }
    const each = await Promise.all(
      part.tokens.map(async (token) => mergeHits(await this.postings(token, token, (t) => t === token))),
    );
    return phraseHits(each);
  }

  /** Run a query: the first `shown` matching articles in date order, with their passages read. */
  async search(q: string, chosen: Chosen, shown: number): Promise<SearchOutcome> {
    const parts = parseQuery(q);
    const filtered = Object.values(chosen).some((values) => (values ?? []).length > 0);
    const partHits = await Promise.all(parts.map((part) => this.partHits(part)));
    // The articles that hold every part: those of the rarest part, checked against the others.
    const holders = partHits
      .map((hits) => {
        const articles = new Set<number>();
        for (const pid of hits.keys()) articles.add(this.articleOf(pid));
        return articles;
      })
      .sort((a, b) => a.size - b.size);
    const [rarest, ...others] = holders;
    const matching = [...(rarest ?? [])]
      .filter((article) => others.every((set) => set.has(article)) && this.passes(article, chosen))
      .sort((a, b) => a - b);
    const read = matching.slice(0, shown);
    const hits = await Promise.all(read.map((article) => this.readArticle(article, partHits)));
    return { hits, counts: this.countFilters(matching), matched: matching.length, read: read.length, filtered };
  }

  /** One article's matching passages, their text read from the blocks, with excerpts. */
  private async readArticle(article: number, partHits: Hits[]): Promise<ArticleResult> {
    const start = this.starts[article] ?? 0;
    const passages: Hits = new Map();
    for (let pid = start; pid < start + (this.manifest.articles.passages[article] ?? 0); pid++)
      for (const hits of partHits) {
        const positions = hits.get(pid);
        if (positions) passages.set(pid, [...(passages.get(pid) ?? []), ...positions]);
      }
    let meta: Record<string, string> = {};
    const results = await Promise.all(
      [...passages.entries()]
        .sort(([a], [b]) => a - b)
        .map(async ([pid, positions]) => {
          const n = pid - start + 1;
          const j = Math.floor((n - 1) / this.manifest.block);
          const block = await this.file<TextBlock>(`b/${article}-${j}.json`);
          meta = block.meta;
          const text = block.texts[n - 1 - j * this.manifest.block] ?? '';
          const sorted = [...new Set(positions)].sort((a, b) => a - b);
          return { id: passageId(n), n, excerpt: excerptAround(text.split(' '), sorted) };
        }),
    );
    return { meta, passages: results };
  }
}

/**
 * An index file's bytes as JSON: gzip-compressed as the build writes them, or already
 * decompressed (a host that sends `.gz` files with `Content-Encoding: gzip` has the browser do it).
 */
export async function parseIndexFile(bytes: Uint8Array<ArrayBuffer>): Promise<unknown> {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzip
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as unknown;
}

/** Decode a posting list: passage id delta, hit count, position deltas…, repeated. */
export function decodePostings(list: number[]): Hits {
  const hits: Hits = new Map();
  let pid = 0;
  for (let i = 0; i < list.length;) {
    pid += list[i] ?? 0;
    const count = list[i + 1] ?? 0;
    const positions: number[] = [];
    let position = 0;
    for (let k = 0; k < count; k++) positions.push((position += list[i + 2 + k] ?? 0));
    hits.set(pid, positions);
    i += 2 + count;
  }
  return hits;
}

/** Several terms' hits as one (a prefix matches many words). */
function mergeHits(all: Hits[]): Hits {
  const merged: Hits = new Map();
  for (const hits of all)
    for (const [pid, positions] of hits) merged.set(pid, [...(merged.get(pid) ?? []), ...positions]);
  return merged;
}

/** The positions of every word of every place where the words come in a row. */
function phraseHits(words: Hits[]): Hits {
  const [first, ...rest] = words;
  const hits: Hits = new Map();
  if (!first) return hits;
  for (const [pid, starts] of first) {
    const later = rest.map((w) => new Set(w.get(pid) ?? []));
    const found = starts.filter((s) => later.every((set, k) => set.has(s + k + 1)));
    if (found.length > 0)
      hits.set(
        pid,
        found.flatMap((s) => words.map((_, k) => s + k)),
      );
  }
  return hits;
}
