/**
 * The passage index, built once after the site: every passage of every article is its own
 * searchable unit. Pure: it takes the articles as Pagefind read them from the built pages (text
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
    /** Per filter, each article's values as positions in `filters`. */
    filters: Record<string, number[][]>;
  };
  /** The first term of each term shard (`t/<k>.json`), sorted. */
  terms: string[];
  /** The first passage id of each text block (`b/<k>.json`). */
  blocks: number[];
}

/** A term shard: term → postings, each `passage id delta, hit count, word positions (deltas)…`. */
export type TermShard = Record<string, number[]>;

/** A text block: the metadata of its articles (by position in date order) and its passages' words. */
export interface TextBlock {
  articles: Record<string, Record<string, string>>;
  texts: string[];
}

/** Raw JSON characters per term shard and per text block: a few KB each once compressed. */
export const SHARD_SIZE = 12_000;
export const BLOCK_SIZE = 6_000;

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

/** A short hash of a string (FNV-1a), for the manifest's version. */
function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
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
 * Build the passage index of a site: path (relative to the index folder) → JSON text.
 * @throws Error when no page holds a passage.
 */
export function buildPassageIndex(pages: PageRecord[]): Map<string, string> {
  const articles = sortByDate(pages).map((page) => ({ page, passages: passagesOfPage(page) }));
  if (articles.every((a) => a.passages.length === 0)) throw new Error('no built article holds a passage (¶) to index');

  const filterKeys = [...new Set(pages.flatMap((p) => Object.keys(p.filters)))].sort();
  const filterValues: Record<string, string[]> = {};
  for (const key of filterKeys) filterValues[key] = [...new Set(pages.flatMap((p) => p.filters[key] ?? []))].sort();
  const articleFilters: Record<string, number[][]> = {};
  for (const key of filterKeys)
    articleFilters[key] = articles.map(({ page }) =>
      (page.filters[key] ?? []).map((value) => filterValues[key]?.indexOf(value) ?? -1),
    );

  // Postings: term → passage id → word positions, passages numbered on through the articles.
  const postings = new Map<string, Map<number, number[]>>();
  const texts: { pid: number; article: number; text: string }[] = [];
  for (const [article, { passages }] of articles.entries()) {
    for (const passage of passages) {
      const pid = texts.length;
      texts.push({ pid, article, text: passage.text });
      for (const [position, word] of passage.text.split(' ').entries()) {
        for (const token of wordTokens(word)) {
          const byPassage = postings.get(token) ?? new Map<number, number[]>();
          const positions = byPassage.get(pid) ?? [];
          if (positions.at(-1) !== position) positions.push(position);
          byPassage.set(pid, positions);
          postings.set(token, byPassage);
        }
      }
    }
  }

  const files = new Map<string, string>();
  const encoded = [...postings.keys()].sort().map((term) => {
    const list: number[] = [];
    let last = 0;
    for (const [pid, positions] of postings.get(term) ?? []) {
      list.push(pid - last, positions.length, ...positions.map((p, i) => p - (positions[i - 1] ?? 0)));
      last = pid;
    }
    return { term, list };
  });
  const shards = cutIntoRuns(encoded, (e) => e.term.length + 4 + JSON.stringify(e.list).length, SHARD_SIZE);
  for (const [k, shard] of shards.entries())
    files.set(`t/${k}.json`, JSON.stringify(Object.fromEntries(shard.map((e) => [e.term, e.list]))));

  const blocks = cutIntoRuns(texts, (t) => t.text.length + 3, BLOCK_SIZE);
  for (const [k, block] of blocks.entries()) {
    const meta: TextBlock['articles'] = {};
    for (const { article } of block) meta[String(article)] = articles[article]?.page.meta ?? {};
    const body: TextBlock = { articles: meta, texts: block.map((t) => t.text) };
    files.set(`b/${k}.json`, JSON.stringify(body));
  }

  const manifest: Omit<IndexManifest, 'v'> = {
    filters: filterValues,
    articles: { passages: articles.map((a) => a.passages.length), filters: articleFilters },
    terms: shards.map((shard) => shard[0]?.term ?? ''),
    blocks: blocks.map((block) => block[0]?.pid ?? 0),
  };
  const v = hashOf([...files.values(), JSON.stringify(manifest)].join('\n'));
  files.set('manifest.json', JSON.stringify({ v, ...manifest }));
  return files;
}
