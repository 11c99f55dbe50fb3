/**
 * Passage collections in a real browser: "Collect" beside ¶ numbers on articles, search results,
 * topic pages and the comparison; six passages from three articles carried by one link into a
 * fresh browser (no shared storage), reordered by keyboard and pointer, exported as Markdown; links
 * with unknown entries, damaged or over-long links; the page without JavaScript; axe, light and dark.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { listBodyPassages } from '../../src/lib/passages/body.ts';
import { DRAFT_KEY } from '../../src/scripts/collection-draft.ts';
import { loadCommitted } from '../helpers/corpus.ts';

const corpus = loadCommitted();
const [a, b, c] = corpus;
if (!a || !b || !c) throw new Error('the corpus has at least three articles');
/** A passage's words as the article prints them, from the committed Markdown (not from the page). */
const wordsOf = (slug: string, n: number) =>
  listBodyPassages(corpus.find((x) => x.slug === slug)?.body ?? '')
    [n - 1]?.text.replace(/\s+/g, ' ')
    .trim() ?? '';
const titleOf = (slug: string) => corpus.find((x) => x.slug === slug)?.data.title ?? '';

/** The six passages, two from each of three articles, in the order they are collected. */
const SIX = [
  { slug: a.slug, n: 2 },
  { slug: b.slug, n: 3 },
  { slug: a.slug, n: 4 },
  { slug: c.slug, n: 1 },
  { slug: b.slug, n: 5 },
  { slug: c.slug, n: 2 },
];

/** The six passages in another order, by their positions in {@link SIX}. */
const reorder = (...order: number[]) => order.map((i) => SIX[i] as (typeof SIX)[number]);

/** The ¶ numbers and articles the collection page shows, in order. */
async function shown(page: Page): Promise<{ slug: string; n: number }[]> {
  await expect(page.locator('[data-collection][data-ready]')).toBeAttached();
  return page.locator('.entry .entry-pnum').evaluateAll((links) =>
    links.map((l) => {
      const url = new URL((l as HTMLAnchorElement).href);
      return { slug: url.pathname.split('/')[2] ?? '', n: Number(url.hash.slice(2)) };
    }),
  );
}

