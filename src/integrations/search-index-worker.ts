/**
 * The search step, run in a worker thread by the integration (`pagefind.ts`): reads the built
 * article pages with Pagefind and writes the passage index. A worker has a V8 heap of its own, so
 * the step does not share the heap Astro has filled with its content store and rendered pages: at
 * 10,000 articles the two together passed V8's default limit (about 4 GB) in one heap.
 * Loaded by Node as TypeScript (Node strips the types), hence only erasable syntax here and in
 * what it imports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import {
  checkEveryArticleIndexed,
  readArticlePages,
  searchFiles,
  writeSearchFiles,
  type PagefindApi,
  type SearchStepInput,
  type SearchStepResult,
} from './pagefind.ts';

const { siteDir, articles } = workerData as SearchStepInput;
const started = performance.now();
const read = await readArticlePages(pagefind as PagefindApi, siteDir);
// Before anything is written: a build that lost articles gets no index of the rest.
if (articles) checkEveryArticleIndexed(articles, read.pages.length);
const readAt = performance.now();
const files = writeSearchFiles(siteDir, searchFiles(read));
const readMs = Math.round(readAt - started);
const writeMs = Math.round(performance.now() - readAt);
parentPort?.postMessage({ pages: read.pages.length, files, readMs, writeMs } satisfies SearchStepResult);
