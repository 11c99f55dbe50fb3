/**
 * The benchmark's browser measurements: page weights per page type, search cost on a large
 * corpus, and Lighthouse scores. Pages are served by a small static server that gzips text, as a
 * production host would; Chromium is Debian's (or CHROMIUM_PATH).
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';

const CHROMIUM = CHROMIUM_PATH ?? chromium.executablePath();
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.jsonl': 'application/jsonl',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.wasm', '.txt', '.csv', '.jsonl']);

/** Serve `root` on a free port, gzipping text; resolves to the origin. */
async function serve(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(ext) && /gzip/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`, server };
}

const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/** Bytes on the wire for one page type, by kind. */
export interface PageWeight {
  name: string;
  path: string;
  html: number;
  css: number;
  js: number;
  /** Fetched by scripts (the comparison's articles, search index files). */
  data: number;
  /** Compressed bytes of the HTML up to the end of the first passage (article pages), else null. */
  firstText: number | null;
}

/**
 * Load each page type of the built five-article site and sum what it transfers.
 * @example await measurePages('/repo/dist')
 */
export async function measurePages(dist: string): Promise<PageWeight[]> {
  const article = readdirArticles(dist)[0] ?? '';
  const second = readdirArticles(dist)[1] ?? '';
  const types: [string, string][] = [
    ['home', '/'],
    ['article', `/articles/${article}/`],
    ['compare', `/compare/?left=${article}&right=${second}`],
    ['search (CGTP)', '/search/?q=CGTP'],
    ['topic (CGTP)', '/topics/cgtp/'],
    ['timeline', '/timeline/'],
  ];
  const { origin, server } = await serve(dist);
  const browser = await launch();
  const weights: PageWeight[] = [];
  try {
    for (const [name, path] of types) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes = { html: 0, css: 0, js: 0, data: 0 };
      const pending: Promise<void>[] = [];
      page.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then((s) => {
            const type = request.resourceType();
            const key =
              type === 'document'
                ? 'html'
                : type === 'stylesheet'
                  ? 'css'
                  : type === 'script'
                    ? 'js'
                    : type === 'fetch' || type === 'xhr'
                      ? 'data'
                      : null;
            if (key) sizes[key] += s.responseBodySize;
          }),
        );
      });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      let firstText: number | null = null;
      if (name === 'article') {
        const html = readFileSync(join(dist, 'articles', article, 'index.html'), 'utf8');
        const end = html.indexOf('</p>', html.indexOf('id="p1"'));
        firstText = end > 0 ? gzipSync(html.slice(0, end)).length : null;
      }
      weights.push({ name, path, ...sizes, firstText });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return weights;
}

/** The article slugs of a build, sorted. */
function readdirArticles(dist: string): string[] {
  const dir = join(dist, 'articles');
  // The article pages' folders: the list of articles is articles/index.html beside them.
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
}

/** Search cost for one query. */
export interface SearchFigure {
  /** Articles in the site searched. */
  articles: number;
  query: string;
  results: number;
  /** Median bytes transferred for the search page and its first query, cold cache (headers included). */
  bytes: number;
  /** Median time from submitting the query to the first results painted. */
  ms: number;
  /** Median bytes a second query (the next one in the list) adds on the same page. */
  secondBytes: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Submit the search form and resolve, in the page, to the milliseconds until a result is painted
 * (the frame after the first `.result` is in the document).
 */
async function submitAndTime(page: import('playwright').Page, query: string): Promise<number> {
  // A string, not a function: tsx's helpers (__name) do not exist inside the page.
  const script = `new Promise((done, fail) => {
    const input = document.querySelector('#search-query');
    if (!input || !input.form) return fail(new Error('no search form'));
    const before = document.querySelector('.result');
    input.value = ${JSON.stringify(query)};
    const started = performance.now();
    input.form.requestSubmit();
    (function check() {
      const first = document.querySelector('.result');
      if (first && first !== before) requestAnimationFrame(() => done(performance.now() - started));
      else requestAnimationFrame(check);
    })();
  })`;
  return page.evaluate(script) as Promise<number>;
}

/**
 * Run each query five times in a fresh browser context (cold cache) on the search page of `dist`:
 * open the page, submit the query, time the first results painted, then submit the next query.
 * @example await measureSearch('/tmp/site/dist', ['CGTP', 'Juliaca'])
 */
export async function measureSearch(dist: string, queries: string[]): Promise<SearchFigure[]> {
  const { origin, server } = await serve(dist);
  const browser = await launch();
  const figures: SearchFigure[] = [];
  try {
    for (const [i, query] of queries.entries()) {
      const next = queries[(i + 1) % queries.length] ?? query;
      const bytes: number[] = [];
      const second: number[] = [];
      const times: number[] = [];
      let results = 0;
      for (let run = 0; run < 5; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        let total = 0;
        const pending: Promise<void>[] = [];
        page.on('requestfinished', (r) =>
          pending.push(r.sizes().then((s) => void (total += s.responseBodySize + s.responseHeadersSize))),
        );
        await page.goto(`${origin}/search/`);
        await page.locator('[data-search][data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
        times.push(await submitAndTime(page, query));
        await page.waitForLoadState('networkidle');
        await Promise.all(pending);
        bytes.push(total);
        results = await page.locator('.result').count();
        const afterFirst = total;
        await submitAndTime(page, next);
        await page.waitForLoadState('networkidle');
        await Promise.all(pending);
        second.push(total - afterFirst);
        await context.close();
      }
      figures.push({
        articles: readdirArticles(dist).length,
        query,
        results,
        bytes: median(bytes),
        ms: Math.round(median(times)),
        secondBytes: median(second),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
}

/** Lighthouse's two presets: desktop, and its default, a throttled mid-range phone. */
export type LighthousePreset = 'desktop' | 'mobile';

/** Lighthouse scores (0–100) for home, an article, the comparison and search, with one preset. */
/** Lighthouse's category scores per page, and the weighted audits that cost each page points. */
export interface LighthouseRun {
  scores: Record<string, Record<string, number>>;
  misses: Record<string, string[]>;
}

export async function runLighthouse(dist: string, preset: LighthousePreset = 'desktop'): Promise<LighthouseRun> {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
  // No config is Lighthouse's default: the mobile preset (emulated phone, throttled CPU and network).
  const config = preset === 'desktop' ? desktop : undefined;
  const { launch: launchChrome } = await import('chrome-launcher');
  const article = readdirArticles(dist)[0] ?? '';
  const second = readdirArticles(dist)[1] ?? '';
  const pages: Record<string, string> = {
    home: '/',
    article: `/articles/${article}/`,
    compare: `/compare/?left=${article}&right=${second}`,
    search: '/search/?q=CGTP',
  };
  const { origin, server } = await serve(dist);
  const chrome = await launchChrome({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const scores: Record<string, Record<string, number>> = {};
  const misses: Record<string, string[]> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
      const categories = result?.lhr.categories ?? {};
      scores[name] = Object.fromEntries(
        Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
      );
      // The weighted audits that cost points: what to fix when a score is under 100.
      const audits = result?.lhr.audits ?? {};
      misses[name] = Object.values(categories)
        .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id))
        .filter((id) => (audits[id]?.score ?? 1) < 1)
        .map((id) => `${id}${audits[id]?.displayValue ? ` (${String(audits[id].displayValue)})` : ''}`);
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return { scores, misses };
}
