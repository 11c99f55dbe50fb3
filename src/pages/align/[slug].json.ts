/** /align/<slug>.json: for each passage of the article, its counterparts in the best-matching other articles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnnotations } from '../../lib/corpus/load-annotations.ts';
import type { Alignment } from '../../lib/similarity/alignment.ts';

// The corpus is aligned once, with the annotation index (it weighs the curated entities, events and
// claims), and each page gets its own slice (not the whole corpus per page).
export const getStaticPaths = (async () => {
  const { index, articles } = await loadAnnotations();
  return articles.map(({ entry }) => ({
    params: { slug: entry.id },
    props: { aligned: index.alignment[entry.id] ?? {} },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ aligned: Alignment[string] }> = ({ props }) =>
  new Response(JSON.stringify(props.aligned), { headers: { 'Content-Type': 'application/json' } });
