/** /robots.txt: every page may be crawled; the sitemap's address is absolute, so it is built from SITE_URL. */
import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '../lib/routes/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap(), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
