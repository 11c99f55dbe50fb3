/** The reader in a real browser: permalinks, copy link, text fragments, comparison, accessibility. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadCommitted } from '../helpers/corpus.ts';
import { STRONG_MATCH_SCORE } from '../../src/lib/compare/compare-state.ts';

// In order of writing, undated last, as the site lists them.
const articles = loadCommitted()
  .map(({ slug, data }) => ({ slug, title: data.title, passageCount: data.passageCount, date: data.date }))
  .sort((a, b) => Number(a.date === null) - Number(b.date === null) || (a.date ?? '').localeCompare(b.date ?? ''));

/** The article at `i` in date order; the corpus has more than three, so a missing one is a broken corpus. */
function nth(i: number): (typeof articles)[number] {
  const article = articles[i];
  if (!article) throw new Error(`the corpus has no article ${String(i + 1)}`);
  return article;
}
const first = nth(0);
const second = nth(1);

async function expectBelowHeader(page: Page, selector: string): Promise<void> {
  const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  const top = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(headerBottom);
}

test('a permalink opens with its passage highlighted, in view, below the sticky header', async ({ page }) => {
  const n = Math.ceil(first.passageCount / 2);
  await page.goto(`/articles/${first.slug}/#p${n}`);
  const passage = page.locator(`#p${n}`);
  await expect(passage).toBeInViewport();
  await expectBelowHeader(page, `#p${n}`);
  const [target, other] = await Promise.all([
    passage.evaluate((el) => getComputedStyle(el).backgroundColor),
    page.locator('#p1').evaluate((el) => getComputedStyle(el).backgroundColor),
  ]);
  expect(target).not.toBe(other);
});

test('the ¶ number links to the passage', async ({ page }) => {
  await page.goto(`/articles/${first.slug}/`);
  await page.getByRole('link', { name: '¶3: permalink to paragraph 3' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${first.slug}/#p3$`));
});

test('copy link writes the absolute permalink to the clipboard and announces it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/articles/${first.slug}/`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await page.getByRole('button', { name: 'Copy link to paragraph 2' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#p2`);
  await expect(page.getByRole('status')).toHaveText('Copied link to paragraph 2');
});

test('selecting words inside a passage offers a text-fragment link that opens on that passage', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/articles/${first.slug}/`);
  const words = await page.locator('#p4 p').evaluate((p) => {
    const text = p.firstChild as Text;
    const range = document.createRange();
    const end = (text.textContent ?? '').split(' ').slice(0, 4).join(' ').length;
    range.setStart(text, 0);
    range.setEnd(text, end);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return range.toString();
  });
  await page.getByRole('button', { name: 'Copy link to selection' }).click();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain(`/articles/${first.slug}/#p4:~:text=`);
  expect(decodeURIComponent(url.split(':~:text=')[1] ?? '')).toBe(words);
  await page.goto(new URL(url).pathname + new URL(url).hash);
  await expect(page.locator('#p4')).toBeInViewport();
});

