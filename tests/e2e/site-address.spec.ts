/**
 * The published address, as a deployment sets it: built with SITE_URL=https://example.org and
 * BASE_PATH=/reader/ into a folder of its own. Every address the site states for itself — canonical
 * links, og:url, citation_public_url, the permalinks the "Copy link" and "Cite" buttons give, the
 * cite files and the /data/ downloads — must lie under https://example.org/reader/, and no absolute
 * URL in the build may point anywhere else but the publishers' own pages. The build is served from
 * 127.0.0.1, as a preview or a mirror would be: what a reader copies still names the published address.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { rehype } from 'rehype';
import { parse as parseYaml } from 'yaml';
import { PublisherListSchema } from '../../src/schemas/catalog.ts';
import { loadCommitted } from '../helpers/corpus.ts';
import { CONTENT } from '../helpers/project.ts';
import { buildSite } from '../helpers/build-site.ts';
import { listPageFiles, sitePathOf } from '../helpers/site-pages.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

const SITE_URL = 'https://example.org';
const BASE = '/reader/';
/** The published address every permalink must start with. */
const HOME = `${SITE_URL}${BASE}`;

const articles = loadCommitted();
const articleUrl = (slug: string) => `${HOME}articles/${slug}/`;

/**
 * The only absolute URLs the build may hold that are not the site's own: each article's original
 * address and each publisher's home page, as content/ states them, and XML namespaces.
 */
const EXTERNAL = new Set<string>([
  ...articles.flatMap(({ data }) => (data.sourceUrl ? [data.sourceUrl] : [])),
  ...PublisherListSchema.parse(parseYaml(readFileSync(join(CONTENT, 'publishers.yaml'), 'utf8'))).flatMap((p) =>
    p.url ? [p.url] : [],
  ),
  // XML namespaces: SVG, and those the Atom feed and the sitemap declare.
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/2005/Atom',
  'http://www.w3.org/1999/xhtml',
  'http://www.sitemaps.org/schemas/sitemap/0.9',
  'http://www.google.com/schemas/sitemap-news/0.9',
  'http://www.google.com/schemas/sitemap-image/1.1',
  'http://www.google.com/schemas/sitemap-video/1.1',
  // The Web Annotation context and HTML's fragment syntax, which its fragment selectors conform to.
  'http://www.w3.org/ns/anno.jsonld',
  'http://tools.ietf.org/rfc/rfc3236',
]);

// One build for the whole file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

let outDir = '';
let server: StaticServer;
let served = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  outDir = mkdtempSync(join(tmpdir(), 'uprising-reader-address-'));
  await buildSite({ outDir, base: BASE, site: SITE_URL });
  server = await startStaticServer({ root: outDir, base: BASE });
  served = `${server.origin}${BASE}`;
});

