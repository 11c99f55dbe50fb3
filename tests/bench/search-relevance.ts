/**
 * Our passage search beside Pagefind 1.6's own engine, on the same passages and the same gold
 * queries (tests/fixtures/search-gold.yaml): nDCG@10, recall@10, MRR and P@5 on all queries and
 * on each half, the bytes a first query costs and the milliseconds a query takes.
 *
 * Pagefind indexes each passage as one custom record (`/articles/<slug>/#pN`) and searches it in
 * headless Chromium, as a site using it would. Run directly to print the report:
 * `node_modules/.bin/tsx tests/bench/search-relevance.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { PassageIndex } from '../../src/lib/search/passage-search.ts';
import { listSearchInput, type SearchArticle } from '../../src/lib/corpus/search-input.ts';
import { loadIndex } from '../helpers/annotations.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';
import { ROOT } from '../helpers/project.ts';
import { loadSearchGold, meanScores, scoreRanking, type GoldQuery, type QueryScores } from '../helpers/search-gold.ts';
import { buildCommittedIndex, listedPassages, listSearchArticles, openIndex } from '../helpers/search-index.ts';
import { startStaticServer } from '../helpers/static-server.ts';

/** The two engines compared. */
export type Engine = 'ours' | 'pagefind';

/** The gold queries a row averages over. */
export type Half = 'all' | 'dev' | 'check';

/** One engine's mean scores over one half of the gold queries. */
export interface RelevanceRow extends QueryScores {
  engine: Engine;
  half: Half;
  queries: number;
  /** Queries the engine found nothing for. */
  empty: number;
}

/** The median and range of a list of figures. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** What one engine costs a reader. */
export interface EngineCost {
  engine: Engine;
  /** Gzipped bytes fetched by a first query on a fresh page (engine code, index and shown text). */
  bytes: Spread;
  /** The part of `bytes` that is the engine's code (JS and wasm), the same for every query. */
  codeBytes: number;
  /** Milliseconds per query on a loaded engine, every passage ranked and read. */
  ms: Spread;
}

/** One query's nDCG@10 under each engine. */
export interface QueryGap {
  query: string;
  half: 'dev' | 'check';
  ours: number;
  pagefind: number;
}

/** The whole comparison, and its Markdown table. */
export interface RelevanceReport {
  rows: RelevanceRow[];
  costs: EngineCost[];
  /** The queries where the engines' nDCG@10 differ most, largest difference first. */
  gaps: QueryGap[];
  markdown: string;
}

/** One engine's figures per gold query, in gold order: its ranking (`slug pN`), ms and first-query bytes. */
interface EngineRun {
  rankings: string[][];
  ms: number[];
  bytes: number[];
  codeBytes: number;
}

/** Results a reader's first query shows: the search page's page size (src/scripts/search.ts). */
const FIRST_PAGE = 10;

const RESULT_URL = /^\/articles\/([^/]+)\/#(p\d+)$/;

/**
 * The passage a Pagefind result URL points at, as `slug pN`; null for any other URL.
 * @example passageOfUrl('/articles/2023-01-20-left-voice/#p3') // '2023-01-20-left-voice p3'
 */
export function passageOfUrl(url: string): string | null {
  const match = RESULT_URL.exec(url);
  return match ? `${match[1] ?? ''} ${match[2] ?? ''}` : null;
}

/**
 * The Pagefind URL of a passage: its article page with the passage's anchor.
 * @example passageUrl('abc', 'p2') // '/articles/abc/#p2'
 */
export function passageUrl(slug: string, id: string): string {
  return `/articles/${slug}/#${id}`;
}

/**
 * What Pagefind indexes of a passage: its text, then the other names of the forms it prints.
 * A custom record has one weight for all its content, so the names cannot count less, as ours do.
 * @example recordContent({ text: 'Boularte spoke.', glosses: [{ printed: 'Boularte', names: ['Dina Boluarte'], topic: 'entity:boluarte' }] })
 * // 'Boularte spoke. Dina Boluarte'
 */
export function recordContent(passage: { text: string; glosses: { names: string[] }[] }): string {
  return [passage.text, ...passage.glosses.flatMap((g) => g.names)].join(' ');
}

/**
 * The median (the upper one of an even count) and range of some figures.
 * @example spread([3, 1, 2]) // { median: 2, min: 1, max: 3 }
 */
