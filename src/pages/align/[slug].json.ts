/** /align/<slug>.json: for each passage of the article, its counterparts in the best-matching other articles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { alignCorpus } from '../../lib/corpus/align-corpus.ts';
import type { Alignment } from '../../lib/similarity/alignment.ts';

// The corpus is aligned once, here, and each page gets its own slice (not the whole corpus per page).
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  const alignment = alignCorpus(articles.map((a) => ({ id: a.id, body: a.body ?? '' })));
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { aligned: alignment[entry.id] ?? {} } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ aligned: Alignment[string] }> = ({ props }) =>
  new Response(JSON.stringify(props.aligned), { headers: { 'Content-Type': 'application/json' } });
