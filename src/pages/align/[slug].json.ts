/** /align/<slug>.json: for each passage of the article, its counterparts in the best-matching other articles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnnotations } from '../../lib/corpus/load-annotations.ts';
import type { Alignment } from '../../lib/similarity/score-corpus.ts';

// The corpus is scored once per build (shared with the related passages of the article pages),
// and each file gets its own article's slice, not the whole corpus.
export const getStaticPaths = (async () => {
  const { articles, alignment } = await loadAnnotations();
  return articles.map(({ entry }) => ({ params: { slug: entry.id }, props: { aligned: alignment[entry.id] ?? {} } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ aligned: Alignment[string] }> = ({ props }) =>
  new Response(JSON.stringify(props.aligned), { headers: { 'Content-Type': 'application/json' } });