export function spread(xs: number[]): Spread {
  const sorted = [...xs].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? NaN,
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/**
 * Bytes a host sends for a file: Pagefind's own files are gzipped already (they start with gzip's
 * magic number) and go as they are; anything else is gzipped, as a host gzips text and wasm.
 * @example wireBytes(Buffer.from([0x1f, 0x8b, 8, 0])) // 4
 */
export function wireBytes(body: Uint8Array): number {
  return body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
}

/** Each engine's mean scores over all queries and each half. */
export function scoreRows(engine: Engine, gold: GoldQuery[], rankings: string[][]): RelevanceRow[] {
  const scores = gold.map((q, i) => ({
    half: q.half,
    found: (rankings[i] ?? []).length > 0,
    s: scoreRanking(rankings[i] ?? [], q.grades),
  }));
  return (['all', 'dev', 'check'] as const).map((half) => {
    const own = scores.filter((x) => half === 'all' || x.half === half);
    const empty = own.filter((x) => !x.found).length;
    return { engine, half, queries: own.length, empty, ...meanScores(own.map((x) => x.s)) };
  });
}

/** The `count` queries whose nDCG@10 differs most between the engines, largest first. */
export function largestGaps(gold: GoldQuery[], ours: string[][], theirs: string[][], count = 10): QueryGap[] {
  return gold
    .map((q, i) => ({
      query: q.query,
      half: q.half,
      ours: scoreRanking(ours[i] ?? [], q.grades).ndcg10,
      pagefind: scoreRanking(theirs[i] ?? [], q.grades).ndcg10,
    }))
    .sort((a, b) => Math.abs(b.ours - b.pagefind) - Math.abs(a.ours - a.pagefind))
    .slice(0, count);
}

// ---- Our engine ----

/** Rank every gold query with our engine opened once, timing each query. */
async function runOurs(files: Map<string, string>, gold: GoldQuery[]): Promise<Omit<EngineRun, 'bytes' | 'codeBytes'>> {
  const index = await openIndex(files);
  // One query first, so the times are of a loaded engine, as Pagefind's are.
  await listedPassages(index, gold[0]?.query ?? 'a');
  const rankings: string[][] = [];
  const ms: number[] = [];
  for (const q of gold) {
    const started = performance.now();
    rankings.push(await listedPassages(index, q.query));
    ms.push(performance.now() - started);
  }
  return { rankings, ms };
}

/**
 * Gzipped bytes of the index files a first query reads, for each query: a fresh index per query
 * showing the search page's first page of articles, files gzipped as the site serves them.
 */
async function ourFirstQueryBytes(files: Map<string, string>, gold: GoldQuery[]): Promise<number[]> {
  const gzipped = new Map([...files].map(([path, json]) => [path, gzipSync(json).length]));
  const bytes: number[] = [];
  for (const q of gold) {
    const fetched = new Set<string>();
    const index = await PassageIndex.open(async (url) => {
      const path = url.replace(/\?.*$/, '');
      const json = files.get(path);
      if (json === undefined) throw new Error(`no index file ${path}`);
      fetched.add(path);
      return JSON.parse(json) as unknown;
    });
    await index.search(q.query, {}, FIRST_PAGE);
    bytes.push([...fetched].reduce((sum, path) => sum + (gzipped.get(path) ?? 0), 0));
  }
  return bytes;
}

/**
 * Gzipped size of the search page's own scripts as the build wrote them (the page's entry and
 * every chunk it imports, the engine and the word rules among them), read from `dist/`: run
 * `npm run build` first (`npm run bench` does).
 * @throws Error when there is no built search page.
 */
async function ourCodeBytes(): Promise<number> {
  const dist = join(ROOT, 'dist');
  let html: string;
  try {
    html = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
  } catch {
    throw new Error('no built search page in dist/: run `npm run build` first');
  }
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script type="module" src="\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  let bytes = 0;
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    bytes += gzipSync(code).length;
    // Static imports, and the dynamic ones: the engine is imported with the first query. (Only the
    // search page's own graph is followed: the article page's highlighter is not in it.)
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g))
      queue.push(`_astro/${m[1] ?? ''}`);
    for (const m of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) queue.push(`_astro/${m[1] ?? ''}`);
  }
  return bytes;
}

// ---- Pagefind ----

