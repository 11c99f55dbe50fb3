/** /data/articles.json, /data/passages.jsonl, /data/passages.csv, /data/coverage.csv: the corpus as data. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toArticlesJson } from '../../lib/data/articles-json.ts';
import { listPassageRows, toCsv, toJsonl } from '../../lib/data/passage-rows.ts';
import { loadCorpus } from '../../lib/corpus/load-corpus.ts';
import { loadAnnotations } from '../../lib/corpus/load-annotations.ts';
import { buildCoverageCsv } from '../../lib/views/coverage-view.ts';

export const getStaticPaths = (() =>
  ['articles.json', 'passages.jsonl', 'passages.csv', 'coverage.csv'].map((file) => ({
    params: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  if (params['file'] === 'coverage.csv') {
    return new Response(buildCoverageCsv(await loadAnnotations()), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    });
  }
  const { articles } = await loadCorpus();
  if (params['file'] === 'articles.json') {
    return new Response(toArticlesJson(articles, site), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  const rows = listPassageRows(
    articles.map((a) => ({ id: a.entry.id, body: a.entry.body ?? '' })),
    site ?? 'http://localhost/',
  );
  return params['file'] === 'passages.csv'
    ? new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(toJsonl(rows), { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
};
