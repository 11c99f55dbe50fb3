/** Keyboard reading on an article page: move by passage, copy its permalink, list the shortcuts. */
import { expect, test, type Page } from '@playwright/test';
import { listBodyPassages } from '../../src/lib/passages/body.ts';
import { loadCommitted } from '../helpers/corpus.ts';

const { slug, body } = loadCommitted()[0]!;
const total = listBodyPassages(body).length;

/** Open the article and wait until its scripts have run (the copy buttons are theirs). */
async function openArticle(page: Page, hash = ''): Promise<void> {
  await page.goto(`/articles/${slug}/${hash}`);
  await expect(page.locator('.copy-link').first()).toBeAttached();
}

test('j and ] move to the next passage, k and [ back; the address follows and each move is announced', async ({
  page,
}) => {
  await openArticle(page);
  const entries = await page.evaluate(() => history.length);
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/#p1$/);
  await expect(page.locator('#p1')).toBeFocused();
  await expect(page.locator('#status')).toHaveText(`Paragraph 1 of ${total}`);
  await page.keyboard.press(']');
  await expect(page).toHaveURL(/#p2$/);
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/#p3$/);
  await expect(page.locator('#p3')).toBeInViewport();
  await expect(page.locator('#status')).toHaveText(`Paragraph 3 of ${total}`);
  await page.keyboard.press('k');
  await expect(page).toHaveURL(/#p2$/);
  await page.keyboard.press('[');
  await expect(page).toHaveURL(/#p1$/);
  await expect(page.locator('#p1')).toBeInViewport();
  // The address is replaced, not pushed: Back leaves the article rather than stepping through passages.
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('moving starts from the passage in the address, and stops at the last', async ({ page }) => {
  // The last passage cannot scroll to the top of the window: only the address says the reader is on it.
  await openArticle(page, `#p${total}`);
  await page.keyboard.press('j');
  await expect(page.locator('#status')).toHaveText('This is the last paragraph');
  await page.keyboard.press('k');
  await expect(page).toHaveURL(new RegExp(`#p${total - 1}$`));
});

test('c copies the permalink of the current passage and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openArticle(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('c');
  await expect(page.locator('#status')).toHaveText('Copied link to paragraph 2');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/articles/${slug}/#p2$`));
});

test('? shows the shortcuts in a dialog, and Escape closes it', async ({ page }) => {
  await openArticle(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Next paragraph');
  await expect(dialog).toContainText('Copy the link to the current paragraph');
  // Keys do nothing behind an open dialog.
  await page.keyboard.press('j');
  await expect(page).not.toHaveURL(/#p\d+$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('no shortcut fires while typing in a field or with a modifier key', async ({ page }) => {
  await openArticle(page);
  await page.locator('#site-search').focus();
  await page.keyboard.type('jkc?');
  await expect(page.locator('#site-search')).toHaveValue('jkc?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.locator('#site-search').blur();
  await page.keyboard.press('Alt+j');
  await page.keyboard.press('Control+]');
  await expect(page).not.toHaveURL(/#p\d+$/);
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/#p1$/);
});

test('the About page lists the shortcuts', async ({ page }) => {
  await page.goto('/about/');
  const section = page.locator('h2#keyboard + p + dl');
  await expect(section).toContainText('Next paragraph');
  await expect(section).toContainText('Previous paragraph');
  await expect(section.locator('kbd')).toContainText(['j', ']', 'k', '[', 'c', '?', '/']);
});
