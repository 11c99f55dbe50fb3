/**
 * Issue #15, items 1, 2 and 6 in a browser without JavaScript: the coverage matrix's cells lead to
 * the passages they count, its blind spots read as words, and a framing count lands on its
 * passages with the term marked. Expected values come from the annotation index and
 * content/framing.yaml, not from the pages.
 */
import { expect, test, type Locator } from '@playwright/test';
import { passageKey } from '../../src/lib/routes/routes.ts';
import { loadIndex } from '../helpers/annotations.ts';
import { loadCommitted } from '../helpers/corpus.ts';

test.use({ javaScriptEnabled: false });

const index = loadIndex();
const committed = loadCommitted();
const tendencyOf = new Map(committed.map((a) => [a.slug, a.data.tendency]));

/** The cell of a table row under the column header whose text matches `column` (counting colspans). */
async function cellUnder(table: Locator, rowName: string, column: RegExp): Promise<Locator> {
  const headers = await table.locator('thead tr').nth(1).locator('th').allInnerTexts();
  const at = headers.findIndex((h) => column.test(h));
  expect(at, `a column ${String(column)}`).toBeGreaterThanOrEqual(0);
  const row = table.locator('tbody tr').filter({ has: table.page().getByRole('rowheader', { name: rowName }) });
  // The row's first cell is its header; the second header row has no cell for the row names.
  return row.locator('td').nth(at);
}

test('a cell of the matrix counts the passages of that current and links to exactly them', async ({ page }) => {
  const event = index.events.find((e) => e.event.id === 'juliaca-massacre');
  const keys = new Set(
    (event?.matches ?? [])
      .filter((m) => tendencyOf.get(m.article) === 'icfi')
      .map((m) => passageKey(m.article, m.passage)),
  );
  expect(keys.size).toBeGreaterThan(0);
  await page.goto('/coverage/');
  const table = page.getByRole('table', { name: /each event/ });
  await expect(table.locator('caption')).toBeVisible();
  const cell = await cellUnder(table, event?.event.title ?? '?', /^All ICFI/);
  await expect(cell.getByRole('link')).toHaveText(new RegExp(`^${String(keys.size)} passages?$`));
  await cell.getByRole('link').click();
  await expect(page).toHaveURL(/\/coverage\/events\/juliaca-massacre\/#current-icfi$/);
  const section = page.locator('section.current', { has: page.locator('#current-icfi') });
  await expect(page.locator('#current-icfi')).toBeInViewport();
  const listed = await section.locator('li[data-passage]').evaluateAll((els) => els.map((e) => e.dataset['passage']));
  expect(new Set(listed)).toEqual(keys);
  // The quote that ties each passage to the event is marked, and the ¶ number is the passage's permalink.
  for (const item of await section.locator('li[data-passage]').all()) {
    await expect(item.locator('mark').first()).toBeVisible();
    const [slug, id] = ((await item.getAttribute('data-passage')) ?? '').split('#');
    await expect(item.locator('a.pnum')).toHaveAttribute('href', `/articles/${slug ?? ''}/#${id ?? ''}`);
  }
});

test('blind spots and articles written before the event read as words, whatever the colours', async ({ page }) => {
  await page.goto('/coverage/');
  // Forced colours strip backgrounds: the words must carry the meaning alone.
  await page.emulateMedia({ forcedColors: 'active' });
  const table = page.getByRole('table', { name: /each event/ });
  const juliaca = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Juliaca massacre' }) });
  // The LIT-CI's December article was written before 9 January; its February balance sheet does not name Juliaca.
  await expect(juliaca.getByText('written before', { exact: true })).toHaveCount(1);
  await expect(juliaca.getByText('not mentioned', { exact: true }).first()).toBeVisible();
  const cells = await table.locator('tbody td').allInnerTexts();
  expect(cells.filter((t) => t.trim() === 'not mentioned').length).toBeGreaterThan(0);
  // Every cell says something: a count, "not mentioned" or "written before".
  // (The last column, all articles together, is a bare number.)
  for (const text of cells)
    expect(text.replace(/\s+/g, ' ').trim()).toMatch(
      /^(\d+|\d+ passages?( [\d.]+ per 1,000 words)?|not mentioned|written before)$/,
    );
});

test('the matrix sorts by total on its own page, without JavaScript', async ({ page }) => {
  await page.goto('/coverage/');
  await page.getByRole('link', { name: 'Order by number of passages' }).click();
  await expect(page).toHaveURL(/\/coverage\/by-total\/$/);
  for (const name of [/each event/, /each topic/]) {
    const totals = (await page.getByRole('table', { name }).locator('tbody td.all').allInnerTexts()).map(Number);
    expect(totals.length).toBeGreaterThan(0);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  }
});

test('the matrix downloads as CSV from the data page', async ({ page, request }) => {
  await page.goto('/data/');
  const href = await page.getByRole('link', { name: 'coverage.csv' }).getAttribute('href');
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toMatch(/^text\/csv/);
  const text = await response.text();
  expect(text.split('\r\n')[0]).toBe('table,row,name,date,current,article,passages,words,per_1000_words,status');
});

test('a framing count lands on its passages with the term marked where the link lands', async ({ page }) => {
  await page.goto('/framing/');
  const table = page.getByRole('table', { name: /What the government is called/ });
  const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: /^coup government/ }) });
  const link = row.getByRole('link');
  await expect(link).toHaveCount(1);
  const count = Number(((await link.innerText()).match(/^\d+/) ?? ['0'])[0]);
  expect(count).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/framing\/government\/#term-coup-government-in-ft-ci$/);
  const heading = page.locator('#term-coup-government-in-ft-ci');
  await expect(heading).toBeInViewport();
  const section = page.locator('section.current', { has: heading });
  const marks = section.locator('mark');
  await expect(marks).toHaveCount(count);
  for (const text of await marks.allInnerTexts()) expect(text.toLowerCase()).toBe('coup government');
  // The first marked term is on the first screen where the link landed.
  await expect(marks.first()).toBeInViewport();
});

test('the framing page draws a chart beside each table, named for screen readers', async ({ page }) => {
  await page.goto('/framing/');
  const charts = page.getByRole('img', { name: /times printed per 1,000 words, by current/ });
  expect(await charts.count()).toBe(await page.getByRole('table').count());
});
