import { afterEach, describe, expect, it, vi } from 'vitest';
import { articlePageCollector, collectArticlePages, isArticlePath } from '../../../src/integrations/article-pages.ts';
import { routes } from '../../../src/lib/routes/routes.ts';

describe('isArticlePath', () => {
  it("knows an article page's path by the rule that makes it, and nothing else", () => {
    expect(isArticlePath(routes.article('a-slug'))).toBe(true);
    expect(isArticlePath(`${routes.article('a-slug')}index.html`)).toBe(true);
    for (const other of ['/articles/', '/articles/a/b/', '/topics/cgtp/', '/', routes.alignJson('a-slug')])
      expect(isArticlePath(other)).toBe(false);
  });
});

describe('collectArticlePages', () => {
  afterEach(() => collectArticlePages(null));

  it('is seen by every copy of the module, through the one global key, until stopped', async () => {
    const seen: string[] = [];
    collectArticlePages((url) => seen.push(url));
    // A second copy of the module, as the build's bundled pages load their own.
    vi.resetModules();
    const copy = await import('../../../src/integrations/article-pages.ts');
    expect(copy.articlePageCollector).not.toBe(articlePageCollector);
    copy.articlePageCollector()?.('/articles/a/', '<html></html>');
    expect(seen).toEqual(['/articles/a/']);
    collectArticlePages(null);
    expect(copy.articlePageCollector()).toBeNull();
  });
});
