/** Search in a real browser against the built passage index; expectations computed from content/. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { shortDate } from '../../src/lib/dates/dates.ts';
import { listBodyPassages } from '../../src/lib/passages/body.ts';
import { aliasText } from '../../src/lib/annotations/mentions.ts';
import { loadIndex } from '../helpers/annotations.ts';
import { loadCommitted } from '../helpers/corpus.ts';
import { search, shownHits } from '../helpers/search.ts';

const articles = loadCommitted().map(({ slug, data, body }) => ({
  slug,
  title: data.title,
  when: shortDate(data.date, data.dateRange),
  date: data.date,
  tendency: data.tendency,
  passages: listBodyPassages(body),
}));

/** Passage numbers per article whose text contains `term` (case-insensitive), as the truth. */
function expected(term: string): Map<string, number[]> {
  const result = new Map<string, number[]>();
  for (const a of articles) {
    const ns = a.passages.filter((p) => p.text.toLowerCase().includes(term.toLowerCase())).map((p) => p.n);
    if (ns.length > 0) result.set(a.slug, ns);
  }
  return result;
}

/** Passage numbers per article that mention a curated entity, by any of its forms (the annotation index's). */
function mentioning(entity: string): Map<string, number[]> {
  const result = new Map<string, number[]>();
  for (const p of annotations.topics.get(entity)?.passages ?? [])
    result.set(p.article, [...(result.get(p.article) ?? []), p.n]);
  return result;
}
const annotations = loadIndex();

/** Both maps as one: slug → sorted ¶ numbers. */
function union(a: Map<string, number[]>, b: Map<string, number[]>): Record<string, number[]> {
  const all: Record<string, number[]> = {};
  for (const m of [a, b]) for (const [slug, ns] of m) all[slug] = [...new Set([...(all[slug] ?? []), ...ns])];
  for (const slug of Object.keys(all)) all[slug]?.sort((x, y) => x - y);
  return all;
}

/** The same, each article's numbers sorted (the page lists them by relevance). */
const sorted = (m: Map<string, number[]>) =>
  Object.fromEntries([...m].map(([slug, ns]) => [slug, [...ns].sort((x, y) => x - y)]));

test('CGTP lists every passage that prints it, first, then the others that name the CGTP', async ({ page }) => {
  const printed = expected('CGTP');
  const named = mentioning('cgtp');
  expect(printed.size).toBe(articles.length);
  await search(page, 'CGTP');
  await expect(page.locator('.result')).toHaveCount(printed.size);
  expect(sorted(await shownHits(page))).toEqual(union(printed, named));
  // Within each article the passages that print "CGTP" come before those that name it otherwise.
  for (const [slug, ns] of await shownHits(page)) {
    const own = printed.get(slug) ?? [];
    expect(ns.slice(0, own.length).sort((x, y) => x - y)).toEqual(own);
  }
  // Every mark is a form of the CGTP's names.
  const forms = (annotations.entities.get('cgtp')?.aliases ?? []).map(aliasText);
  for (const mark of await page.locator('.result .excerpt mark').allTextContents())
    expect(
      forms.some((f) => f.includes(mark) || mark.includes(f)),
      mark,
    ).toBe(true);
  // The topic page is offered above the results.
  await expect(page.getByRole('navigation', { name: 'Pages on this subject' }).getByRole('link')).toHaveText(
    /Confederación General de Trabajadores del Perú/,
  );
  // Each result names its date as the article page does ("17 Dec 2022", "[15–28 Feb 2023]"), never ISO.
  for (const a of articles.filter((x) => printed.has(x.slug))) {
    const meta = page
      .locator('.result', { has: page.locator(`h2 a[href$="/articles/${a.slug}/"]`) })
      .locator('.result-meta');
    await expect(meta).toContainText(a.when);
    await expect(meta).not.toContainText(/\d{4}-\d\d-\d\d/);
  }
});

