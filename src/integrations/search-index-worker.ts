/**
 * The search step, run in a worker thread by the integration (`pagefind.ts`): has Pagefind read
 * the article pages as the build renders them, in batches (PAGES_PER_PAGEFIND_RUN), and once it
 * has one per article, writes the passage index. A worker has a V8 heap of its own, so
 * the step does not share the heap Astro has filled with its content store and rendered pages: at
 * 10,000 articles the two together passed V8's default limit (about 4 GB) in one heap.
 * Loaded by Node as TypeScript (Node strips the types), hence only erasable syntax here and in
 * what it imports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { PageRecord } from '../lib/search/passage-index.ts';
import {
  checkEveryArticleIndexed,
  openPageReader,
  searchFiles,
  writeSearchFiles,
  type PageReader,
  type PagefindApi,
  type SearchStepInput,
  type SearchStepMessage,
  type SearchStepResult,
} from './pagefind.ts';

const { siteDir, articles, pagesPerRun } = workerData as SearchStepInput;
let received = 0;
// Pages reach Pagefind one after another, in the order Astro rendered them, a batch per Pagefind run.
let adding: Promise<void> = Promise.resolve();
let writing: Promise<void> | null = null;
let reader: PageReader | null = null;
let inBatch = 0;
const pages: PageRecord[] = [];
let highlighter: Uint8Array | null = null;
let pagefindMs = 0;

/** Time spent in Pagefind, for the build's report. */
async function timed<T>(work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    pagefindMs += performance.now() - started;
  }
}

/** Give one page to the current Pagefind run, starting one if none is open, and end the run when full. */
async function add(url: string, html: string): Promise<void> {
  reader ??= await timed(() => openPageReader(pagefind as PagefindApi));
  const open = reader;
  await timed(() => open.add(url, html));
  if (++inBatch === pagesPerRun) await endRun();
}

/** Read back what the current Pagefind run read, and close it. */
async function endRun(): Promise<void> {
  if (!reader) return;
  const open = reader;
  reader = null;
  inBatch = 0;
  const read = await timed(() => open.read());
  pages.push(...read.pages);
  highlighter = read.highlighter;
}

/** Once every article is in (or the build is over): check the count, read the last run, write the index. */
function write(): Promise<void> {
  writing ??= adding.then(async () => {
    // Before anything is written: a build that lost articles gets no index of the rest.
    checkEveryArticleIndexed(articles, received);
    await endRun();
    checkEveryArticleIndexed(articles, pages.length);
    if (!highlighter) throw new Error('Pagefind was given no article page to read');
    const started = performance.now();
    const files = writeSearchFiles(siteDir, searchFiles({ pages, highlighter }));
    const readMs = Math.round(pagefindMs);
    const writeMs = Math.round(performance.now() - started);
    parentPort?.postMessage({ pages: pages.length, files, readMs, writeMs } satisfies SearchStepResult);
  });
  return writing;
}

let failed = false;
/** A failure ends the worker with its error (once), which the build reports when it ends. */
const fail = (error: unknown) => {
  if (failed) return;
  failed = true;
  void (reader?.close() ?? Promise.resolve()).finally(() =>
    setImmediate(() => {
      throw error;
    }),
  );
};

parentPort?.on('message', (message: SearchStepMessage) => {
  if (message.kind === 'page') {
    if (writing) return fail(new Error(`an article page came after all ${articles.count} were read: ${message.url}`));
    received++;
    adding = adding.then(() => add(message.url, message.html));
    adding.catch(fail);
    if (received === articles.count) write().catch(fail);
  } else {
    // The build is over: write now if the count was never reached (the count check then fails),
    // and end the worker once the index is written.
    write().then(() => parentPort?.close(), fail);
  }
});
