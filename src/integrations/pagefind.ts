/**
 * Astro integration: the search step. Pagefind reads each article page as Astro renders it (the
 * site's middleware hands the pages over, `article-pages.ts`), and once every article is in, the
 * step writes, into the output folder's pagefind/ (dist/, or `--outDir`), the passage index the
 * search page reads (src/lib/search/passage-index.ts) and Pagefind's highlighter, which marks the
 * searched words on an article opened from a result.
 *
 * Pagefind does the reading: it knows the page's body (`data-pagefind-body`), what to leave out
 * (`data-pagefind-ignore`), the filters, metadata and anchors. Its own search bundle is not
 * shipped: its runtime alone (WebAssembly, script, worker) is about 85 KB compressed, and its
 * results are whole articles, so each result read a whole article's text. Passage-level Pagefind
 * records were measured and rejected: at 2,000 articles (42,000 passages) its page table grows to
 * 370 KB and each filter to 95 KB, all read before the first result (tests/bench/README.md).
 * Any error fails the build, at its end.
 *
 * Time: Astro renders the article pages early (routes go in alphabetical order) and one page at a
 * time, so the step runs beside the rest of the rendering, on the machine's other core, instead of
 * after it: reading the built pages from disk after the build had it add about 14 s to a
 * 2,000-article build (tests/bench/README.md).
 *
 * Memory: the step runs in a worker thread, with a heap of its own (`search-index-worker.ts`).
 * Pagefind reads the pages in runs of PAGES_PER_PAGEFIND_RUN, one short-lived process each, and
 * writes each run's output to a scratch folder, from which the step reads back only the pages'
 * fragments, one file at a time; the passage index is written file by file as it is made. At
 * 10,000 articles, the step in Astro's own heap, taking Pagefind's whole output through its API
 * (`getFiles`) and holding every file of the index before writing, ran out of heap.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ARTICLE_SOURCES, countArticleSources } from '../lib/corpus/article-sources.ts';
import { collectArticlePages } from './article-pages.ts';
import { buildPassageIndex, type PageRecord } from '../lib/search/passage-index.ts';

/** The smallest part of Pagefind's Node API this step uses (so tests can pass a fake). */
export interface PagefindApi {
  createIndex(config?: { rootSelector?: string; forceLanguage?: string }): Promise<{
    errors: string[];
    index?: {
      addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
      writeFiles(options: { outputPath: string }): Promise<{ errors: string[]; outputPath: string }>;
    };
  }>;
  close(): Promise<unknown>;
}

/** The one file of Pagefind's bundle the site ships: the highlighter article pages load. */
export const HIGHLIGHTER = 'pagefind-highlight.js';

/**
 * Article pages per Pagefind run. Pagefind holds every page it is given until it writes (about
 * 1.1 GB for 2,000 synthetic articles, beside Astro while the pages render), and a page's fragment
 * does not depend on the others, so the step gives it the pages in batches, one short-lived process
 * each, and keeps only the fragments.
 */
export const PAGES_PER_PAGEFIND_RUN = 250;

/** The passage index's folder inside pagefind/. */
export const PASSAGE_INDEX_DIR = 'passages';

/** Pagefind writes a fragment as gzip of a signature and the page's JSON. */
const SIGNATURE = 'pagefind_dcd';

/**
 * One of Pagefind's fragment files, read back as the pages it describes: one page, or, on a site
 * with more pages than Pagefind's `maxFragments`, a group of them by id.
 * @throws Error naming the file when it is not a Pagefind fragment.
 */
export function readFragment(path: string, content: Uint8Array): PageRecord[] {
  const text = new TextDecoder().decode(gunzipSync(content));
  if (!text.startsWith(SIGNATURE)) throw new Error(`Pagefind fragment ${path} has no ${SIGNATURE} signature`);
  const json = JSON.parse(text.slice(SIGNATURE.length)) as PageRecord | Record<string, PageRecord>;
  return typeof json.content === 'string' ? [json as PageRecord] : Object.values(json as Record<string, PageRecord>);
}

/** What Pagefind read from a built site: its article pages, and the highlighter to ship. */
export interface ReadSite {
  pages: PageRecord[];
  highlighter: Uint8Array;
}

