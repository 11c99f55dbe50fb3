/**
 * A saved web page, all the way through: a copy of the project ingests the five texts plus a
 * hand-made HTML page (tests/fixtures/html/through/; no real page could be obtained offline), builds,
 * and the page's article must read like the others — passages and permalinks, the metadata with its
 * basis, known names linked, search down to the passage, the comparison view, citations, and the
 * About page listing what ingest took out.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { buildSite } from '../helpers/build-site.ts';
import { ROOT } from '../helpers/project.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'html', 'through', 'fixture-uprising-page.html');
/** The project as a copy needs it to ingest and build (node_modules is linked, not copied). */
const PROJECT = ['src', 'public', 'content', 'seeds', 'astro.config.ts', 'tsconfig.json', 'package.json'];

test.describe.configure({ mode: 'default' });

let project = '';
let server: StaticServer;
let origin = '';
let slug = '';

test.beforeAll(async () => {
  test.setTimeout(300_000);
  project = mkdtempSync(join(tmpdir(), 'uprising-reader-html-'));
  for (const entry of PROJECT) cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  cpSync(FIXTURE, join(project, 'seeds', 'fixture-uprising-page.html'));
  await promisify(execFile)(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/ingest/cli.ts'], {
    cwd: project,
  });
  const before = new Set(readdirSync(join(ROOT, 'content', 'articles')));
  slug = (readdirSync(join(project, 'content', 'articles')).find((f) => !before.has(f)) ?? '').replace(/\.md$/, '');
  await buildSite({ outDir: join(project, 'dist'), base: '/', site: 'http://localhost:4321', cwd: project });
  server = await startStaticServer({ root: join(project, 'dist') });
  origin = server.origin;
});

test.afterAll(async () => {
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

test('the page becomes an article: title, author and date from its metadata, each with its basis', async ({ page }) => {
  expect(slug).toBe('fixture-page-read-all-the-way-through');
  await page.goto(`${origin}/articles/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture Page Read All the Way Through');
  await expect(page.locator('.attribution')).toContainText('Ana Fixture');
  const about = page.locator('details.about-article');
  await about.locator('summary').click();
  await expect(about).toContainText('from the page’s metadata');
  await expect(about).toContainText('JSON-LD datePublished');
  // Nothing of the page's furniture, scripts or form reaches the article.
  await expect(page.locator('main')).not.toContainText('script words');
  await expect(page.locator('main')).not.toContainText('Subscribe to our newsletter');
  await expect(page.locator('main')).not.toContainText('Example Review home');
});

test('its paragraphs are passages with permalinks, its block quote a quotation, known names linked', async ({
  page,
}) => {
  await page.goto(`${origin}/articles/${slug}/`);
  const source = readFileSync(FIXTURE, 'utf8');
  const article = /<article>([\s\S]*)<\/article>/.exec(source)?.[1] ?? '';
  const paragraphs = [...article.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => (m[1] ?? '').trim());
  expect(paragraphs.length).toBeGreaterThan(3);
  // Every paragraph of the page's article, in order, is a passage ¶1…¶N.
  for (const [i, text] of paragraphs.entries()) {
    const passage = page.locator(`#p${i + 1}`);
    await expect(passage).toContainText(text.slice(0, 60));
    await expect(passage.getByRole('link', { name: new RegExp(`^¶${i + 1}`) })).toHaveAttribute('href', `#p${i + 1}`);
  }
  await expect(page.locator('blockquote')).toContainText('These quoted words stand in a block quote');
  await expect(page.getByRole('heading', { level: 2, name: 'A heading of the fixture' })).toBeVisible();
  await expect(page.locator('#p1 a[href="/topics/cgtp/"]')).toHaveText('CGTP');
});

test('search finds the passage that prints a word no other article prints', async ({ page }) => {
  await page.goto(`${origin}/search/?q=quixotically`);
  await expect(page.locator(`a[href*="/articles/${slug}/"][href*="#p2"]`).first()).toBeVisible();
  const passageLinks = await page
    .locator('main a[href*="/articles/"][href*="#p"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(passageLinks.length).toBeGreaterThan(0);
  expect(passageLinks.filter((href) => !href.includes(`/articles/${slug}/`) || !href.endsWith('#p2'))).toEqual([]);
});

test('it compares with another article, and cites with the page’s metadata', async ({ page }) => {
  const other = readdirSync(join(ROOT, 'content', 'articles'))[0]?.replace(/\.md$/, '') ?? '';
  await page.goto(`${origin}/compare/?left=${slug}&right=${other}`);
  await expect(
    page.locator('.compare-column[data-side="left"] #p1, .compare-column[data-side="left"] [id$="p1"]').first(),
  ).toContainText('made by hand');
  // The corpus's BibTeX file holds the page's entry, with its metadata.
  const bib = await (await page.request.get(`${origin}/data/citations.bib`)).text();
  const entry = bib.split(/\n(?=@)/).find((e) => e.includes(`/articles/${slug}/`)) ?? '';
  expect(entry).toContain('Fixture Page Read All the Way Through');
  expect(entry).toContain('Fixture, Ana');
});

test('About lists what ingest took out of the page, with its reasons', async ({ page }) => {
  await page.goto(`${origin}/about/`);
  const section = page.locator(`section[aria-labelledby="removed-${slug}"]`);
  await expect(section).toContainText('A caption that the reader takes out of the body');
  await expect(section).toContainText('photo caption');
});
