import { defineConfig } from 'astro/config';
import checkAnnotations from './src/integrations/check-annotations.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

/** The public address of the site, configured once; permalinks and citations are built from it. */
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';
/** The sub-path the site is served under (`/reader/`), or `/`; src/lib/routes/ builds every link under it. */
const base = process.env['BASE_PATH'] ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Never inline scripts or stylesheets: every script is then a file from 'self', so the
  // site-wide CSP header in public/_headers needs no per-page hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
  // No code blocks in the corpus; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // Annotations are checked before dist/ is emptied; Pagefind indexes after the pages are written.
  integrations: [checkAnnotations(), pagefindIndex()],
  // Content-Security-Policy as a <meta> on every page: Astro hashes its own scripts and styles, so
  // neither script-src nor style-src needs 'unsafe-inline'. Pagefind's search runs WebAssembly,
  // hence 'wasm-unsafe-eval'. public/_headers sends the same policy, and more, as HTTP headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
