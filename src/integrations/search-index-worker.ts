/**
 * The search step, run in a worker thread by the integration (`pagefind.ts`): has Pagefind read
 * the article pages as the build renders them, and once it has one per article, writes the
 * passage index. A worker has a V8 heap of its own, so
 * the step does not share the heap Astro has filled with its content store and rendered pages: at
 * 10,000 articles the two together passed V8's default limit (about 4 GB) in one heap.
 * Loaded by Node as TypeScript (Node strips the types), hence only erasable syntax here and in
 * what it imports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import {
  checkEveryArticleIndexed,
  openPageReader,
  searchFiles,
  writeSearchFiles,
  type PagefindApi,
  type SearchStepInput,
  type SearchStepMessage,
  type SearchStepResult,
} from './pagefind.ts';

const { siteDir, articles } = workerData as SearchStepInput;
const reader = await openPageReader(pagefind as PagefindApi);
let received = 0;
// Pages reach Pagefind one after another, in the order Astro rendered them.
let adding: Promise<void> = Promise.resolve();
let writing: Promise<void> | null = null;

/** Once every article is in (or the build is over): read them, check the count, write the index. */
function write(): Promise<void> {
  writing ??= adding.then(async () => {
    // Before anything is written: a build that lost articles gets no index of the rest.
    checkEveryArticleIndexed(articles, received);
    const started = performance.now();
    const read = await reader.read();
    checkEveryArticleIndexed(articles, read.pages.length);
    const readAt = performance.now();
    const files = writeSearchFiles(siteDir, searchFiles(read));
    const readMs = Math.round(readAt - started);
    const writeMs = Math.round(performance.now() - readAt);
    parentPort?.postMessage({ pages: read.pages.length, files, readMs, writeMs } satisfies SearchStepResult);
  });
  return writing;
}

let failed = false;
/** A failure ends the worker with its error (once), which the build reports when it ends. */
const fail = (error: unknown) => {
  if (failed) return;
  failed = true;
  void reader.close().finally(() =>
    setImmediate(() => {
      throw error;
    }),
  );
};

parentPort?.on('message', (message: SearchStepMessage) => {
  if (message.kind === 'page') {
    if (writing) return fail(new Error(`an article page came after all ${articles.count} were read: ${message.url}`));
    received++;
    adding = adding.then(() => reader.add(message.url, message.html));
    adding.catch(fail);
    if (received === articles.count) write().catch(fail);
  } else {
    // The build is over: write now if the count was never reached (the count check then fails),
    // and end the worker once the index is written.
    write().then(() => parentPort?.close(), fail);
  }
});