test.afterAll(async () => {
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const parseHtml = (file: string): Root => rehype().parse(readFileSync(file, 'utf8'));
const attr = (tree: Root, selector: string, name: string) => {
  const value = select(selector, tree)?.properties[name];
  return typeof value === 'string' ? value : undefined;
};

test('every page names itself under https://example.org/reader/: canonical, og:url, citation_public_url', async () => {
  const pages = listPageFiles(outDir);
  expect(pages.length).toBeGreaterThan(10);
  const wrong: string[] = [];
  let ogUrls = 0;
  let citationUrls = 0;
  for (const file of pages) {
    const tree = parseHtml(file);
    const own = `${HOME}${sitePathOf(outDir, file).slice(1)}`;
    const stated = {
      canonical: attr(tree, 'link[rel="canonical"]', 'href'),
      'og:url': attr(tree, 'meta[property="og:url"]', 'content'),
      citation_public_url: attr(tree, 'meta[name="citation_public_url"]', 'content'),
    };
    if (stated['og:url']) ogUrls++;
    if (stated.citation_public_url) citationUrls++;
    for (const [what, value] of Object.entries(stated))
      if (value !== undefined ? value !== own : what === 'canonical')
        wrong.push(`${sitePathOf(outDir, file)}: ${what} ${String(value)}`);
  }
  expect(wrong).toEqual([]);
  expect(ogUrls).toBeGreaterThanOrEqual(articles.length);
  expect(citationUrls).toBe(articles.length);
});

test('each article states its permalinks and citation URL under https://example.org/reader/', async () => {
  for (const { slug } of articles) {
    const tree = parseHtml(join(outDir, 'articles', slug, 'index.html'));
    // What "Copy link" and "Cite" build on: the page's address, then #pN.
    const body = select('[data-page-url]', tree);
    expect(body?.properties['dataPageUrl'], slug).toBe(articleUrl(slug));
    const citation = JSON.parse(String(body?.properties['dataCitation'])) as { url: string };
    expect(citation.url, slug).toBe(articleUrl(slug));
    expect(selectAll('[data-page-url]', tree)).toHaveLength(1);
    // The ¶ numbers link to the passage on this page.
    const pnums = selectAll('a.pnum', tree).map((a) => String(a.properties['href']));
    expect(pnums.length).toBeGreaterThan(0);
    expect(pnums.filter((href) => !/^#p\d+$/.test(href))).toEqual([]);
  }
  // The corpus's citation files: each article's address on the reader, and the original one where
  // it is known, nothing else.
  const stated = articles.flatMap(({ slug, data }) => [articleUrl(slug), ...(data.sourceUrl ? [data.sourceUrl] : [])]);
  for (const format of ['bib', 'ris', 'json']) {
    const urls = read(`data/citations.${format}`).match(/https?:\/\/[^\s"{}]+[^\s"{}.,]/g) ?? [];
    expect(
      urls.filter((url) => !stated.includes(url)),
      `citations.${format}`,
    ).toEqual([]);
    // CSL-JSON has one URL field per article: the original's where it is known.
    for (const { slug, data } of articles)
      expect(urls, `citations.${format}: ${slug}`).toContain(
        format === 'json' ? (data.sourceUrl ?? articleUrl(slug)) : articleUrl(slug),
      );
  }
});

test('the /data/ downloads give every permalink under https://example.org/reader/', async () => {
  const all = JSON.parse(read('data/articles.json')) as { slug: string; url: string }[];
  expect(all.map((a) => a.url)).toEqual(all.map((a) => articleUrl(a.slug)));
  type Row = { article: string; id: string; permalink: string };
  const jsonl = read('data/passages.jsonl')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);
  const csv = parseCsv(read('data/passages.csv'), { columns: true }) as Row[];
  const total = articles.reduce((n, a) => n + a.data.passageCount, 0);
  for (const rows of [jsonl, csv]) {
    expect(rows).toHaveLength(total);
    expect(rows.filter((r) => r.permalink !== `${articleUrl(r.article)}#${r.id}`)).toEqual([]);
  }
});

test('the Web Annotation collection leads, page by page, to every annotation under https://example.org/reader/', () => {
  type Page = { id: string; partOf: { id: string }; startIndex: number; next?: string; items: { id: string }[] };
  const collection = JSON.parse(read('data/annotations.jsonld')) as {
    id: string;
    total: number;
    first: string;
    last: string;
  };
  expect(collection.id).toBe(`${HOME}data/annotations.jsonld`);
  const pages: Page[] = [];
  for (let url: string | undefined = collection.first; url; url = pages.at(-1)?.next) {
    expect(url.startsWith(HOME), url).toBe(true);
    pages.push(JSON.parse(read(url.slice(HOME.length))) as Page);
  }
  expect(pages.at(-1)?.id).toBe(collection.last);
  expect(pages.reduce((n, p) => n + p.items.length, 0)).toBe(collection.total);
  let start = 0;
  for (const page of pages) {
    expect(page.partOf.id).toBe(collection.id);
    expect(page.startIndex).toBe(start);
    start += page.items.length;
  }
});

test('the Atom feed, the sitemap and robots.txt name every article under https://example.org/reader/', async () => {
  const feed = read('feed.xml');
  const ids = [...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
  expect(ids.sort()).toEqual(articles.map((a) => articleUrl(a.slug)).sort());
  expect(feed).toContain(`<link rel="self" href="${HOME}feed.xml"/>`);
  const index = read('sitemap-index.xml');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  expect(maps.length).toBeGreaterThan(0);
  const locs = maps.flatMap((url) => {
    expect(url.startsWith(HOME), url).toBe(true);
    return [...read(url.slice(HOME.length)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  });
  expect(locs.filter((url) => !url.startsWith(HOME))).toEqual([]);
  for (const slug of articles.map((a) => a.slug)) expect(locs).toContain(articleUrl(slug));
  expect(read('robots.txt')).toContain(`Sitemap: ${HOME}sitemap-index.xml`);
  // Every page points readers' feed software and crawlers at them.
  const home = parseHtml(join(outDir, 'index.html'));
  expect(attr(home, 'link[rel=alternate][type="application/atom+xml"]', 'href')).toBe(`${BASE}feed.xml`);
  expect(attr(home, 'link[rel=sitemap]', 'href')).toBe(`${BASE}sitemap-index.xml`);
});

/** Every file of the build with text in it, but the search index (compressed, paths relative). */
function listTextFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'search-index' ? [] : listTextFiles(path);
    return /\.(html|json|jsonl|jsonld|csv|bib|ris|svg|xml|txt|js|css)$|^_headers$/.test(name) ? [path] : [];
  });
}

test('no absolute URL in the build leads anywhere but https://example.org/reader/ or a publisher’s page', async () => {
  const outside: string[] = [];
  let own = 0;
  for (const file of listTextFiles(outDir)) {
    const text = readFileSync(file, 'utf8').replaceAll('&amp;', '&').replaceAll('&quot;', '"');
    for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>`(){}\\,]+/g)) {
      if (url.startsWith(HOME)) own++;
      else if (!EXTERNAL.has(url)) outside.push(`${relative(outDir, file)}: ${url}`);
    }
  }
  expect([...new Set(outside)]).toEqual([]);
  expect(own).toBeGreaterThan(articles.length * 10);
});

test('served from elsewhere, "Copy link", the selection link and "Cite" still give https://example.org/reader/…', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { slug } = articles[0]!;
  await page.goto(`${served}articles/${slug}/`);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole('button', { name: 'Copy link to paragraph 2' }).click();
  expect(await clipboard()).toBe(`${articleUrl(slug)}#p2`);

  await page.locator('#p3 p').evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p.firstChild as Text);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await page.getByRole('button', { name: 'Copy link to selection' }).click();
  expect(await clipboard()).toMatch(new RegExp(`^${articleUrl(slug).replaceAll('.', '\\.')}#p3:~:text=`));

  await page.getByRole('button', { name: 'Cite paragraph 4' }).click();
  // Chicago and MLA cite the passage (MLA without the scheme), APA the page with "para. 4".
  const cited = (await page.getByRole('dialog', { name: 'Cite paragraph 4' }).innerText()).split(`/articles/${slug}/`);
  expect(cited.length - 1).toBeGreaterThanOrEqual(3);
  expect(cited.slice(0, -1).filter((before) => !before.endsWith(HOME.slice(0, -1).replace(/^https:\/\//, '')))).toEqual(
    [],
  );
  expect(cited.slice(1).filter((after) => after.startsWith('#p4')).length).toBeGreaterThanOrEqual(2);
});

// The comparison view once made a column's address from the address it was served at, not from the
// configured site; the column now keeps the permalink its article page states.
test('in the comparison view, "Copy link" gives the permalink under https://example.org/reader/', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const [left, right] = articles;
  await page.goto(`${served}compare/?left=${left?.slug ?? ''}&right=${right?.slug ?? ''}`);
  await expect(page.locator('[data-compare][data-ready]')).toBeAttached();
  await page
    .locator('.compare-column[data-side="left"]')
    .getByRole('button', { name: 'Copy link to paragraph 2' })
    .click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${articleUrl(left?.slug ?? '')}#p2`);
});
