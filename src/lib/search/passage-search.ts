/**
 * Search the passage index (`passage-index.ts`) in the browser. Each passage is scored on its own:
 * BM25 over the query's words (a word printed counts fully, a name only glossed at a lower
 * weight), words close together above words far apart. Passages that hold every word (or the
 * quoted phrase) come first, then passages tied to a curated topic the query names (an entity, an
 * event, a disputed figure, by any of its names), then passages holding some of the words.
 * Results are grouped by article, articles in the order of their best passage ("most relevant"),
 * or in date order with passages in reading order ("by date"); filtered, with counts per filter
 * value; only the text of the articles shown is read. Pure but for `load`, which fetches one file.
 */
import { passageId } from '../routes/routes.ts';
import { makeExcerpt, type ExcerptText } from './search-hits.ts';
import {
  IMPACT_SCALE,
  topicTerm,
  type Gloss,
  type IndexManifest,
  type TermShard,
  type TextBlock,
  type TopicsFile,
} from './passage-index.ts';
import { allCounts, countFilters, type FilterCounts } from './index-manifest.ts';
import { isStopWord, parseQuery, tokenize, type QueryPart, type Token } from './search-words.ts';
import type { SearchSort } from './search-state.ts';

/** Fetch one index file (`manifest.json`, `t/3.json?v=…`, `b/12-0.json?v=…`) as parsed JSON. */
export type LoadIndexFile = (path: string) => Promise<unknown>;

export type { FilterCounts } from './index-manifest.ts';
export { parseIndexFile } from './index-manifest.ts';

/** One matching passage, with its excerpt. */
export interface PassageResult {
  id: string;
  n: number;
  excerpt: ExcerptText[];
  /** The site's other names for forms the passage prints, where the query matched one of them. */
  glosses: Gloss[];
  /** Whether it holds every word of the query. */
  complete: boolean;
}

/**
 * One article's result: its metadata (title, slug, publisher, current, author, date), its matching
 * passages, and, where other passages hold every word, those that hold only some (`more`): their
 * ¶ numbers only, their text read on request ({@link PassageIndex.readMore}), so a first query
 * downloads no block for them.
 */
export interface ArticleResult {
  meta: Record<string, string | undefined>;
  passages: PassageResult[];
  more: Pick<PassageResult, 'id' | 'n'>[];
  /** The article's place in the index, for {@link PassageIndex.readMore}. */
  article: number;
}

/** A curated page the query names: a topic, an event on the timeline, a disagreement. */
export interface TopicLink {
  kind: 'entity' | 'event' | 'claim';
  label: string;
  href: string;
}

/** What one search found. */
export interface SearchOutcome {
  /** The first `shown` matching articles, in the order asked for, with their passages. */
  hits: ArticleResult[];
  /** Filter counts for this search: matching articles under each value, the chosen filters applied. */
  counts: FilterCounts;
  /** Articles that match. */
  matched: number;
  /** Articles read (shown) so far. */
  read: number;
  /** Passages that match, in every matching article. */
  passages: number;
  /** Of those, the passages that hold every word of the query. */
  complete: number;
  /** Words of the query found in no passage at all. */
  missing: string[];
  /** Curated pages the query names. */
  topics: TopicLink[];
  /** Stop words left out, and words beyond the limit. */
  dropped: string[];
  overflow: number;
  filtered: boolean;
}

/** The chosen values of each filter (an article needs one of them, for every filter chosen). */
export type Chosen = Partial<Record<string, string[]>>;

/** One passage's hits of one term: its impact and the positions of the printed words. */
interface Posting {
  impact: number;
  positions: number[];
}

/** Postings by passage id. */
type Postings = Map<number, Posting>;

/** A part's hits in one passage: its weight (impact × rarity), printed positions, whether printed at all. */
interface PartHit {
  weight: number;
  positions: number[];
}

/** A typed prefix's matches count this much of the whole word's. */
const PREFIX_WEIGHT = 0.6;
/** A part found only in a gloss counts this much towards the parts a passage holds: less than half, so one word printed outranks two only glossed. */
const GLOSSED_COVERAGE = 0.4;
/** Words close together: the score grows by up to this share when the words stand side by side. */
const PROXIMITY_WEIGHT = 1;

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

/**
 * BM25's rarity of a term held by `df` of `n` passages.
 * @example Math.round(rarity(1, 100) * 100) // 421
 */