test("a name found through the site's gloss says so in one short line under the excerpt, never inside it", async ({
  page,
}) => {
  await search(page, 'Boluarte');
  // "Boularte" is printed (a misspelling) where the site knows Dina Boluarte.
  const item = page.locator('.hits li').filter({ has: page.locator('.excerpt mark', { hasText: 'Boularte' }) });
  await expect(item).toHaveCount(1);
  const gloss = item.locator('.gloss');
  await expect(gloss.locator('.gloss-label')).toHaveText('also named:');
  await expect(gloss).toContainText('“Dina Boularte” is Dina Boluarte');
  const [glossText, excerptText] = await Promise.all([gloss.textContent(), item.locator('.excerpt').textContent()]);
  expect((glossText ?? '').length).toBeLessThan((excerptText ?? '').length);
  expect(excerptText).not.toContain('also named');
  // The CGTP's own bracketed gloss stays in the article's words, as printed.
  await search(page, 'CGTP');
  await expect(page.locator('.excerpt').filter({ hasText: 'CGTP [Workers’' })).toHaveCount(1);
});

test('a passage hit lands on its ¶, highlighted, with every form of the searched word marked', async ({ page }) => {
  await search(page, 'CGTP');
  const link = page.locator('.result .hit-link').first();
  const href = (await link.getAttribute('href')) ?? '';
  const id = href.split('#')[1] ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page.locator(`#${id} mark.search-hit`).first()).toHaveText(/CGTP/);
  // Stems, as search reads them: "repression" marks "repressive" and "repressed" too.
  const slug = articles.find((a) => a.passages.some((p) => /\brepressive\b/.test(p.text)))?.slug ?? '';
  await page.goto(`/articles/${slug}/?highlight=repression`);
  await expect(page.locator('html[data-highlighted]')).toBeAttached();
  expect(new Set(await page.locator('mark.search-hit').allTextContents())).toContain('repressive');
});

test('a highlight of a thousand words leaves the article readable, with no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const slug = articles[0]?.slug ?? '';
  // A thousand words, each with characters a regular expression would choke on (about 9 KB of
  // address, near what the test server takes).
  const words = Array.from({ length: 1000 }, (_, i) => `([${i}`).join(' ');
  await page.goto(`/articles/${slug}/?highlight=${encodeURIComponent(words)}#p1`);
  await expect(page.locator('html[data-highlighted]')).toBeAttached();
  await expect(page.locator('#p1')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the quoted phrase "Constituent Assembly" finds the passages that print it, and offers the topic', async ({
  page,
}) => {
  await search(page, '"Constituent Assembly"');
  expect(sorted(await shownHits(page))).toEqual(sorted(expected('Constituent Assembly')));
  expect(expected('Constituent Assembly').size).toBe(3);
});