/** Pagefind reading pages one at a time, then giving back what it read. */
export interface PageReader {
  /** Give Pagefind one page: its address and its HTML. */
  add(url: string, html: string): Promise<void>;
  /** Every page added, as Pagefind read it, and the highlighter; closes Pagefind. */
  read(): Promise<ReadSite>;
  /** Close Pagefind without reading (a step that failed). */
  close(): Promise<void>;
}

const check = (step: string, errors: string[]) => {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
};

/**
 * Open Pagefind for pages given one at a time. Reading writes Pagefind's output into a scratch
 * folder, removed after; only the pages' fragments and the highlighter are read back.
 * @throws Error listing Pagefind's errors.
 */
export async function openPageReader(pagefind: PagefindApi): Promise<PageReader> {
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await pagefind.close();
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    let added = 0;
    return {
      add: async (url, html) => {
        check(`addHTMLFile (${url})`, (await index.addHTMLFile({ url, content: html })).errors);
        added++;
      },
      read: async () => {
        const scratch = mkdtempSync(join(tmpdir(), 'uprising-pagefind-'));
        try {
          if (added === 0) throw new Error('Pagefind was given no article page to read');
          check('writeFiles', (await index.writeFiles({ outputPath: scratch })).errors);
          const fragments = join(scratch, 'fragment');
          const pages = readdirSync(fragments)
            .sort()
            .flatMap((name) => readFragment(`fragment/${name}`, readFileSync(join(fragments, name))));
          let highlighter: Uint8Array;
          try {
            highlighter = readFileSync(join(scratch, HIGHLIGHTER));
          } catch {
            throw new Error(`Pagefind wrote no ${HIGHLIGHTER}`);
          }
          return { pages, highlighter };
        } finally {
          rmSync(scratch, { recursive: true, force: true });
          await close();
        }
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The files the search step writes, paths relative to pagefind/, made one at a time: the
 * highlighter, then the passage index.
 */
export function* searchFiles({ pages, highlighter }: ReadSite): Generator<[string, Uint8Array]> {
  yield [HIGHLIGHTER, highlighter];
  // Compressed once here, as Pagefind does its own files: every host serves them compressed
  // whatever it does with JSON. zlib's default level: level 9 saved 0.4% of the bytes at 2,000
  // articles and took 3.7 s instead of 1.4 s.
  for (const [path, text] of buildPassageIndex(pages)) yield [`${PASSAGE_INDEX_DIR}/${path}.gz`, gzipSync(text)];
}

/**
 * Write the search files, as they come, into a fresh `<siteDir>/pagefind/`; returns how many. They
 * go to a sibling folder first, put in place only once all are written: a step that fails half-way
 * leaves no half-written index.
 */
export function writeSearchFiles(siteDir: string, files: Iterable<[string, string | Uint8Array]>): number {
  const root = join(siteDir, 'pagefind');
  const partial = `${root}.partial`;
  rmSync(partial, { recursive: true, force: true });
  let count = 0;
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(join(partial, path)), { recursive: true });
      writeFileSync(join(partial, path), content);
      count++;
    }
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  rmSync(root, { recursive: true, force: true });
  renameSync(partial, root);
  return count;
}

/**
 * What the search step reports: the article pages indexed, the files written, and the
 * milliseconds of its two parts once every page was in (Pagefind's reading; the passage index made
 * and written).
 */
export interface SearchStepResult {
  pages: number;
  files: number;
  readMs: number;
  writeMs: number;
}

/** The articles the content folder holds, and the folder as the error names it. */
export interface ArticleCount {
  count: number;
  dir: string;
}

/** What the worker is given: where to write, and how many article pages to wait for. */
export interface SearchStepInput {
  siteDir: string;
  articles: ArticleCount;
  /** Article pages per Pagefind run: PAGES_PER_PAGEFIND_RUN unless a test sets it. */
  pagesPerRun: number;
}

/** What the worker is sent: a page as Astro rendered it, or the end of the build. */
export type SearchStepMessage = { kind: 'page'; url: string; html: string } | { kind: 'done' };

/**
 * Every article in the content folder became a page the search reads: a build whose content store
 * lost articles (two builds at once sharing node_modules/.astro, where Astro keeps it, did so) or
 * whose article page lost its `data-pagefind-body` fails instead of shipping a site without them.
 * @throws Error with both counts and what to do.
 */
export function checkEveryArticleIndexed({ count: sources, dir }: ArticleCount, pages: number): void {
  if (pages === sources) return;
  throw new Error(
    `${dir} holds ${sources} article${sources === 1 ? '' : 's'} but the build wrote ${pages} article page${pages === 1 ? '' : 's'} for search to read. Run the build again with no other build running in this project (two builds at once share Astro's content store in node_modules/.astro); if the counts still differ, an article page has lost its data-pagefind-body.`,
  );
}

/** The search step under way in its worker: pages go in as they are rendered; `finish` ends it. */
export interface SearchStep {
  addPage(url: string, html: string): void;
  /**
   * The build is over: resolves once the index is written, with the step's report and how long
   * the build waited for it.
   * @throws Error with the worker's own error, or its exit code when it ended without a word.
   */
  finish(): Promise<SearchStepResult & { waitedMs: number }>;
}

/**
 * Start the search step in a worker thread (`search-index-worker.ts`), off Astro's heap. It starts
 * writing the index as soon as it has one page per article; with fewer at the end, it writes
 * nothing and fails.
 */
export function startSearchStep(
  siteDir: string,
  articles: ArticleCount,
  pagesPerRun = PAGES_PER_PAGEFIND_RUN,
): SearchStep {
  const workerData: SearchStepInput = { siteDir, articles, pagesPerRun };
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData });
  let sent = 0;
  let result: SearchStepResult | undefined;
  const ended = new Promise<SearchStepResult>((resolve, reject) => {
    worker.on('message', (message: SearchStepResult) => (result = message));
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(`the search index step ended with exit code ${code} and no index`));
    });
  });
  // Settled here too, so a worker that fails before the build ends is not an unhandled rejection.
  ended.catch(() => undefined);
  return {
    addPage: (url, html) => {
      sent++;
      worker.postMessage({ kind: 'page', url, html } satisfies SearchStepMessage);
    },
    finish: async () => {
      const started = performance.now();
      worker.postMessage({ kind: 'done' } satisfies SearchStepMessage);
      const report = await ended;
      // The worker counts the pages Pagefind read; this counts the pages the build handed over.
      checkEveryArticleIndexed(articles, sent);
      return { ...report, waitedMs: Math.round(performance.now() - started) };
    },
  };
}

