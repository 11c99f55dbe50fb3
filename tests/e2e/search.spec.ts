/** Search in a real browser against the built Pagefind index; expectations computed from content/. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { shortDate } from '../../src/lib/dates/dates.ts';
import { listBodyPassages } from '../../src/lib/passages/body.ts';
import { loadCommitted } from '../helpers/corpus.ts';
import { search, shownHits } from '../helpers/search.ts';

const articles = loadCommitted().map(({ slug, data, body }) => ({
  slug,
  title: data.title,
  when: shortDate(data.date, data.dateRange),
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

test('CGTP lists exactly the articles and passages whose bodies contain it', async ({ page }) => {
  const truth = expected('CGTP');
  expect(truth.size).toBeGreaterThan(0);
  await search(page, 'CGTP');
  await expect(page.locator('.result')).toHaveCount(truth.size);
  expect(Object.fromEntries(await shownHits(page))).toEqual(Object.fromEntries(truth));
  for (const mark of await page.locator('.result mark').allTextContents()) expect(mark).toMatch(/CGTP/);
  // Each result names its date as the article page does ("17 Dec 2022", "[15–28 Feb 2023]"), never ISO.
  for (const a of articles.filter((x) => truth.has(x.slug))) {
    const meta = page
      .locator('.result', { has: page.locator(`h2 a[href$="/articles/${a.slug}/"]`) })
      .locator('.result-meta');
    await expect(meta).toContainText(a.when);
    await expect(meta).not.toContainText(/\d{4}-\d\d-\d\d/);
  }
});

test("the site's gloss in an excerpt is labelled and set apart; the article's own brackets stay as printed", async ({
  page,
}) => {
  await search(page, 'CGTP');
  // "… the CGTP [Workers’ General Confederation of Peru]), …": the brackets are the article's.
  const excerpt = page.locator('.excerpt').filter({ hasText: '[Workers’' }).first();
  const gloss = excerpt.locator('.gloss').filter({ hasText: 'General Confederation of Workers of Peru' }).first();
  await expect(gloss.locator('.gloss-label')).toHaveText('also named:');
  expect(await gloss.textContent()).not.toMatch(/[[\]⁅⁆]/);
  const fonts = await excerpt.evaluate((e) => [
    getComputedStyle(e).fontFamily,
    getComputedStyle(e.querySelector('.gloss') as Element).fontFamily,
  ]);
  expect(fonts[1]).not.toBe(fonts[0]);
  const printed = await excerpt.evaluate((e) => {
    const copy = e.cloneNode(true) as Element;
    for (const g of copy.querySelectorAll('.gloss')) g.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  });
  expect(printed).toContain('CGTP [Workers’');
  expect(printed).not.toContain('also named');
});

test('a passage hit lands on its ¶, highlighted, with the term marked', async ({ page }) => {
  await search(page, 'CGTP');
  const link = page.locator('.result .hit-link').first();
  const href = (await link.getAttribute('href')) ?? '';
  const id = href.split('#')[1] ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page.locator(`#${id} mark.search-hit`).first()).toHaveText(/CGTP/);
});

test('the quoted phrase "Constituent Assembly" finds the right articles and passages', async ({ page }) => {
  await search(page, '"Constituent Assembly"');
  expect(Object.fromEntries(await shownHits(page))).toEqual(Object.fromEntries(expected('Constituent Assembly')));
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
  const truth = expected('CGTP');
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
  await expect(page.getByRole('status').first()).toContainText(`${truth.size} articles match CGTP`);
  for (let n = 2; n < truth.size; n += 2) {
    await page.locator('.more-results').click();
    await expect(page.locator('.result')).toHaveCount(Math.min(n + 2, truth.size));
    // Focus moves to the first article just added, so a keyboard user reads on from there.
    await expect(page.locator('.result').nth(n).locator('a').first()).toBeFocused();
  }
  await expect(page.locator('.more-results')).toHaveCount(0);
  expect(Object.fromEntries(await shownHits(page))).toEqual(Object.fromEntries(truth));
});