test('"death toll" shows the passages that give the counts and leads to the disagreement', async ({ page }) => {
  const claim = annotations.claims.find((c) => c.claim.id === 'deaths-in-the-repression');
  const counts = new Map<string, number[]>();
  for (const s of claim?.statements ?? [])
    counts.set(s.match.article, [
      ...new Set([...(counts.get(s.match.article) ?? []), Number(s.match.passage.slice(1))]),
    ]);
  expect([...counts.values()].flat().length).toBeGreaterThanOrEqual(5);
  await search(page, 'death toll');
  const shown = await shownHits(page);
  for (const [slug, ns] of counts) expect(shown.get(slug) ?? [], slug).toEqual(expect.arrayContaining(ns));
  const link = page
    .getByRole('navigation', { name: 'Pages on this subject' })
    .getByRole('link', { name: claim?.claim.question ?? '?' });
  await expect(link).toHaveAttribute('href', /\/disagreements\/#deaths-in-the-repression$/);
  // The quoted figure is marked in each excerpt, so the reader sees why the passage came.
  await expect(page.locator('.excerpt mark').first()).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText('Found nowhere: toll');
});

test('"general strike" lists the passages that print both words first, none found only by a gloss above them', async ({
  page,
}) => {
  await search(page, 'general strike');
  const first = page.locator('.result').first().locator('.hits > li').first();
  await expect(first.locator('mark')).toHaveText([/general strike/i]);
  // No listed passage above the last one holding both words is there by a gloss only.
  const items = page.locator('.result .hits > li');
  const count = await items.count();
  let lastWithBoth = -1;
  for (let i = 0; i < count; i++) {
    const marks = (await items.nth(i).locator('.excerpt mark').allTextContents()).join(' ').toLowerCase();
    if (marks.includes('general') && marks.includes('strike')) lastWithBoth = i;
  }
  for (let i = 0; i < lastWithBoth; i++) await expect(items.nth(i).locator('.gloss')).toHaveCount(0);
});

test('passages holding only some of the words wait under "more", their text read when the reader opens them', async ({
  page,
}) => {
  const blocks: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/search-index/b/')) blocks.push(r.url());
  });
  await search(page, 'general strike');
  const more = page.locator('.more-hits').first();
  await expect(more.locator('summary')).toHaveText(/^\d+ more passages? with some of the words$/);
  await expect(more).not.toHaveAttribute('open');
  const before = blocks.length;
  await more.locator('summary').click();
  await expect(more).toHaveAttribute('data-read', 'true');
  await expect(more.locator('.excerpt mark').first()).toBeVisible();
  expect(blocks.length).toBeGreaterThanOrEqual(before);
});

test('"Pedro Castillo" reaches every passage about Castillo, in the article that names him only "Castillo" too', async ({
  page,
}) => {
  const named = mentioning('pedro-castillo');
  const onlySurname = articles.find(
    (a) => named.has(a.slug) && !a.passages.some((p) => p.text.includes('Pedro Castillo')),
  );
  expect(onlySurname).toBeDefined();
  await search(page, 'Pedro Castillo');
  expect(sorted(await shownHits(page))).toEqual(union(named, expected('Pedro Castillo')));
});

test('"why the struggle failed" puts the LIT-CI balance sheet on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await search(page, 'why the struggle failed');
  const first = page.locator('.result').first();
  await expect(first.locator('h2')).toContainText('Preliminary Balance');
  await expect(first.locator('.hits > li').first()).toBeInViewport();
});

test('most relevant first by default, by date on request, and the order lives in the URL', async ({ page }) => {
  await search(page, 'strike');
  await expect(page.getByRole('radio', { name: 'Most relevant first' })).toBeChecked();
  await page.getByRole('radio', { name: 'By date' }).check();
  await expect(page).toHaveURL(/[?&]sort=date/);
  const dates = await page
    .locator('.result h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const order = [...articles].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).map((a) => a.slug);
  const shownOrder = dates.map((href) => order.findIndex((slug) => href.endsWith(`/articles/${slug}/`)));
  expect(shownOrder).toEqual([...shownOrder].sort((x, y) => x - y));
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'Most relevant first' })).toBeChecked();
});

test('no dead ends: a word found nowhere is named, and nothing at all leads to the topics and phrase search', async ({
  page,
}) => {
  await search(page, 'Juliaca xylophone');
  await expect(page.getByRole('status').first()).toContainText('No passage holds every word of Juliaca xylophone');
  await expect(page.getByRole('status').first()).toContainText('Found nowhere: xylophone');
  await expect(page.locator('.result').first()).toBeVisible();
  await search(page, 'xylophone');
  await expect(page.getByRole('status').first()).toContainText('No passage matches xylophone');
  await expect(page.getByRole('link', { name: 'list of topics' })).toBeVisible();
});

test('a query of thousands of words answers at once and says how many were searched', async ({ page }) => {
  await search(page, 't '.repeat(1500));
  await search(page, Array.from({ length: 40 }, (_, i) => `strike${i}`).join(' '));
  await expect(page.getByRole('status').first()).toContainText('Only the first 32 words were searched');
});

