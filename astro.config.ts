import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import checkAnnotations from './src/integrations/check-annotations.ts';
import contentLock from './src/integrations/content-lock.ts';

/** The public address of the site, configured once; permalinks and citations are built from it. */
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';
/** The sub-path the site is served under (`/reader/`), or `/`; src/lib/routes/ builds every link under it. */
const base = process.env['BASE_PATH'] ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Never inline scripts or stylesheets: every script and style is then a file from 'self', so
  // the Content-Security-Policy (src/lib/security/csp.ts, a <meta> on every page from the layout,
  // and public/_headers) needs no hashes and never 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
  // No code blocks in the corpus; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // content/ is locked for the build (no ingest or second build meanwhile, none half-written);
  // annotations are checked before dist/ is emptied; the search index is a set of static files
  // (src/pages/search-index/); the sitemap lists every page under SITE_URL and BASE_PATH.
  integrations: [contentLock(), checkAnnotations(), sitemap()],
});
