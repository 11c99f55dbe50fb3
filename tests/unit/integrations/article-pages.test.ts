import { afterEach, describe, expect, it, vi } from 'vitest';
import { articlePageCollector, collectArticlePages } from '../../../src/integrations/article-pages.ts';

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