/** The integration: `integrations: [pagefindIndex()]`. */
export default function pagefindIndex(): AstroIntegration {
  let root: URL | null = null;
  let outDir: URL | null = null;
  let step: SearchStep | null = null;
  return {
    name: 'uprising-reader:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        const base = root ?? new URL(`file://${process.cwd()}/`);
        const articlesDir = fileURLToPath(new URL(`${ARTICLE_SOURCES.base}/`, base));
        const articles = { count: countArticleSources(articlesDir), dir: relative(process.cwd(), articlesDir) };
        const siteDir = fileURLToPath(outDir ?? new URL('dist/', base)).replace(/\/$/, '');
        const started = startSearchStep(siteDir, articles);
        step = started;
        collectArticlePages((url, html) => started.addPage(url, html));
      },
      'astro:build:done': async ({ dir, logger }) => {
        collectArticlePages(null);
        if (!step) throw new Error('the search step did not start with the build');
        const { pages, readMs, writeMs, waitedMs } = await step.finish();
        step = null;
        // Name the folder actually indexed: a build with --outDir (the sub-path test) writes elsewhere.
        const siteDir = fileURLToPath(dir).replace(/\/$/, '');
        const shown = relative(process.cwd(), join(siteDir, 'pagefind'));
        const where = shown.startsWith('..') || isAbsolute(shown) ? join(siteDir, 'pagefind') : shown;
        // `npm run bench` reads the times from this line.
        logger.info(
          `Pagefind indexed ${pages} article pages into ${where}/: reading the pages ${readMs} ms and the passage index ${writeMs} ms, beside the rendering; the build waited ${waitedMs} ms for it`,
        );
      },
    },
  };
}
