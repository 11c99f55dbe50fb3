/**
 * /data/articles.json, /data/passages.jsonl, /data/passages.csv, /data/coverage.csv: the corpus as data;
 * /data/annotations.jsonld: the editors' annotations as a W3C Web Annotation collection (its pages
 * are annotations/[page].jsonld.ts); and
 * /data/citations.bib, .ris, .json: every article for reference managers (an article's own page
 * makes its single-article file in the browser, from the same function).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile, CITE_FORMATS, type CiteFormat } from '../../lib/citations/citation-files.ts';
import { toCitationInput } from '../../lib/citations/citation-input.ts';
import { toArticlesJson } from '../../lib/data/articles-json.ts';
import { streamPassageFile } from '../../lib/data/passage-rows.ts';
import { loadCorpus } from '../../lib/corpus/load-corpus.ts';
import { loadAnnotations } from '../../lib/corpus/load-annotations.ts';
import { buildCoverageCsv } from '../../lib/views/coverage-view.ts';
import { countWebAnnotations, toAnnotationCollection } from '../../lib/data/web-annotations.ts';
import { absoluteUrl, routes, type DataFile } from '../../lib/routes/routes.ts';

const FILES: DataFile[] = [
  'articles.json',
  'passages.jsonl',
  'passages.csv',
  'coverage.csv',
  'annotations.jsonld',
  'citations.bib',
  'citations.ris',
  'citations.json',
];

export const getStaticPaths = (() => FILES.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  if (params['file'] === 'coverage.csv') {
    return new Response(buildCoverageCsv(await loadAnnotations()), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    });
  }
  if (params['file'] === 'annotations.jsonld') {
    const { index } = await loadAnnotations();
    return new Response(toAnnotationCollection(countWebAnnotations(index), site), {
      headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
    });
  }
  const { articles } = await loadCorpus();
  const file = params['file'] as DataFile;
  if (file === 'articles.json') {
    return new Response(toArticlesJson(articles, site), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  if (file.startsWith('citations.')) {
    const format = file.slice('citations.'.length) as CiteFormat;
    const inputs = articles.map(({ entry, publisher }) =>
      toCitationInput(entry.data, publisher?.data.name ?? null, absoluteUrl(routes.article(entry.id), site)),
    );
    return new Response(citationFile(format, inputs), { headers: { 'Content-Type': CITE_FORMATS[format].type } });
  }
  const bodies = articles.map((a) => ({ id: a.entry.id, body: a.entry.body ?? '' }));
  const format = file === 'passages.csv' ? 'csv' : 'jsonl';
  return new Response(streamPassageFile(bodies, site ?? 'http://localhost/', format), {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8',
    },
  });
};
