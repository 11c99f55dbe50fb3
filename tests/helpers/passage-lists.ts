/** Reading the lists of passages (topics, coverage rows, framing terms) in a browser. */
import { expect, type Page } from '@playwright/test';

/**
 * Open each numbered page in turn and collect the `article#id` of every passage it lists, checking
 * on the way that each shows its marked words and that its ¶ number links to it in its article.
 */
export async function readPassagePages(page: Page, hrefs: string[]): Promise<string[]> {
  const listed: string[] = [];
  for (const href of hrefs) {
    await page.goto(href);
    for (const item of await page.locator('li[data-passage]').all()) {
      await expect(item.locator('mark').first()).toBeVisible();
      const key = (await item.getAttribute('data-passage')) ?? '';
      const [slug, id] = key.split('#');
      await expect(item.locator('a.pnum')).toHaveAttribute('href', `/articles/${slug ?? ''}/#${id ?? ''}`);
      listed.push(key);
    }
  }
  return listed;
}
