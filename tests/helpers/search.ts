/** The search page as a test drives it: run a query, read which passages the results list. */
import { expect, type Page } from '@playwright/test';

/** Open the search page on `query` and wait until its script has answered. */
export async function search(page: Page, query: string): Promise<void> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search][data-ready]')).toBeAttached();
}

/** What the result list shows: article slug → ¶ numbers, in the order listed. */
export async function shownHits(page: Page): Promise<Map<string, number[]>> {
  const hrefs = await page
    .locator('.result .hit-link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  const result = new Map<string, number[]>();
  for (const href of hrefs) {
    const [, slug, n] = /\/articles\/([^/]+)\/\?highlight=[^#]*#p(\d+)$/.exec(href) ?? [];
    result.set(slug ?? '?', [...(result.get(slug ?? '?') ?? []), Number(n)]);
  }
  return result;
}