/** Throw on errors a Pagefind call reports. */
function check<T extends { errors: string[] }>(what: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${what}: ${response.errors.join('; ')}`);
  return response;
}

/** Index every passage as one Pagefind record and write the bundle to `<dir>/pagefind`. */
async function buildPagefind(articles: SearchArticle[], dir: string): Promise<void> {
  const input = listSearchInput(articles, loadIndex());
  const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
  if (!index) throw new Error('Pagefind createIndex: no index');
  try {
    for (const [a, article] of input.articles.entries()) {
      const source = articles[a];
      if (!source) throw new Error(`no article ${String(a)}`);
      for (const [p, passage] of article.passages.entries()) {
        const id = source.passages[p]?.id ?? `p${String(p + 1)}`;
        const record = {
          url: passageUrl(source.slug, id),
          content: recordContent(passage),
          language: 'en',
          meta: { title: source.slug },
        };
        check(`addCustomRecord ${record.url}`, await index.addCustomRecord(record));
      }
    }
    check('writeFiles', await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
  } finally {
    await pagefind.close();
  }
  // A blank page of the same origin to import the bundle from; its language picks the index.
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><title>Pagefind bench</title></html>');
}

/**
 * In-page script: search with Pagefind, read the data of the first `read` results (all when
 * null), and resolve to their URLs in Pagefind's order and the milliseconds that took.
 * A string, not a function: tsx's helpers (__name) do not exist inside the page.
 */
function searchScript(query: string, read: number | null): string {
  const slice = read === null ? '' : `.slice(0, ${String(read)})`;
  return `(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ baseUrl: '/' });
    await pf.init();
    const started = performance.now();
    const r = await pf.search(${JSON.stringify(query)});
    const data = await Promise.all(r.results${slice}.map((x) => x.data()));
    return { ms: performance.now() - started, urls: data.map((d) => d.url) };
  })()`;
}

/** Run `searchScript` in a page. */
function searchIn(page: Page, query: string, read: number | null): Promise<{ ms: number; urls: string[] }> {
  return page.evaluate(searchScript(query, read)) as Promise<{ ms: number; urls: string[] }>;
}

/** Map Pagefind's result URLs to passages, refusing one that is not a passage's. */
function toRanking(urls: string[]): string[] {
  return urls.map((url) => {
    const id = passageOfUrl(url);
    if (id === null) throw new Error(`Pagefind returned an unknown URL ${url}`);
    return id;
  });
}

/** Rank every gold query with Pagefind loaded once in one page, timing each in the page. */
async function runPagefind(browser: Browser, origin: string, gold: GoldQuery[]) {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  // One query first, so the times are of a loaded engine (wasm and metadata fetched).
  await searchIn(page, gold[0]?.query ?? 'a', null);
  const rankings: string[][] = [];
  const ms: number[] = [];
  for (const q of gold) {
    const { ms: took, urls } = await searchIn(page, q.query, null);
    rankings.push(toRanking(urls));
    ms.push(took);
  }
  await page.close();
  return { rankings, ms };
}

/** One file a page fetched and the bytes a host sends for it. */
interface Transfer {
  path: string;
  bytes: number;
}

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** How long no request must start or end before a page's fetching is taken as done. */
const QUIET_MS = 200;

/**
 * Record the files a context fetches under /pagefind/ (the page's and Pagefind's worker's).
 * `settle` resolves to them once no request has been open, or started, for a quiet spell: the
 * events of the worker's requests can reach us after the page's script has returned.
 */
function recordTransfers(context: BrowserContext): { settle: () => Promise<Transfer[]> } {
  const files: Transfer[] = [];
  const reading: Promise<void>[] = [];
  let open = 0;
  let lastEvent = performance.now();
  const count = (change: number) => {
    open += change;
    lastEvent = performance.now();
  };
  context.on('request', () => count(1));
  context.on('requestfailed', () => count(-1));
  context.on('requestfinished', (request) => {
    count(-1);
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    reading.push(
      request
        .response()
        .then((response) => response?.body())
        .then((body) => void files.push({ path, bytes: body ? wireBytes(body) : 0 })),
    );
  });
  const settle = async () => {
    const deadline = performance.now() + 30_000;
    while (open > 0 || performance.now() - lastEvent < QUIET_MS) {
      if (performance.now() > deadline) throw new Error(`${String(open)} Pagefind requests never finished`);
      await pause(QUIET_MS / 4);
    }
    await Promise.all(reading);
    return files;
  };
  return { settle };
}

/**
 * Bytes of each gold query as a first query: a fresh context (cold cache) per query, the page
 * searching and reading the first page of results; every file of Pagefind's bundle counted.
 */
async function pagefindFirstQueryBytes(browser: Browser, origin: string, gold: GoldQuery[]) {
  const bytes: number[] = [];
  let codeBytes = 0;
  for (const q of gold) {
    const context = await browser.newContext();
    const transfers = recordTransfers(context);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await searchIn(page, q.query, FIRST_PAGE);
    const files = await transfers.settle();
    await context.close();
    bytes.push(files.reduce((sum, f) => sum + f.bytes, 0));
    // The code is the same files whatever the query: its JS, its worker's and its wasm.
    codeBytes = files.filter((f) => /\.(js|pagefind)$/.test(f.path)).reduce((sum, f) => sum + f.bytes, 0);
  }
  return { bytes, codeBytes };
}

/** Build Pagefind's index of the passages, serve it and run both measures in Chromium. */
async function measurePagefind(articles: SearchArticle[], gold: GoldQuery[]): Promise<EngineRun> {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-relevance-'));
  try {
    await buildPagefind(articles, dir);
    const server = await startStaticServer({ root: dir });
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH ?? chromium.executablePath(),
      args: CHROMIUM_ARGS,
    });
    try {
      const run = await runPagefind(browser, server.origin, gold);
      return { ...run, ...(await pagefindFirstQueryBytes(browser, server.origin, gold)) };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- Report ----

const fixed = (x: number) => x.toFixed(3);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const range = (s: Spread, unit: (x: number) => string) => `${unit(s.median)} (${unit(s.min)}–${unit(s.max)})`;

/** The report as Markdown: scores, costs, the largest differences, and what was measured. */
export function reportMarkdown(rows: RelevanceRow[], costs: EngineCost[], gaps: QueryGap[]): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  return [
    '| Engine | Queries | nDCG@10 | Recall@10 | Capped recall@10 | MRR | P@5 | No result |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.engine} | ${r.half} (${String(r.queries)}) | ${fixed(r.ndcg10)} | ${fixed(r.recall10)} | ${fixed(r.cappedRecall10)} | ${fixed(r.mrr)} | ${fixed(r.p5)} | ${String(r.empty)} |`,
    ),
    '',
    '| Engine | First query, gzipped: median (min–max) | of which engine code | Per query: median (min–max) |',
    '| --- | ---: | ---: | ---: |',
    ...costs.map((c) => `| ${c.engine} | ${range(c.bytes, kb)} | ${kb(c.codeBytes)} | ${range(c.ms, ms)} |`),
    '',
    '| Query | Half | Ours nDCG@10 | Pagefind nDCG@10 | Difference |',
    '| --- | --- | ---: | ---: | ---: |',
    ...gaps.map(
      (g) =>
        `| ${g.query.replace(/\|/g, '\\|')} | ${g.half} | ${fixed(g.ours)} | ${fixed(g.pagefind)} | ${(g.ours - g.pagefind >= 0 ? '+' : '') + fixed(g.ours - g.pagefind)} |`,
    ),
    '',
    'Pagefind indexes each passage as one custom record; the other names a passage\u2019s forms stand for',
    '(its glosses) are appended to its content at full weight, as a record cannot weigh them lower as ours does.',
    `A first query is a fresh page showing the first ${String(FIRST_PAGE)} results: ours, the index files read for the`,
    `first ${String(FIRST_PAGE)} articles plus the search page\u2019s scripts as built; Pagefind, its JS,`,
    `worker and wasm, metadata, index chunks and the fragments of its first ${String(FIRST_PAGE)} results.`,
    'Text and wasm are counted gzipped (default level); Pagefind\u2019s .pf_* and .pagefind files as they are (already gzipped).',
    'No result counts the queries an engine found nothing for: Pagefind lists only records holding every query word.',
    'Times are per query on a loaded engine, every result ranked and read: ours in Node, Pagefind in headless Chromium.',
  ].join('\n');
}

