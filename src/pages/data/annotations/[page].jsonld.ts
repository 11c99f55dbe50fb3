/**
 * /data/annotations/<n>.jsonld: the pages of the Web Annotation collection /data/annotations.jsonld
 * (its [file].ts route writes the collection itself).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnnotations } from '../../../lib/corpus/load-annotations.ts';
import {
  countWebAnnotations,
  listAnnotationPages,
  listWebAnnotations,
  toAnnotationPage,
  type WebAnnotation,
} from '../../../lib/data/web-annotations.ts';

/** The annotations, listed once per build for all the pages (their ids need the site's address). */
let listed: Promise<WebAnnotation[]> | null = null;
const listAnnotations = (site: URL | undefined) =>
  (listed ??= loadAnnotations().then(({ index, passages }) => listWebAnnotations(index, passages, site)));

export const getStaticPaths = (async () => {
  const { index } = await loadAnnotations();
  return listAnnotationPages(countWebAnnotations(index)).map((n) => ({ params: { page: String(n) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(toAnnotationPage(await listAnnotations(site), Number(params['page']), site), {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
