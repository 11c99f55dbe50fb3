/** /data/articles.json, /data/passages.jsonl, /data/passages.csv: the corpus as data. */
import { absoluteUrl, routes } from '../../lib/routes/routes.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { listPassageRows, toCsv, toJsonl } from '../../lib/data/passage-rows.ts';
import { loadCorpus } from '../../lib/corpus/load-corpus.ts';

export const getStaticPaths = (() =>
  ['articles.json', 'passages.jsonl', 'passages.csv'].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { articles } = await loadCorpus();
  if (params['file'] === 'articles.json') {
    const data = articles.map(({ entry, publisher, tendency }) => ({
      slug: entry.id,
      url: absoluteUrl(routes.article(entry.id), site),
      ...entry.data,
      publisher: publisher ? { id: publisher.id, name: publisher.data.name } : null,
      tendency: tendency ? { id: tendency.id, name: tendency.data.name, fullName: tendency.data.fullName } : null,
    }));
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
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