test('six passages from three articles travel by one link, are reordered by keyboard and exported as Markdown', async ({
  page,
  browser,
}) => {
  for (const { slug, n } of SIX) {
    await page.goto(`/articles/${slug}/`);
    const toggle = page.getByRole('button', { name: `Collect ¶${n}`, exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(
    page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Collection (6 passages)' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Collection (6 passages)' }).click();
  expect(await shown(page)).toEqual(SIX);
  await expect(page.locator('.origin')).toContainText('Draft on this device');
  await expect(page.getByLabel('Link to this collection')).toBeVisible();
  await page.getByLabel('Title').fill('Unions & the strike');
  await page.getByLabel(`Note on ¶3 of “${titleOf(b.slug)}”`).fill('Who called it, and when?');
  const link = await page.getByLabel('Link to this collection').inputValue();
  // The address follows a moment after the last key.
  await expect(page).toHaveURL(link);

  // A fresh browser context shares no storage: everything comes from the link.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  expect(await shown(other)).toEqual(SIX);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Unions & the strike');
  await expect(other.locator('.origin')).toContainText('From a shared link');
  await expect(other.getByLabel(`Note on ¶3 of “${titleOf(b.slug)}”`)).toHaveValue('Who called it, and when?');
  const quotes = await other.locator('.entry blockquote').allTextContents();
  expect(quotes).toEqual(SIX.map(({ slug, n }) => wordsOf(slug, n)));
  const facts = await other.locator('.entry-facts').first().textContent();
  expect(facts).toContain(`/articles/${a.slug}/#p2`);

  // Keyboard: "Move down" on the first entry twice; the focus stays on the button pressed.
  const firstDown = other.getByRole('button', { name: `Move down: ¶2 of “${titleOf(a.slug)}”` });
  await firstDown.focus();
  await other.keyboard.press('Enter');
  await expect(other.getByRole('button', { name: `Move down: ¶2 of “${titleOf(a.slug)}”` })).toBeFocused();
  await other.keyboard.press('Enter');
  const moved = reorder(1, 2, 0, 3, 4, 5);
  expect(await shown(other)).toEqual(moved);
  await expect(other.getByRole('status')).toContainText('to position 3 of 6');
  // "Move up" from the keyboard too, and the address follows every move.
  await other.getByRole('button', { name: `Move up: ¶1 of “${titleOf(c.slug)}”` }).focus();
  await other.keyboard.press('Enter');
  const final = reorder(1, 2, 3, 0, 4, 5);
  expect(await shown(other)).toEqual(final);
  expect(other.url()).toContain(`p=${final.map(({ slug, n }) => `${slug}:p${n}`).join(',')}`);
  // The sender's draft did not change: the link's collection is the recipient's own copy.
  await page.reload();
  expect(await shown(page)).toEqual(SIX);

  const [download] = await Promise.all([
    other.waitForEvent('download'),
    other.getByRole('button', { name: 'Markdown', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('unions-the-strike.md');
  const markdown = readFileSync((await download.path()) ?? '', 'utf8');
  expect(markdown.startsWith('# Unions \\& the strike\n')).toBe(false); // & needs no escape
  expect(markdown.startsWith('# Unions & the strike\n')).toBe(true);
  const headings = [...markdown.matchAll(/^## \d+\. ¶(\d+) of “(.+)”$/gm)].map((m) => ({
    n: Number(m[1]),
    // Markdown escapes a title's brackets; the reader sees them unescaped.
    title: m[2]?.replace(/\\(.)/g, '$1'),
  }));
  expect(headings).toEqual(final.map(({ slug, n }) => ({ n, title: titleOf(slug) })));
  expect(markdown).toContain('**Note:** Who called it, and when?');
  expect(markdown).toMatch(/^## Sources\n\n(- .+\n){3}$/m);
  await fresh.close();
});

test('pointer: dragging an entry by its handle reorders the collection', async ({ page }) => {
  // Tall enough for three entries at once: the mouse can only press what is on screen.
  await page.setViewportSize({ width: 1366, height: 2000 });
  const link = `/collection/?p=${SIX.slice(0, 3)
    .map(({ slug, n }) => `${slug}:p${n}`)
    .join(',')}`;
  await page.goto(link);
  expect(await shown(page)).toEqual(SIX.slice(0, 3));
  const handle = page.locator('.entry .drag-handle').nth(2);
  const target = page.locator('.entry').first();
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('entries have boxes');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + 20, to.y + 10, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => shown(page)).toEqual(reorder(2, 0, 1));
  expect(decodeURIComponent(page.url())).toContain(`p=${SIX[2]?.slug}:p${SIX[2]?.n},`);
});

test('"Collect" is on search results, topic pages and both columns of the comparison', async ({ page }) => {
  await page.goto('/search/?q=CGTP');
  const hit = page.locator('.result .hits li').first();
  await expect(hit.locator('.collect-toggle')).toBeVisible();
  const href = (await hit.locator('a.hit-link').getAttribute('href')) ?? '';
  const n = Number(/#p(\d+)$/.exec(href)?.[1]);
  await expect(hit.getByRole('button', { name: `Collect ¶${n}`, exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await hit.getByRole('button', { name: `Collect ¶${n}`, exact: true }).click();
  await expect(page.getByRole('link', { name: 'Collection (1 passage)' })).toBeVisible();

  await page.goto('/topics/cgtp/');
  const items = page.locator('.topic-passages li');
  // The buttons come with the page's script: wait for them, as the comparison below does.
  await expect.poll(() => items.locator('.collect-toggle').count()).toBe(await items.count());
  expect(await items.count()).toBeGreaterThan(0);
  // The passage collected from search shows as collected here too.
  const slug = href.split('/')[2] ?? '';
  await expect(page.locator(`.collect-toggle[data-slug="${slug}"][data-n="${n}"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto(`/compare/?left=${a.slug}&right=${b.slug}`);
  await expect(page.locator('[data-compare][data-ready]')).toBeAttached();
  for (const side of ['left', 'right']) {
    const passages = page.locator(`.compare-column[data-side="${side}"] .passage`);
    await expect.poll(() => passages.locator('.collect-toggle').count()).toBe(await passages.count());
  }
});

test('a link with unknown entries says which, and shows the rest', async ({ page }) => {
  const last = listBodyPassages(a.body).length;
  await page.goto(`/collection/?p=${a.slug}:p1,no-such-article:p2,${a.slug}:p${last + 1},garbage,${b.slug}:p1`);
  expect(await shown(page)).toEqual([
    { slug: a.slug, n: 1 },
    { slug: b.slug, n: 1 },
  ]);
  const notice = page.getByRole('status').filter({ hasText: 'could not be found' });
  await expect(notice).toContainText('3 entries of this link could not be found or read');
  await expect(notice).toContainText('¶2 of “no-such-article”: no article of this site has that address.');
  await expect(notice).toContainText(`¶${last + 1} of “${titleOf(a.slug)}”: the article has ${last} paragraphs.`);
  await expect(notice).toContainText('“garbage”: not a passage reference');
});

test('a damaged or over-long link is refused with a reason, never a blank page', async ({ page }) => {
  for (const [query, reason] of [
    [`p=${a.slug}:p1&t=${'x'.repeat(9000)}`, /characters long, and a collection link holds at most 8,000/],
    [`p=${a.slug}:p1&t=Per%C3`, /encoding is damaged/],
    [`p=${Array.from({ length: 51 }, (_, i) => `${a.slug}:p${i + 1}`).join(',')}`, /names 51 passages/],
  ] as const) {
    await page.goto(`/collection/?${query}`);
    await expect(page.getByRole('alert')).toContainText(reason);
    await expect(page.getByRole('alert')).toContainText('ask its sender for the link again');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open your draft collection on this device' })).toBeVisible();
    await expect(page.locator('.entry')).toHaveCount(0);
    // Nothing of the refused collection is offered for editing or sharing.
    await expect(page.getByLabel('Title')).toBeHidden();
    await expect(page.getByLabel('Link to this collection')).toBeHidden();
  }
});

test('a draft that cannot be read is never taken for empty: Collect leaves it as it is, and its text is offered', async ({
  page,
}) => {
  // A draft past the link's limit (twenty passages with 400-character notes, as an older page let a reader make).
  const refs = Array.from({ length: 20 }, (_, i) => `${a.slug}:p${i + 1}`);
  const stored = [`p=${refs.join(',')}`, ...refs.map((r) => `note=${r}:${'x'.repeat(400)}`)].join('&');
  expect(stored.length).toBeGreaterThan(8000);
  await page.addInitScript(
    ({ key, query }) => {
      if (!sessionStorage.getItem('draft-set')) localStorage.setItem(key, query);
      sessionStorage.setItem('draft-set', '1');
    },
    { key: DRAFT_KEY, query: stored },
  );
  await page.goto(`/articles/${b.slug}/`);
  const toggle = page.getByRole('button', { name: 'Collect ¶1', exact: true });
  await toggle.click();
  await expect(page.locator('#status')).toContainText('cannot be read, so nothing was added');
  expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBe(stored);
  await page.goto('/collection/');
  await expect(page.locator('[data-collection][data-ready="unreadable-draft"]')).toBeAttached();
  await expect(page.getByRole('alert')).toContainText('Your collection on this device cannot be read');
  await expect(page.getByLabel('Your collection as stored on this device')).toHaveValue(stored);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save it as a text file' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(stored);
  expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBe(stored);
});

test('a note that would make the link too long is cut where it fits, and the reader is told', async ({ page }) => {
  // The article with the most passages: twenty of them, each a real passage.
  const long = corpus.reduce((x, y) => (listBodyPassages(y.body).length > listBodyPassages(x.body).length ? y : x));
  expect(listBodyPassages(long.body).length).toBeGreaterThanOrEqual(20);
  const refs = Array.from({ length: 20 }, (_, i) => `${long.slug}:p${i + 1}`);
  // Nineteen notes of 300 characters leave room for about 2,000 more characters of link.
  const notes = refs.slice(1).map((r) => `note=${r}:${'x'.repeat(300)}`);
  await page.goto(`/collection/?p=${refs.join(',')}&${notes.join('&')}`);
  await expect(page.locator('[data-collection][data-ready="20"]')).toBeAttached();
  const note = page.locator('.entry').first().locator('textarea');
  // Chinese: nine characters of link each once percent-encoded.
  await note.fill('中'.repeat(500));
  await expect(page.locator('#status')).toContainText('The link is full');
  const kept = await note.inputValue();
  expect(kept.length).toBeLessThan(500);
  expect(kept.length).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => location.search.length - 1)).toBeLessThanOrEqual(8000);
  // The link the page now holds reads back whole in a fresh page.
  const link = page.url();
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.locator('[data-collection][data-ready="20"]')).toBeAttached();
  await other.close();
});

test('without JavaScript the page explains itself and links every article', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/collection/?p=${a.slug}:p1`);
  await expect(
    page
      .getByText('lives in this page’s address', { exact: false })
      .or(page.getByText("lives in this page's address", { exact: false })),
  ).toBeVisible();
  await expect(page.getByText('cannot be shown without JavaScript')).toBeVisible();
  for (const article of corpus)
    await expect(page.getByRole('link', { name: article.data.title, exact: true })).toBeVisible();
  await expect(page.getByLabel('Title')).toBeHidden();
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a filled collection has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(
      `/collection/?t=Axe&p=${SIX.map(({ slug, n }) => `${slug}:p${n}`).join(',')},nope:p1&note=${a.slug}:p2:a+note`,
    );
    await expect(page.locator('.entry')).toHaveCount(6);
    const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

/**
 * With a draft on this device, nothing moves as the toggles and the navigation's count arrive: the
 * count is a badge over its link, and the article keeps the toggle's room before the first paint.
 */
for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`with a draft, an article does not move as "Collect" and the count appear, and "Collect" keeps clear of the next ¶ (${viewport.width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(
      ({ key, query }) => {
        // Once: the reload below must find the collection empty.
        if (!sessionStorage.getItem('draft-set')) localStorage.setItem(key, query);
        sessionStorage.setItem('draft-set', '1');
        const shifts: number[] = [];
        Object.assign(window, { __shifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      },
      { key: DRAFT_KEY, query: `p=${a.slug}:p1,${b.slug}:p2` },
    );
    // The scripts arrive late, as on a slow connection, so the page is painted before they run.
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((done) => setTimeout(done, 400));
      await route.continue();
    });
    // Open on the shortest passage, the one the fourth margin button would lengthen.
    const shortest = listBodyPassages(a.body)
      .slice(1, -1)
      .reduce((x, y) => (y.text.length < x.text.length ? y : x));
    await page.goto(`/articles/${a.slug}/#p${shortest.n}`);
    await expect(page.getByRole('link', { name: 'Collection (2 passages)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Collect ¶1', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    expect(shifts.reduce((x, y) => x + y, 0)).toBeLessThan(0.01);
    // The fourth margin button stays clear of the next passage's ¶ number (WCAG 2.2 target spacing).
    if (viewport.width > 1000) {
      const overlaps = await page.locator('.body .passage').evaluateAll((passages) =>
        passages.flatMap((p, i) => {
          const toggle = p.querySelector(':scope > .collect-toggle')?.getBoundingClientRect();
          const next = passages[i + 1]?.getBoundingClientRect();
          return toggle && next && toggle.bottom > next.top ? [p.id] : [];
        }),
      );
      expect(overlaps).toEqual([]);
    }
    // The badge takes no room: the header is as tall as with an empty collection.
    const withDraft = await page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('link', { name: 'Collection', exact: true })).toBeVisible();
    expect(await page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height)).toBe(withDraft);
  });
}

/**
 * On a phone the ¶ tools sit in a row above each passage. The scripts add three buttons to that row;
 * if they made it taller, every passage below would move when they arrive, and a reader who opened a
 * ¶ permalink on a slow phone would see the page jump (the browser scrolls to the passage only once
 * the scripts have run). Deterministic where the test above needs a slow machine to fail: the same
 * page with its scripts blocked and with them run must place every passage at the same height.
 */
test('on a phone, every passage is where it was before the scripts added the ¶ tools', async ({ browser }) => {
  const tops = async (blockScripts: boolean) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript(({ key, query }) => localStorage.setItem(key, query), {
      key: DRAFT_KEY,
      query: `p=${a.slug}:p1`,
    });
    if (blockScripts) await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`/articles/${a.slug}/`);
    if (!blockScripts)
      await expect(page.getByRole('button', { name: 'Collect ¶1', exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    else await expect(page.locator('.body .passage .copy-link')).toHaveCount(0);
    const found = await page
      .locator('.body .passage')
      .evaluateAll((passages) => passages.map((p) => Math.round(p.getBoundingClientRect().top + scrollY)));
    await context.close();
    return found;
  };
  const before = await tops(true);
  expect(before.length).toBe(listBodyPassages(a.body).length);
  expect(await tops(false)).toEqual(before);
});
