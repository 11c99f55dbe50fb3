/**
 * The site served under a sub-path, as a host that is not the domain's root would serve it: built
 * with BASE_PATH=/reader/ into a folder of its own, served under /reader/ and nowhere else, crawled,
 * and used as a reader would (search, comparison). A link built by hand rather than through
 * src/lib/routes/ misses the base, and the crawl reports it broken.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { check, LinkState } from 'linkinator';
import { buildSite } from '../helpers/build-site.ts';
import { listPageFiles, sitePathOf } from '../helpers/site-pages.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/reader/';

// One build for the whole file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

let outDir = '';
let server: StaticServer;
let site = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  outDir = mkdtempSync(join(tmpdir(), 'uprising-reader-subpath-'));
  // The server reads the folder on every request, so it can start before the build: then the
  // build knows the address and its absolute permalinks and canonical links are crawled too.
  server = await startStaticServer({ root: outDir, base: BASE });
  site = `${server.origin}${BASE}`;
  await buildSite({ outDir, base: BASE, site: server.origin });
});

test.afterAll(async () => {
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** Every request of the page that failed or was answered with an error: a script's URL that misses the base. */
function watchFailures(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} (${String(r.status())})`);
  });
  return failed;
}

test('under /reader/, every link and #fragment resolves and the crawl reaches every page', async () => {
  test.setTimeout(300_000);
  const result = await check({
    path: site,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    // Every link to this origin is checked, also outside /reader/, where nothing is served.
    linksToSkip: async (link) => !link.startsWith(server.origin),
  });
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => `${l.url} (${String(l.status)}) on ${l.parent ?? '?'}`);
  expect(broken).toEqual([]);
  const seen = new Set(result.links.map((l) => new URL(l.url).pathname));
  const pages = listPageFiles(outDir).map((file) => `${BASE}${sitePathOf(outDir, file).slice(1)}`);
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.filter((p) => !seen.has(p))).toEqual([]);
});

test('under /reader/, the header search finds CGTP and its hits land on /reader/articles/…#pN', async ({ page }) => {
  const failed = watchFailures(page);
  await page.goto(site);
  const field = page.getByRole('search').getByRole('searchbox');
  await field.fill('CGTP');
  await field.press('Enter');
  await expect(page).toHaveURL(`${site}search/?q=CGTP`);
  const hits = page.locator('.result .hit-link');
  await expect(hits.first()).toBeVisible();
  const hrefs = await hits.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const hitPath = new RegExp(`^${BASE}articles/[^/]+/\\?highlight=CGTP#p\\d+$`);
  expect(hrefs.filter((href) => !hitPath.test(href))).toEqual([]);

  await hits.first().click();
  await expect(page).toHaveURL(new RegExp(`^${site}articles/[^/]+/\\?highlight=CGTP#p\\d+$`));
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  // The highlighter, loaded from /reader/_astro/, marks the term on the landing page.
  await expect(page.locator(`[id="${id}"] mark.search-hit`).first()).toHaveText(/CGTP/);
  expect(failed).toEqual([]);
});

test('under /reader/, the comparison view loads both columns and aligns them', async ({ page }) => {
  const failed = watchFailures(page);
  // The article pages, not the list of articles (articles/index.html) beside them.
  const slugs = listPageFiles(join(outDir, 'articles'))
    .map((file) => sitePathOf(outDir, file).split('/')[2] ?? '')
    .filter(Boolean);
  const [left = '', right = ''] = slugs;
  await page.goto(`${site}compare/?left=${left}&right=${right}`);
  await expect(page.locator('[data-compare][data-ready]')).toBeAttached();
  for (const side of ['left', 'right'])
    await expect(page.locator(`.compare-column[data-side="${side}"] .passage`).first()).toBeVisible();
  // "Align" reads /reader/align/<slug>.json.
  const alignment = JSON.parse(readFileSync(join(outDir, 'align', `${left}.json`), 'utf8')) as Record<
    string,
    Record<string, { id: string }>
  >;
  const [source = '', counterparts] = Object.entries(alignment).find(([, c]) => c[right]) ?? [];
  await page
    .locator(`.compare-column[data-side="left"] [id="left-${source}"]`)
    .getByRole('button', { name: /^Align paragraph/ })
    .click();
  await expect(page.locator(`[id="right-${counterparts?.[right]?.id ?? '?'}"]`)).toHaveClass(/aligned/);
  expect(failed).toEqual([]);
});
