/**
 * What an article page fetches before the reader asks for anything: the reading tools, not the code
 * behind "Cite", "Cite this article" and "Collect", which arrives on first use (so the bench's bytes
 * on load, tests/bench/, do not count it). Scripts are told apart by when they are fetched, not by
 * file name, so a renamed or merged chunk cannot make the test pass.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadCommitted } from '../helpers/corpus.ts';
import { DRAFT_KEY } from '../../src/scripts/collection-draft.ts';

const [article] = loadCommitted();
if (!article) throw new Error('the corpus has an article');

/** Record the path of every script the page requests, in order. */
function recordScripts(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') fetched.push(new URL(request.url()).pathname);
  });
  return fetched;
}

test('the code behind Cite, "Cite this article" and Collect is fetched on first use, not on load', async ({ page }) => {
  const fetched = recordScripts(page);
  await page.goto(`/articles/${article.slug}/`, { waitUntil: 'networkidle' });
  const onLoad = [...fetched];
  expect(onLoad.length).toBeGreaterThan(0);

  /** The scripts `act` makes the page fetch; `done` waits for what the reader sees. */
  const fetchedBy = async (act: () => Promise<void>, done: () => Promise<void>) => {
    const before = fetched.length;
    await act();
    await done();
    return fetched.slice(before);
  };

  const cite = await fetchedBy(
    () => page.getByRole('button', { name: 'Cite paragraph 2' }).click(),
    () => expect(page.getByRole('dialog', { name: 'Cite paragraph 2' })).toBeVisible(),
  );
  await page.keyboard.press('Escape');
  const files = await fetchedBy(
    () => page.getByText('Cite this article').click(),
    () => expect(page.getByRole('link', { name: 'BibTeX', exact: true })).toHaveAttribute('href', /^blob:/),
  );
  const collect = await fetchedBy(
    () => page.getByRole('button', { name: 'Collect ¶1', exact: true }).click(),
    () => expect(page.getByRole('button', { name: 'Collect ¶1', exact: true })).toHaveAttribute('aria-pressed', 'true'),
  );
  // Each first use fetched code of its own, which the page had not loaded before.
  expect(cite, 'Cite').not.toEqual([]);
  expect(files, 'Cite this article').not.toEqual([]);
  expect(collect, 'Collect').not.toEqual([]);
  for (const path of [...cite, ...files, ...collect]) expect(onLoad, path).not.toContain(path);
});

test('a page opened with a draft on this device fetches the collection code to show it', async ({ page }) => {
  await page.addInitScript(({ key, query }) => localStorage.setItem(key, query), {
    key: DRAFT_KEY,
    query: `p=${article.slug}:p1`,
  });
  await page.goto(`/articles/${article.slug}/`);
  await expect(page.getByRole('button', { name: 'Collect ¶1', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('link', { name: 'Collection (1 passage)' })).toBeVisible();
});