test('filters narrow the results, show counts and live in the URL; back restores', async ({ page }) => {
  const truth = expected('CGTP');
  const lit = articles.filter((a) => a.tendency === 'lit-ci' && truth.has(a.slug));
  await search(page, 'CGTP');
  const box = page.getByRole('group', { name: 'Current' }).getByRole('checkbox', { name: /LIT-CI/ });
  await expect(box.locator('xpath=..')).toContainText(`(${lit.length})`);
  await box.check();
  await expect(page).toHaveURL(/[?&]current=LIT-CI/);
  await expect(page.locator('.result')).toHaveCount(lit.length);
  await page.goBack();
  await expect(page.locator('.result')).toHaveCount(truth.size);
});

test('a query with no hits says so and offers to drop the filters', async ({ page }) => {
  await page.goto('/search/?q=CGTP&current=ICFI&author=Unknown');
  await expect(page.getByRole('status').first()).toContainText(/No passage matches CGTP with these filters/);
  await page.getByRole('button', { name: 'Search again without filters' }).click();
  await expect(page.locator('.result')).toHaveCount(expected('CGTP').size);
});

test('the by-current view counts agree with the list', async ({ page }) => {
  const truth = new Map(Object.entries(union(expected('CGTP'), mentioning('cgtp'))));
  await search(page, 'CGTP');
  await page.getByRole('radio', { name: 'Side by side by current' }).check();
  await expect(page).toHaveURL(/view=current/);
  const columns = page.locator('.current-column');
  const byCurrent = new Map<string | null, number>();
  for (const a of articles)
    if (truth.has(a.slug))
      byCurrent.set(a.tendency, (byCurrent.get(a.tendency) ?? 0) + (truth.get(a.slug)?.length ?? 0));
  await expect(columns).toHaveCount(byCurrent.size);
  for (const heading of await columns.locator(':scope > h2').allTextContents()) {
    const [, name, count] = /^(.+): (\d+) passage/.exec(heading) ?? [];
    expect(Number(count)).toBe(byCurrent.get((name ?? '').toLowerCase()));
  }
});

test('keyboard only: "/" focuses the header field, Enter searches', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('Juliaca');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Juliaca/);
  await expect(page.locator('[data-search][data-ready]')).toBeAttached();
  await expect(page.locator('.result').first()).toBeVisible();
  await page.locator('.result .hit-link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\/.+#p\d+$/);
});

test('without JavaScript the search page explains itself', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=CGTP');
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  // The topic index is the no-JavaScript way to find every passage that names something.
  await page.getByRole('link', { name: 'topics', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics');
  await context.close();
});

test('search makes no request to another origin, and has no axe violations', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:')) foreign.push(r.url());
  });
  await search(page, 'CGTP');
  await expect(page.locator('.result').first()).toBeVisible();
  expect(foreign).toEqual([]);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('results are read a page of articles at a time, and "Show more" reads the rest', async ({ page }) => {
  // Two articles per page instead of ten, so the five-article corpus has more than one page.
  await page.route(
    (url) => url.pathname === '/search/',
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('data-search', 'data-search data-page-size="2"');
      await route.fulfill({ response, body: html });
    },
  );
  const truth = expected('CGTP');
  await search(page, 'CGTP');
  await expect(page.locator('.result')).toHaveCount(2);
  await expect(page.getByRole('status').first()).toContainText(`The first 2 articles are shown`);
  for (let n = 2; n < truth.size; n += 2) {
    await page.locator('.more-results').click();
    await expect(page.locator('.result')).toHaveCount(Math.min(n + 2, truth.size));
    // Focus moves to the first article just added, so a keyboard user reads on from there.
    await expect(page.locator('.result').nth(n).locator('a').first()).toBeFocused();
  }
  await expect(page.locator('.more-results')).toHaveCount(0);
  expect(sorted(await shownHits(page))).toEqual(union(truth, mentioning('cgtp')));
});