export function rarity(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * The fewest words that hold one position of each list (every list non-empty), or Infinity.
 * @example smallestSpan([[1, 20], [22], [5, 24]]) // 5
 */
export function smallestSpan(lists: number[][]): number {
  const merged = lists.flatMap((list, k) => list.map((position) => [position, k] as const)).sort((a, b) => a[0] - b[0]);
  const have = new Map<number, number>();
  let best = Infinity;
  let from = 0;
  for (const [position, k] of merged) {
    have.set(k, (have.get(k) ?? 0) + 1);
    while (have.size === lists.length) {
      const [start, first] = merged[from] ?? [0, 0];
      best = Math.min(best, position - start + 1);
      const left = (have.get(first) ?? 1) - 1;
      if (left === 0) have.delete(first);
      else have.set(first, left);
      from++;
    }
  }
  return best;
}

/** How one passage stands for a query. */
interface Ranked {
  pid: number;
  /** 2: holds every word; 1: tied to a topic the query names; 0: holds some words. */
  tier: number;
  /** Parts held: 1 each printed, {@link GLOSSED_COVERAGE} each only glossed. */
  coverage: number;
  score: number;
  /** Positions to mark, and the part each belongs to. */
  marks: number[][];
  glossed: boolean;
}

/** A curated topic as the engine keeps it: its names read as words (stop words left out), and the terms of its gloss. */
type ReadTopic = TopicsFile[number] & { nameWords: Token[][]; glossTerms: Set<string> };

/** Every matching passage, best first, with what the query named and missed. */
interface Ranking {
  ranked: Ranked[];
  /** Every term the query searched. */
  terms: Set<string>;
  topics: TopicLink[];
  /** Keys of the topics the query names. */
  topicKeys: Set<string>;
  missing: string[];
  dropped: string[];
  overflow: number;
}

const byRank = (a: Ranked, b: Ranked) =>
  b.tier - a.tier || b.coverage - a.coverage || b.score - a.score || a.pid - b.pid;

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
    return PassageIndex.withManifest((await load('manifest.json')) as IndexManifest, load);
  }

  /** Get ready to search with a manifest already read (the search page reads it before it loads this engine). */
  static withManifest(manifest: IndexManifest, load: LoadIndexFile): PassageIndex {
    return new PassageIndex(manifest, load);
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
    return allCounts(this.manifest);
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

  /** The raw posting lists of every indexed term between `from` and `to` that `accept` takes. */
  private async postingLists(
    from: string,
    to: string,
    accept: (term: string) => boolean,
  ): Promise<Map<string, number[]>> {
    const { terms } = this.manifest;
    const first = lastAtOrBefore(terms, from);
    const last = lastAtOrBefore(terms, to);
    const shards = await Promise.all(
      Array.from({ length: last - first + 1 }, (_, k) => this.file<TermShard>(`t/${first + k}.json`)),
    );
    const found = new Map<string, number[]>();
    for (const shard of shards)
      for (const [term, list] of Object.entries(shard)) if (accept(term)) found.set(term, list);
    return found;
  }

  /** The postings of every indexed word term between `from` and `to` that `accept` takes. */
  private async postings(from: string, to: string, accept: (term: string) => boolean): Promise<Map<string, Postings>> {
    const found = new Map<string, Postings>();
    for (const [term, list] of await this.postingLists(from, to, (t) => !t.startsWith('@') && accept(t)))
      found.set(term, decodePostings(list));
    return found;
  }

  private topicsRead: Promise<Map<string, ReadTopic>> | null = null;

  /** The curated topics, by key, their names read as words once (fetched with the first query). */
  private topics(): Promise<Map<string, ReadTopic>> {
    this.topicsRead ??= this.file<TopicsFile>('topics.json').then(
      (list) =>
        new Map(
          list.map((t) => [
            t.key,
            {
              ...t,
              nameWords: t.names
                .map((name) => tokenize(name).filter((w) => !isStopWord(w.word)))
                .filter((words) => words.length > 0),
              glossTerms: new Set((t.gloss ?? []).flatMap((name) => tokenize(name).flatMap((w) => w.terms))),
            },
          ]),
        ),
    );
    // A failed fetch is tried again by the next search.
    this.topicsRead.catch(() => (this.topicsRead = null));
    return this.topicsRead;
  }

  private async termPostings(term: string): Promise<Postings> {
    return (await this.postings(term, term, (t) => t === term)).get(term) ?? new Map();
  }

  /** Each passage's hit of one loose word: the best of its terms (a typed prefix's at a lower weight). */
  private async wordHits(part: QueryPart): Promise<Map<number, PartHit>> {
    const terms = part.terms[0] ?? [];
    const word = part.words[0] ?? '';
    const lists = await Promise.all([
      ...terms.map(async (term) => [[term, await this.termPostings(term)]] as [string, Postings][]),
      ...(part.prefix
        ? [word, ...terms].map(async (start) => [
            ...(await this.postings(start, `${start}\uffff`, (t) => t.startsWith(start) && !terms.includes(t))),
          ])
        : []),
    ]);
    const hits = new Map<number, PartHit>();
    const seen = new Set<string>();
    for (const [term, postings] of lists.flat()) {
      if (seen.has(term)) continue;
      seen.add(term);
      const weight = rarity(postings.size, this.manifest.n) * (terms.includes(term) ? 1 : PREFIX_WEIGHT);
      for (const [pid, posting] of postings) {
        const own = hits.get(pid);
        const w = (posting.impact / IMPACT_SCALE) * weight;
        if (!own) hits.set(pid, { weight: w, positions: [...posting.positions] });
        else {
          own.weight = Math.max(own.weight, w);
          own.positions.push(...posting.positions);
        }
      }
    }
    return hits;
  }

  /** Each passage's hit of a quoted phrase: its words in a row (stop words inside it stand anywhere but count as places). */
  private async phraseHits(part: QueryPart): Promise<Map<number, PartHit>> {
    const content = part.words.map((w, k) => (isStopWord(w) ? -1 : k)).filter((k) => k >= 0);
    const checked = content.length > 0 ? content : part.words.map((_, k) => k);
    const each = await Promise.all(
      checked.map(async (k) => {
        const all = await Promise.all((part.terms[k] ?? []).map((t) => this.termPostings(t)));
        const merged: Postings = new Map();
        let df = 0;
        for (const postings of all) {
          df = Math.max(df, postings.size);
          for (const [pid, posting] of postings) {
            const own = merged.get(pid);
            if (!own) merged.set(pid, { impact: posting.impact, positions: [...posting.positions] });
            else own.positions.push(...posting.positions);
          }
        }
        return { k, postings: merged, weight: rarity(df, this.manifest.n) };
      }),
    );
    const [first, ...rest] = each;
    const hits = new Map<number, PartHit>();
    if (!first) return hits;
    for (const [pid, posting] of first.postings) {
      const later = rest.map((r) => new Set(r.postings.get(pid)?.positions ?? []));
      const starts = posting.positions
        .map((p) => p - first.k)
        .filter((s) => rest.every((r, i) => later[i]?.has(s + r.k)));
      if (starts.length === 0) continue;
      const weight = each.reduce((sum, r) => sum + ((r.postings.get(pid)?.impact ?? 0) / IMPACT_SCALE) * r.weight, 0);
      hits.set(pid, { weight, positions: starts.flatMap((s) => part.words.map((_, k) => s + k)) });
    }
    return hits;
  }

  /**
   * The curated topics a query names: every content word of one of a topic's names is among the
   * query's words, and that name covers more than half of the query's parts (so "killed
   * protesters" does not name every passage about protesters, nor "Peru Libre" Peru).
   */
  private async namedTopics(parts: QueryPart[]): Promise<{ links: TopicLink[]; keys: Set<string>; pids: Set<number> }> {
    const partOf = new Map<string, number>();
    parts.forEach((p, i) => p.terms.flat().forEach((term) => partOf.set(term, i)));
    const topics = await this.topics();
    const named: { key: string; link: TopicLink; covered: Set<number> }[] = [];
    for (const topic of topics.values()) {
      let best: Set<number> | null = null;
      for (const tokens of topic.nameWords) {
        if (!tokens.every((t) => t.terms.some((term) => partOf.has(term)))) continue;
        const covered = new Set(tokens.map((t) => partOf.get(t.terms.find((term) => partOf.has(term)) ?? '') ?? -1));
        if (!best || covered.size > best.size) best = covered;
      }
      if (best && best.size * 2 > parts.length)
        named.push({ key: topic.key, link: { kind: topic.kind, label: topic.label, href: topic.href }, covered: best });
    }
    // A topic named by parts that another named topic's name covers and more goes.
    const kept = named.filter(
      (t) => !named.some((o) => o.covered.size > t.covered.size && [...t.covered].every((i) => o.covered.has(i))),
    );
    // A query of quoted phrases only asks for the words as printed: the topics are offered, not searched.
    const tagging = parts.some((p) => !p.phrase) ? kept : [];
    const pids = new Set<number>();
    const lists = await Promise.all(
      tagging.map(async (t) => {
        const term = topicTerm(t.key);
        const shards = await this.postingLists(term, term, (x) => x === term);
        return shards.get(term) ?? [];
      }),
    );
    for (const list of lists) for (const pid of decodeTopicPostings(list)) pids.add(pid);
    return { links: kept.map((t) => t.link), keys: new Set(tagging.map((t) => t.key)), pids };
  }

  /**
   * Every matching passage, best first, with the topics the query names and the words found
   * nowhere: what the page and the relevance measure both read.
   */
  async rank(q: string): Promise<Ranking> {
    const { parts, dropped, overflow } = parseQuery(q);
    const terms = new Set(parts.flatMap((p) => p.terms.flat()));
    if (parts.length === 0)
      return { ranked: [], terms, topics: [], topicKeys: new Set(), missing: [], dropped, overflow };
    const [partHits, topics] = await Promise.all([
      Promise.all(parts.map((part) => (part.phrase ? this.phraseHits(part) : this.wordHits(part)))),
      this.namedTopics(parts),
    ]);
    const missing = parts.filter((_, i) => (partHits[i]?.size ?? 0) === 0).map((p) => p.words.join(' '));
    const pids = new Set<number>(topics.pids);
    for (const hits of partHits) for (const pid of hits.keys()) pids.add(pid);
    const ranked: Ranked[] = [];
    for (const pid of pids) {
      let coverage = 0;
      let score = 0;
      let glossed = false;
      const marks: number[][] = [];
      for (const hits of partHits) {
        const hit = hits.get(pid);
        if (!hit) continue;
        score += hit.weight;
        if (hit.positions.length > 0) {
          coverage += 1;
          marks.push(hit.positions);
        } else {
          coverage += GLOSSED_COVERAGE;
          glossed = true;
        }
      }
      if (marks.length > 1) score *= 1 + (PROXIMITY_WEIGHT * (marks.length - 1)) / Math.max(1, smallestSpan(marks) - 1);
      const tier = marks.length === parts.length && parts.length > 0 ? 2 : topics.pids.has(pid) ? 1 : 0;
      ranked.push({ pid, tier, coverage, score, marks, glossed });
    }
    ranked.sort(byRank);
    return { ranked, terms, topics: topics.links, topicKeys: topics.keys, missing, dropped, overflow };
  }

  /** Run a query: the first `shown` matching articles in the order asked for, with their passages read. */
  async search(q: string, chosen: Chosen, shown: number, sort: SearchSort = 'relevance'): Promise<SearchOutcome> {
    const filtered = Object.values(chosen).some((values) => (values ?? []).length > 0);
    const ranking = await this.rank(q);
    const { ranked, topics, missing, dropped, overflow } = ranking;
    const byArticle = new Map<number, Ranked[]>();
    for (const r of ranked) {
      const article = this.articleOf(r.pid);
      if (!this.passes(article, chosen)) continue;
      const own = byArticle.get(article);
      if (own) own.push(r);
      else byArticle.set(article, [r]);
    }
    // Relevance: articles in the order of their best passage (the map keeps first-seen order).
    const order = [...byArticle.keys()];
    if (sort === 'date') {
      order.sort((a, b) => a - b);
      for (const own of byArticle.values()) own.sort((a, b) => a.pid - b.pid);
    }
    const read = order.slice(0, shown);
    // Where some passage holds every word, or is tied to a topic the query names, the passages that
    // hold only some of the words wait behind each article's stronger ones.
    const weakest = ranked.some((r) => r.tier > 0) ? 1 : 0;
    const hits = await Promise.all(
      read.map(async (article) => {
        const own = byArticle.get(article) ?? [];
        const [meta, passages] = await Promise.all([
          this.readMeta(article),
          this.readPassages(
            article,
            own.filter((r) => r.tier >= weakest),
            ranking,
          ),
        ]);
        const start = this.starts[article] ?? 0;
        const more = own
          .filter((r) => r.tier < weakest)
          .map((r) => ({ id: passageId(r.pid - start + 1), n: r.pid - start + 1 }));
        return { meta, passages, more, article };
      }),
    );
    let passages = 0;
    let complete = 0;
    for (const own of byArticle.values()) {
      passages += own.length;
      complete += own.filter((r) => r.tier === 2).length;
    }
    return {
      hits,
      counts: countFilters(this.manifest, order),
      matched: order.length,
      read: read.length,
      passages,
      complete,
      missing,
      topics,
      dropped,
      overflow,
      filtered,
    };
  }

  /** The passages a result keeps under "more", read with their excerpts (the query ranked again; its files are fetched already). */
  async readMore(result: Pick<ArticleResult, 'article' | 'more'>, q: string): Promise<PassageResult[]> {
    const ranking = await this.rank(q);
    const start = this.starts[result.article] ?? 0;
    const wanted = new Set(result.more.map((p) => start + p.n - 1));
    const ranked = ranking.ranked.filter((r) => wanted.has(r.pid));
    return this.readPassages(result.article, ranked, ranking);
  }

  /** An article's metadata, from its first text block. */
  private async readMeta(article: number): Promise<Record<string, string>> {
    return (await this.file<TextBlock>(`b/${article}-0.json`)).meta;
  }

  /** Some of an article's matching passages, their text read from the blocks, with excerpts. */
  private async readPassages(
    article: number,
    ranked: Ranked[],
    { terms: queryTerms, topicKeys }: Pick<Ranking, 'terms' | 'topicKeys'>,
  ): Promise<PassageResult[]> {
    const start = this.starts[article] ?? 0;
    const topics = await this.topics();
    return Promise.all(
      ranked.map(async (r) => {
        const n = r.pid - start + 1;
        const j = Math.floor((n - 1) / this.manifest.block);
        const block = await this.file<TextBlock>(`b/${article}-${j}.json`);
        const k = n - 1 - j * this.manifest.block;
        const text = block.texts[k] ?? '';
        // The glosses the query found the passage through: a searched word only glossed, or a named
        // topic where nothing is printed; their printed forms are marked where they stand.
        const glosses = dedupeGlosses(
          (block.glosses[k] ?? [])
            .filter(
              ([, topic]) =>
                (r.tier === 1 && r.marks.length === 0 && topicKeys.has(topic)) ||
                (r.glossed && [...(topics.get(topic)?.glossTerms ?? [])].some((term) => queryTerms.has(term))),
            )
            .map(([printed, topic]) => ({ printed, names: topics.get(topic)?.gloss ?? [], topic })),
        );
        const tokens = tokenize(text);
        const ranges: [number, number][] = [];
        for (const g of glosses)
          for (let at = text.indexOf(g.printed); at >= 0; at = text.indexOf(g.printed, at + 1))
            ranges.push([at, at + g.printed.length]);
        // And the quotes that tie a named event or figure to the passage.
        for (const [key, from, to] of block.spans[k] ?? []) if (topicKeys.has(key)) ranges.push([from, to]);
        const extra = tokens
          .filter((t) => ranges.some(([from, to]) => t.start >= from && t.end <= to))
          .map((t) => t.position);
        const marks = extra.length > 0 ? [...r.marks, extra] : r.marks;
        return { id: passageId(n), n, excerpt: makeExcerpt(text, marks), glosses, complete: r.tier === 2 };
      }),
    );
  }
}

/** One gloss per printed form. */
function dedupeGlosses(glosses: Gloss[]): Gloss[] {
  const seen = new Set<string>();
  return glosses.filter((g) => !seen.has(g.printed) && seen.add(g.printed));
}

/**
 * Decode a topic's posting list: passage id deltas.
 * @example decodeTopicPostings([2, 1, 5]) // [2, 3, 8]
 */
export function decodeTopicPostings(list: number[]): number[] {
  let pid = 0;
  return list.map((delta) => (pid += delta));
}

/**
 * Decode a posting list: passage id delta, impact, count, position deltas…, repeated.
 * @example decodePostings([3, 120, 2, 4, 1]).get(3) // { impact: 120, positions: [4, 5] }
 */
export function decodePostings(list: number[]): Postings {
  const postings: Postings = new Map();
  let pid = 0;
  for (let i = 0; i < list.length;) {
    pid += list[i] ?? 0;
    const impact = list[i + 1] ?? 0;
    const count = list[i + 2] ?? 0;
    const positions: number[] = [];
    let position = 0;
    for (let k = 0; k < count; k++) positions.push((position += list[i + 3 + k] ?? 0));
    postings.set(pid, { impact, positions });
    i += 3 + count;
  }
  return postings;
}
