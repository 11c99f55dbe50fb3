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
  // The corpus for reference managers: every article once, in each format.
  const bib = await (await request.get('/data/citations.bib')).text();
  expect(bib.match(/^@online\{[a-z0-9-]+,\n/gm)).toHaveLength(articles.length);
  for (const { slug } of articles) expect(bib).toContain(`/articles/${slug}/`);
  const ris = await (await request.get('/data/citations.ris')).text();
  expect(ris.startsWith('TY  - ELEC\r\n') && ris.trimEnd().endsWith('ER  -')).toBe(true);
  expect(ris.match(/^TY {2}- ELEC\r$/gm)).toHaveLength(articles.length);
  expect(((await (await request.get('/data/citations.json')).json()) as unknown[]).length).toBe(articles.length);
});

test("an article's BibTeX, RIS and CSL-JSON download hold that article alone, as the corpus files give it", async ({
  page,
  request,
}) => {
  const { slug } = articles.find((a) => a.data.authors.length > 0) ?? articles[0]!;
  await page.goto(`/articles/${slug}/`);
  await page.getByText('Cite this article').click();
  const read = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}\\.(bib|ris|json)$`));
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  const bib = await read('BibTeX');
  expect(bib.match(/^@online\{/gm)).toHaveLength(1);
  // The same entry as in the corpus's file.
  expect(await (await request.get('/data/citations.bib')).text()).toContain(bib.trimEnd());
  const ris = await read('RIS');
  expect(ris.match(/^TY {2}- ELEC\r$/gm)).toHaveLength(1);
  expect(await (await request.get('/data/citations.ris')).text()).toContain(ris);
  const csl = JSON.parse(await read('CSL-JSON')) as { URL: string }[];
  expect(csl).toHaveLength(1);
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
