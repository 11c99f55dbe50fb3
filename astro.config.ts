import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind.ts';

/** The public address of the site, configured once; permalinks and citations are built from it. */
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [pagefindIndex()],
});
