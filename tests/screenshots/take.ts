/**
 * The README's screenshots, taken from the already-built dist/ (`npm run screenshots` builds first):
 * the home page, an article, the comparison of two articles and a search for "CGTP", each on a
 * desktop (1366×900, light) and a phone (390×844, dark), first screen only, into this folder.
 *
 * Deterministic, so a re-take after a change shows only the change: fixed viewports and scale, no
 * animation, the articles chosen by date from dist/data/articles.json, and every picture taken only
 * once its page is complete (both comparison columns filled, the search answered).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';
import { startStaticServer } from '../helpers/static-server.ts';
import { normaliseBase } from '../../src/lib/routes/routes.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The base dist/ was built for, as astro.config.ts reads it. */
const BASE = normaliseBase(process.env['BASE_PATH'] ?? '/');

const DEVICES = {
  desktop: { viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light', isMobile: false },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, colorScheme: 'dark', isMobile: true },
} as const;

const LIST = join(DIST, 'data', 'articles.json');
if (!existsSync(LIST)) throw new Error(`${LIST} is missing: build the site first (npm run build).`);
/** The articles by date of writing, as the downloads list them. */
const articles = (JSON.parse(readFileSync(LIST, 'utf8')) as { slug: string }[]).map((a) => a.slug);
const [first = '', second = ''] = articles;

/**
 * Each picture: its name, the page's path under the base, and what "complete" means for it. Every
 * picture is the first screen, as a reader first sees the page.
 */
const SHOTS: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '', ready: async () => {} },
  { name: 'article', path: `articles/${first}/`, ready: async () => {} },
  {
    name: 'compare',
    path: `compare/?left=${first}&right=${second}`,
    ready: async (page) => {
      await page.locator('[data-compare][data-ready]').waitFor({ state: 'attached' });
      for (const side of ['left', 'right'])
        await page.locator(`.compare-column[data-side="${side}"] .passage`).first().waitFor({ state: 'attached' });
    },
  },
  {
    name: 'search',
    path: 'search/?q=CGTP',
    ready: async (page) => {
      await page.locator('[data-search][data-ready]').waitFor({ state: 'attached' });
      await page.locator('.result .hit-link').first().waitFor();
    },
  },
];

const server = await startStaticServer({ root: DIST, base: BASE });
// Without --disable-partial-raster, the rounded corners of the comparison's scrolling columns come out a few
// pixels different from one run to the next.
const browser = await chromium.launch({
  ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
  args: [...CHROMIUM_ARGS, '--disable-partial-raster'],
});
try {
  for (const [device, options] of Object.entries(DEVICES)) {
    const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const shot of SHOTS) {
      await page.goto(`${server.origin}${BASE}${shot.path}`, { waitUntil: 'load' });
      await shot.ready(page);
      await page.waitForLoadState('networkidle');
      // Two frames, so what the scripts last changed is painted.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const file = join(HERE, `${shot.name}-${device}.png`);
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      console.log(`${shot.name}-${device}.png`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
