/** The minimal site proves the collection in a real browser: articles listed, bodies with passage ids. */
import { expect, test } from '@playwright/test';
import { loadCommitted } from '../helpers/corpus.ts';

const articles = loadCommitted().map(({ slug, data }) => ({
  slug,
  title: data.title,
  passageCount: data.passageCount,
}));

test('the home page lists every article, each linking to its page', async ({ page }) => {
  await page.goto('/');
  for (const article of articles) {
    await expect(page.getByRole('table').getByRole('link', { name: article.title, exact: true })).toHaveAttribute(
      'href',
      `/articles/${article.slug}/`,
    );
  }
});

for (const article of articles) {
  test(`${article.slug}: every passage has its id, in order`, async ({ page }) => {
    await page.goto(`/articles/${article.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    const ids = await page.locator('.body .passage').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(Array.from({ length: article.passageCount }, (_, i) => `p${i + 1}`));
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('an article shows all its passages', async ({ page }) => {
    const article = articles[0];
    await page.goto(`/articles/${article?.slug}/`);
    await expect(page.locator('.body .passage')).toHaveCount(article?.passageCount ?? -1);
  });
});

test('a permalink targets its passage', async ({ page }) => {
  const article = articles[0];
  await page.goto(`/articles/${article?.slug}/#p3`);
  await expect(page.locator('#p3')).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p3');
});