test.describe('comparison', () => {
  test('loads from the URL, pickers update it, back restores it', async ({ page }) => {
    await page.goto(`/compare/?left=${first.slug}&right=${second.slug}`);
    const left = page.locator('.compare-column[data-side="left"]');
    const right = page.locator('.compare-column[data-side="right"]');
    await expect(left.getByRole('heading', { level: 2 }).first()).toHaveText(first.title);
    await expect(right.getByRole('heading', { level: 2 }).first()).toHaveText(second.title);
    await expect(left.locator('.passage')).toHaveCount(first.passageCount);
    await expect(left.locator('.cite, .meta, .toc')).toHaveCount(0); // the columns show the texts, not the furniture

    const third = nth(2);
    await page.getByRole('combobox', { name: 'Left' }).selectOption(third.slug);
    await expect(page).toHaveURL(new RegExp(`left=${third.slug}&right=${second.slug}`));
    await expect(left.getByRole('heading', { level: 2 }).first()).toHaveText(third.title);

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`left=${first.slug}&right=${second.slug}`));
    await expect(page.getByRole('combobox', { name: 'Left' })).toHaveValue(first.slug);
    await expect(left.getByRole('heading', { level: 2 }).first()).toHaveText(first.title);
  });

  test('align shows the strength of a match, or says there is no close counterpart', async ({ page, request }) => {
    const alignment = (await (await request.get(`/align/${first.slug}.json`)).json()) as Record<
      string,
      Record<string, { id: string; score: number }>
    >;
    const entries = Object.entries(alignment);
    const [matched, counterparts] = entries.find(([, c]) => c[second.slug]) ?? [];
    const [unmatched] = entries.find(([, c]) => !c[second.slug]) ?? [];
    const match = counterparts?.[second.slug];
    expect(matched && match && unmatched).toBeTruthy();
    await page.goto(`/compare/?left=${first.slug}&right=${second.slug}`);
    const left = page.locator('.compare-column[data-side="left"]');
    await expect(page.locator('.compare-column[data-side="right"] .passage')).toHaveCount(second.passageCount);
    const align = (id: string | undefined) =>
      left
        .locator(`#left-${id ?? '?'}`)
        .getByRole('button', { name: /^Align paragraph/ })
        .click();

    await align(matched);
    const strength = (match?.score ?? 0) >= STRONG_MATCH_SCORE ? 'strong' : 'weak';
    const found = `aligned with paragraph ${match?.id.slice(1) ?? '?'} of the other article: a ${strength} match (${String(match?.score)})`;
    await expect(left.locator('.match-note')).toHaveCount(1);
    await expect(left.locator(`#left-${matched ?? '?'} + .match-note`)).toContainText(found);
    await expect(page.getByRole('status')).toContainText(found);

    await align(unmatched);
    await expect(left.locator('.match-note')).toHaveCount(1);
    await expect(left.locator(`#left-${unmatched ?? '?'} + .match-note`)).toContainText(
      'has no close counterpart in the other article',
    );
    // No stale highlight from the earlier match.
    await expect(page.locator('.passage.aligned')).toHaveCount(0);
  });

  test('align scrolls the other column to the counterpart computed at build time', async ({ page, request }) => {
    const alignment = (await (await request.get(`/align/${first.slug}.json`)).json()) as Record<
      string,
      Record<string, { id: string }>
    >;
    const [source, counterparts] = Object.entries(alignment).find(([, c]) => c[second.slug]) ?? [];
    const target = counterparts?.[second.slug]?.id;
    expect(source && target).toBeTruthy();
    await page.goto(`/compare/?left=${first.slug}&right=${second.slug}`);
    const right = page.locator('.compare-column[data-side="right"]');
    await expect(right.locator('.passage')).toHaveCount(second.passageCount);
    const n = source?.slice(1);
    await page
      .locator(`.compare-column[data-side="left"] #left-${source}`)
      .getByRole('button', { name: `Align paragraph ${n} with the other article` })
      .click();
    const counterpart = right.locator(`#right-${target}`);
    await expect(counterpart).toHaveClass(/aligned/);
    await expect(counterpart).toBeInViewport();
    // Two articles on one page: every id still occurs once.
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicates).toEqual([]);
  });

  test('without JavaScript the page explains itself and links both articles', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/compare/?left=${first.slug}&right=${second.slug}`);
    await expect(page.getByText('It needs JavaScript')).toBeVisible();
    for (const a of articles) await expect(page.getByRole('link', { name: a.title, exact: true })).toBeVisible();
    await context.close();
  });
});

test('previous and next follow the date order', async ({ page }) => {
  await page.goto(`/articles/${second.slug}/`);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/articles/${first.slug}/`);
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `/articles/${nth(2).slug}/`);
});

test('the list of articles, where a trimmed article address leads, links every article in date order', async ({
  page,
}) => {
  await page.goto(`/articles/${first.slug}/`);
  // The "Articles" item of the navigation is the current one on an article, and leads to the list.
  const item = page.getByRole('navigation').getByRole('link', { name: 'Articles', exact: true });
  await expect(item).toHaveAttribute('aria-current', 'page');
  await item.click();
  await expect(page).toHaveURL(/\/articles\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  const links = page.getByRole('table').getByRole('row').locator('td:nth-child(2) a');
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    articles.map((a) => `/articles/${a.slug}/`),
  );
  expect(await links.allTextContents()).toEqual(articles.map((a) => a.title));
});

for (const [name, path] of [
  ['home', '/'],
  ['articles', '/articles/'],
  ['article', `/articles/${first.slug}/`],
  ['compare', `/compare/?left=${first.slug}&right=${second.slug}`],
  ['currents', '/currents/'],
  ['current', '/currents/lit-ci/'],
  ['about', '/about/'],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${name} page (${scheme}) has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (name === 'compare') await expect(page.locator('[data-compare][data-ready]')).toBeAttached();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
