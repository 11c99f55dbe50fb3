/**
 * Astro middleware: while a build renders the site, hand each article page's HTML to the search
 * step, which has Pagefind read it beside the rest of the rendering (src/integrations/pagefind.ts).
 * Every other response, and every response outside a build, passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { articlePageCollector } from './integrations/article-pages.ts';
import { routes } from './lib/routes/routes.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const collect = articlePageCollector();
  if (!collect || !context.isPrerendered || !routes.isArticle(context.url.pathname)) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  collect(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
