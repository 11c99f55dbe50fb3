/**
 * Issue #15, items 1, 2 and 6 in a browser without JavaScript: the coverage matrix's cells lead to
 * the passages they count, its blind spots read as words, and a framing count lands on its
 * passages with the term marked. Expected values come from the annotation index and
 * content/framing.yaml, not from the pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { listedPassages, readPassagePages } from '../helpers/passage-lists.ts';
import { passageKey } from '../../src/lib/routes/routes.ts';
import { resolveFraming } from '../../src/lib/annotations/framing.ts';
import { isLargeList } from '../../src/lib/views/passage-pages.ts';
import { FramingGroupSchema } from '../../src/schemas/framing.ts';
import { loadCorpusPassages, loadIndex } from '../helpers/annotations.ts';
import { loadCommitted } from '../helpers/corpus.ts';
import { CONTENT } from '../helpers/project.ts';

test.use({ javaScriptEnabled: false });

const index = loadIndex();
const committed = loadCommitted();
const tendencyOf = new Map(committed.map((a) => [a.slug, a.data.tendency]));
const framing = resolveFraming({
  passages: loadCorpusPassages(),
  groups: (parseYaml(readFileSync(join(CONTENT, 'framing.yaml'), 'utf8')) as unknown[]).map((g) =>
    FramingGroupSchema.parse(g),
  ),
});

/**
 * The passages under heading `anchor` where a link landed, and on the pages after it while the
 * heading's section goes on there (a long list may run over several numbered pages).
 */
async function passagesUnder(page: Page, anchor: string): Promise<string[]> {
  const keys: string[] = [];
  for (;;) {
    const section = page.locator('section.current', { has: page.locator(`#${anchor}`) });
    keys.push(...(await listedPassages(section)));
    const next = page.locator('a[rel="next"]').first();
    if ((await next.count()) === 0) return keys;
    await next.click();
    if ((await page.locator(`#${anchor}`).count()) === 0) return keys;
  }
}

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
  // The quote that ties each passage to the event is marked, and the ¶ number is the passage's permalink.
  const listed = await listedPassages(section);
  expect(new Set(listed)).toEqual(keys);
  expect(listed).toHaveLength(keys.size);
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

test('a cell of a row too long for one page lands where that current’s passages begin on its numbered pages', async ({
  page,
}) => {
  // The largest topic in the matrix: on the five articles, more passages than a row's page lists in full.
  const topic = [...index.topics.values()].sort((a, b) => b.passages.length - a.passages.length)[0];
  expect(topic && isLargeList(topic.passages.length)).toBe(true);
  const tendency = 'icfi';
  const keys = (topic?.passages ?? [])
    .filter((p) => tendencyOf.get(p.article) === tendency)
    .map((p) => passageKey(p.article, p.id));
  expect(keys.length).toBeGreaterThan(0);
  await page.goto('/coverage/');
  const table = page.getByRole('table', { name: /each topic/ });
  const cell = await cellUnder(table, topic?.entity.name ?? '?', /^All ICFI/);
  await expect(cell.getByRole('link')).toHaveText(new RegExp(`^${String(keys.length)} passages?$`));
  await cell.getByRole('link').click();
  await expect(page).toHaveURL(
    new RegExp(`/coverage/topics/${topic?.entity.id ?? '?'}/passages/\\d+/#current-${tendency}$`),
  );
  await expect(page.locator(`#current-${tendency}`)).toBeInViewport();
  // Every passage of the current once, each with the words that tie it to the topic marked.
  expect((await passagesUnder(page, `current-${tendency}`)).sort()).toEqual([...keys].sort());
});

test('a long row’s summary leads, by links alone, to every passage, those it does not show included', async ({
  page,
}) => {
  const topic = [...index.topics.values()].sort((a, b) => b.passages.length - a.passages.length)[0];
  const all = (topic?.passages ?? []).map((p) => passageKey(p.article, p.id));
  await page.goto(`/coverage/topics/${topic?.entity.id ?? '?'}/`);
  const onSummary = await listedPassages(page.locator('main'));
  expect(onSummary.length).toBeLessThan(all.length);
  const pages = await page.locator('.page-list a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  expect(pages.length).toBeGreaterThan(0);
  const listed = await readPassagePages(page, pages);
  // Each passage once across the pages, among them those the summary leaves out.
  expect([...listed].sort()).toEqual([...all].sort());
  expect(listed.filter((k) => !onSummary.includes(k)).length).toBeGreaterThan(0);
});

test('a count of a term printed too often for its group’s page lands on its passages, the term marked', async ({
  page,
}) => {
  // The term printed in the most passages: more than its group's page lists in full.
  const [group, term] = framing
    .flatMap((g) => g.terms.map((t) => [g, t] as const))
    .sort((a, b) => b[1].passages.length - a[1].passages.length)[0] ?? [undefined, undefined];
  expect(term && isLargeList(term.passages.length)).toBe(true);
  const tendency = 'ft-ci';
  const tendencyName = 'FT-CI';
  const keys = (term?.passages ?? [])
    .filter((p) => tendencyOf.get(p.article) === tendency)
    .map((p) => passageKey(p.article, p.id));
  expect(keys.length).toBeGreaterThan(0);
  await page.goto('/framing/');
  const table = page.getByRole('table', { name: group?.group.title ?? '?' });
  const row = table
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${term?.term.term ?? '?'}`) }) });
  // The term's row, under the current's column (each current has two: times, and per 1,000 words).
  const currents = await table.locator('thead tr').first().locator('th').allInnerTexts();
  const column = currents.findIndex((name) => name.trim() === tendencyName) - 1;
  expect(column).toBeGreaterThanOrEqual(0);
  await row
    .locator('td')
    .nth(2 * column)
    .getByRole('link')
    .click();
  const anchor = `term-${term?.term.id ?? '?'}-in-${tendency}`;
  await expect(page).toHaveURL(
    new RegExp(`/framing/${group?.group.id ?? '?'}/${term?.term.id ?? '?'}/passages/\\d+/#${anchor}$`),
  );
  const marks = page.locator('section.current', { has: page.locator(`#${anchor}`) }).locator('mark');
  // The term is marked on the first screen where the link landed.
  await expect(marks.first()).toBeInViewport();
  for (const text of await marks.allInnerTexts()) expect(text.toLowerCase()).toBe(term?.term.term.toLowerCase());
  expect((await passagesUnder(page, anchor)).sort()).toEqual([...keys].sort());
});
