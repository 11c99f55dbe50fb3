/**
 * The search index's files (`/search-index/manifest.json.gz`, `t/3.json.gz`, …), each
 * gzip-compressed once here: every host then serves them compressed, whatever it does with JSON.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { gzipSync } from 'node:zlib';
import { loadSearchIndex } from '../../lib/corpus/load-search-index.ts';

export const getStaticPaths = (async () =>
  [...(await loadSearchIndex()).keys()].map((path) => ({ params: { file: `${path}.gz` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const json = (await loadSearchIndex()).get((params['file'] ?? '').replace(/\.gz$/, ''));
  if (json === undefined) return new Response(null, { status: 404 });
  return new Response(gzipSync(json), { headers: { 'Content-Type': 'application/gzip' } });
};
