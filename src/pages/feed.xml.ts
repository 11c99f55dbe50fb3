/** /feed.xml: the Atom feed of the articles (src/lib/data/atom-feed.ts). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../lib/corpus/load-corpus.ts';
import { toAtomFeed } from '../lib/data/atom-feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await loadCorpus();
  return new Response(toAtomFeed(articles, site), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