/**
 * Measure our engine and Pagefind's on the gold queries: scores, bytes of a first query, time.
 * @example (await measureRelevance()).markdown
 */
export async function measureRelevance(): Promise<RelevanceReport> {
  const articles = listSearchArticles();
  const gold = loadSearchGold(new Map(articles.map((a) => [a.slug, new Set(a.passages.map((p) => p.id))])));
  const files = buildCommittedIndex();
  const codeBytes = await ourCodeBytes();
  const ours: EngineRun = {
    ...(await runOurs(files, gold)),
    bytes: (await ourFirstQueryBytes(files, gold)).map((b) => b + codeBytes),
    codeBytes,
  };
  const theirs = await measurePagefind(articles, gold);
  const rows = [...scoreRows('ours', gold, ours.rankings), ...scoreRows('pagefind', gold, theirs.rankings)];
  const costs: EngineCost[] = (
    [
      ['ours', ours],
      ['pagefind', theirs],
    ] as const
  ).map(([engine, run]) => ({ engine, bytes: spread(run.bytes), codeBytes: run.codeBytes, ms: spread(run.ms) }));
  const gaps = largestGaps(gold, ours.rankings, theirs.rankings);
  return { rows, costs, gaps, markdown: reportMarkdown(rows, costs, gaps) };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const started = performance.now();
  const report = await measureRelevance();
  console.log(report.markdown);
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
