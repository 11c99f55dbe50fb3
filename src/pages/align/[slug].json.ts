/** /align/<slug>.json: for each passage of the article, its counterpart in every other article. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { alignCorpus } from '../../lib/corpus-alignment.ts';

export const getStaticPaths = (async () =>
  (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const articles = await getCollection('articles');
  const alignment = alignCorpus(articles.map((a) => ({ id: a.id, body: a.body ?? '' })));
  return new Response(JSON.stringify(alignment[params.slug ?? ''] ?? {}), {
    headers: { 'Content-Type': 'application/json' },
  });
};
