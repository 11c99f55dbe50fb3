/** Reading the lists of passages (topics, coverage rows, framing terms) in a browser. */
import { expect, type Locator, type Page } from '@playwright/test';
import { readPassageLink, routes } from '../../src/lib/routes/routes.ts';

/**
 * The `article#id` of every passage listed under `within`, read from its ¶ link (an item names its
 * article nowhere else), checking on the way that each shows its marked words and that its ¶ link,
 * labelled with its number, points to that passage in its article.
 */
export async function listedPassages(within: Locator | Page): Promise<string[]> {
  const keys: string[] = [];
  for (const item of await within.locator('li:has(> a.pnum)').all()) {
    await expect(item.locator('mark').first()).toBeVisible();
    const link = item.locator('> a.pnum');
    const url = new URL((await link.getAttribute('href')) ?? '', 'http://site.invalid');
    const target = readPassageLink(routes, url.pathname, url.hash);
    expect(target, `a ¶ link to no passage: ${url.pathname}${url.hash}`).not.toBeNull();
    await expect(link).toHaveText(`¶${String(target?.n)}`);
    keys.push(`${target?.slug ?? ''}#${target?.id ?? ''}`);
  }
  return keys;
}

/** Open each numbered page in turn and collect the `article#id` of every passage it lists. */
export async function readPassagePages(page: Page, hrefs: string[]): Promise<string[]> {
  const listed: string[] = [];
  for (const href of hrefs) {
    await page.goto(href);
    listed.push(...(await listedPassages(page.locator('main'))));
  }
  return listed;
}
