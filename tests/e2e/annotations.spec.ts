/** Annotations in a real browser: topic pages, notes in the text, timeline, disagreements, search by variant. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { listedPassages, readPassagePages } from '../helpers/passage-lists.ts';
import { passageKey } from '../../src/lib/routes/routes.ts';
import { aliasText } from '../../src/lib/annotations/mentions.ts';
import { loadCurated, loadIndex } from '../helpers/annotations.ts';
import { isLargeTopic } from '../../src/lib/views/topic-view.ts';
import { loadCommitted } from '../helpers/corpus.ts';
import { search, shownHits } from '../helpers/search.ts';

const index = loadIndex();
const curated = loadCurated();
const articles = loadCommitted();

/** Run a query and return what the results list: article slug → ¶ numbers. */
async function searchHits(page: Page, query: string): Promise<Map<string, number[]>> {
  await search(page, query);
  return shownHits(page);
}

test('the CGTP topic page lists every passage that mentions it, by article, with the mention marked', async ({
  page,
}) => {
  const topic = index.topics.get('cgtp');
  expect(topic?.passages.length).toBeGreaterThan(0);
  await page.goto('/topics/cgtp/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic?.entity.name ?? '?');
  // Each passage marks at least one printed form, and links to its permalink.
  const listed = await listedPassages(page.locator('main'));
  expect(new Set(listed)).toEqual(new Set(topic?.passages.map((p) => passageKey(p.article, p.id))));
  expect(listed).toHaveLength(topic?.passages.length ?? -1);
  // "How each article names it": every form printed in the corpus appears in the table.
  const forms = await page.locator('table.forms').textContent();
  for (const [, printed] of topic?.forms ?? []) for (const form of printed.keys()) expect(forms).toContain(form);
});

test('a topic too large for one page reaches every passage through its numbered pages, without JavaScript', async ({
  browser,
}) => {
  // The largest topic of the corpus; TOPIC_PAGE_PASSAGES is set so that at least one exceeds it.
  const topic = [...index.topics.values()]
    .filter(isLargeTopic)
    .sort((a, b) => b.passages.length - a.passages.length)[0];
  expect(topic).toBeDefined();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/topics/${topic?.entity.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic?.entity.name ?? '?');
  // "How each current names it": every form printed in the corpus appears in the table.
  const forms = await page.locator('table.forms').textContent();
  for (const [, printed] of topic?.forms ?? []) for (const form of printed.keys()) expect(forms).toContain(form);
  const pages = await page.locator('.topic-pages a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  expect(pages.length).toBeGreaterThan(0);
  const listed = await readPassagePages(page, pages);
  // Each passage once (the pages list them in order of writing; the index here is in file order).
  expect([...listed].sort()).toEqual(topic?.passages.map((p) => passageKey(p.article, p.id)).sort());
  await context.close();
});

test('the topic index lists every entity once, under its kind', async ({ page }) => {
  await page.goto('/topics/');
  const links = await page.locator('.topic-list a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(links.sort()).toEqual(curated.entities.map((e) => `/topics/${e.id}/`).sort());
});

test('a mention reached by keyboard shows its definition and count, and leads to its topic', async ({ page }) => {
  const article = articles.find((a) => (index.mentions.get(passageKey(a.slug, 'p1')) ?? []).length > 0) ?? articles[0];
  await page.goto(`/articles/${article?.slug}/`);
  const mention = page.locator('#p1 a.mention').first();
  // The first mention of ¶1, as the annotation index resolves it (mentions are in reading order).
  const entity = index.entities.get(index.mentions.get(passageKey(article?.slug ?? '', 'p1'))?.[0]?.entity ?? '');
  await mention.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(entity?.definition.slice(0, 40) ?? '?');
  await expect(tip).toContainText(/\d+ passages? in \d+ articles?/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await mention.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/topics/${entity?.id}/$`));
});

test('a misspelt name is marked [sic] and the Juliaca passages say how the other source differs', async ({ page }) => {
  const sic = curated.entities.flatMap((e) => e.aliases.filter((a) => typeof a !== 'string' && a.sic).map(aliasText));
  const claim = index.claims.find((c) => c.claim.id === 'juliaca-dead');
  const juliaca = claim?.statements ?? [];
  expect(juliaca).toHaveLength(2);
  for (const [own, other] of [juliaca, [...juliaca].reverse()]) {
    if (!own || !other) continue;
    await page.goto(`/articles/${own.match.article}/#${own.match.passage}`);
    const note = page.locator(`#${own.match.passage} .note-claim`).filter({ hasText: claim?.claim.question ?? '?' });
    await expect(note).toContainText(`here ${own.statement.value}`);
    await expect(note).toContainText(`reports ${other.statement.value}`);
    await expect(note.locator(`a[href="/articles/${other.match.article}/#${other.match.passage}"]`)).toBeVisible();
  }
  const boularte = index.topics.get('dina-boluarte')?.passages.find((p) => p.mentions.some((m) => m.sic));
  expect(boularte && sic.length).toBeTruthy();
  await page.goto(`/articles/${boularte?.article}/#${boularte?.id}`);
  await expect(page.locator(`#${boularte?.id} a.mention.sic`).first()).toBeVisible();
  await expect(page.locator(`#${boularte?.id} .note-sic`)).toContainText('[sic]');
});

test('the timeline draws the death tolls with a data table, and each event opens its passages', async ({ page }) => {
  await page.goto('/timeline/');
  const charted = index.claims.filter((c) => c.claim.chart);
  await expect(page.locator('figure.chart svg[role="img"] title')).toHaveCount(charted.length);
  for (const { claim, statements } of charted) {
    const table = page.locator('table.chart-data').filter({ hasText: claim.question });
    await expect(table.locator('tbody tr')).toHaveCount(statements.length);
    await expect(page.locator(`figure.chart circle.point`)).toHaveCount(
      statements.length + (await page.locator('.legend circle').count()),
    );
  }
  for (const { event, matches } of index.events) {
    const item = page.locator(`li.event#${event.id}`);
    await expect(item).toBeVisible();
    for (const m of matches)
      await expect(item.locator(`a[href="/articles/${m.article}/#${m.passage}"]`)).toHaveCount(1);
  }
  await expect(page.locator('li.written')).toHaveCount(articles.filter((a) => a.data.date).length);
  const first = index.events[0]?.matches[0];
  await page
    .locator(`li.event#${index.events[0]?.event.id} a[href="/articles/${first?.article}/#${first?.passage}"]`)
    .click();
  await expect(page.locator(`#${first?.passage}`)).toBeInViewport();
});

test('searching the Spanish name of the CGTP finds every article; the right spelling finds the misspelt passages', async ({
  page,
}) => {
  const cgtp = index.topics.get('cgtp');
  const found = await searchHits(page, cgtp?.entity.name ?? '?');
  expect([...found.keys()].sort()).toEqual([...(cgtp?.forms.keys() ?? [])].sort());
  const boluarte = await searchHits(page, 'Boluarte');
  for (const p of index.topics.get('dina-boluarte')?.passages.filter((x) => x.mentions.some((m) => m.sic)) ?? [])
    expect(boluarte.get(p.article) ?? [], `${p.article}#${p.id}`).toContain(p.n);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const path of ['/topics/', '/topics/cgtp/', '/timeline/', '/disagreements/']) {
    test(`${path} (${scheme}) has no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
