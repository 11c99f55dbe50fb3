/** Citations and data in a real browser: meta tags agree with the frontmatter, cite dialog, downloads. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadCommitted } from '../helpers/corpus.ts';

const articles = loadCommitted();

for (const { slug, data } of articles) {
  test(`${slug}: reference-manager meta tags agree with the frontmatter`, async ({ page }) => {
    await page.goto(`/articles/${slug}/`);
    const meta = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute('content', data.title);
    expect(await meta('citation_author').evaluateAll((els) => els.map((e) => e.getAttribute('content')))).toEqual(
      data.authors.map((a) => a.name),
    );
    if (data.date) await expect(meta('citation_date')).toHaveAttribute('content', data.date.replace(/-/g, '/'));
    await expect(meta('citation_language')).toHaveAttribute('content', 'en');
    await expect(meta('citation_public_url')).toHaveAttribute('content', new RegExp(`/articles/${slug}/$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', data.title);
  });
}

test('the cite dialog copies a paragraph citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { slug } = articles.find((a) => a.data.authors.length > 0) ?? articles[0]!;
  await page.goto(`/articles/${slug}/`);
  await page.getByRole('button', { name: 'Cite paragraph 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite paragraph 2' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'MLA citation of paragraph 2' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`/articles/${slug}/#p2.`);
  expect(copied).toContain('par. 2');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the downloads parse and hold every passage once', async ({ request }) => {
  const total = articles.reduce((n, a) => n + a.data.passageCount, 0);
  const jsonl = (await (await request.get('/data/passages.jsonl')).text())
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { permalink: string });
  expect(jsonl).toHaveLength(total);
  expect(new Set(jsonl.map((r) => r.permalink)).size).toBe(total);
  const csv = await (await request.get('/data/passages.csv')).text();
  expect(csv.startsWith('article,paragraph,id,permalink,heading,kind,text\r\n')).toBe(true);
  const all = (await (await request.get('/data/articles.json')).json()) as { slug: string; passageCount: number }[];
  expect(all.map((a) => a.slug).sort()).toEqual(articles.map((a) => a.slug).sort());
  for (const { slug } of articles) {
    const bib = await (await request.get(`/articles/${slug}/cite.bib`)).text();
    expect(bib).toMatch(/^@online\{[a-z0-9-]+,\n/);
    const ris = await (await request.get(`/articles/${slug}/cite.ris`)).text();
    expect(ris.startsWith('TY  - ELEC\r\n') && ris.trimEnd().endsWith('ER  -')).toBe(true);
    expect(((await (await request.get(`/articles/${slug}/cite.json`)).json()) as unknown[]).length).toBe(1);
  }
});

test('the data page has no axe violations', async ({ page }) => {
  await page.goto('/data/');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test('the article citation in the header has copy buttons', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { slug, data } = articles[0]!;
  await page.goto(`/articles/${slug}/`);
  await page.getByText('Cite this article').click();
  await page.getByRole('button', { name: 'Chicago (bibliography) citation of the article' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(data.title);
  expect(copied).toContain(`/articles/${slug}/.`);
});
