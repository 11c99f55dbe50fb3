import { describe, expect, it } from 'vitest';
import { routes } from '../../../../src/lib/routes/routes.ts';
import { buildHomeView, writingSpan } from '../../../../src/lib/views/home-view.ts';
import { loadArticleViews } from '../../../helpers/corpus-views.ts';

describe('writingSpan', () => {
  it('draws a dated article at its day and an estimated one over its range', () => {
    expect(writingSpan({ date: '2023-04-07', dateRange: null })).toEqual({ from: '2023-04-07', to: null });
    expect(writingSpan({ date: '2023-01-20', dateRange: { from: '2023-01-20', to: '2023-01-23' } })).toEqual({
      from: '2023-01-20',
      to: '2023-01-23',
    });
  });
});

describe('buildHomeView', () => {
  const views = loadArticleViews();
  const home = buildHomeView(views, 3);
  it('counts the corpus and lists it in date order', () => {
    expect(home.articleCount).toBe(views.length);
    expect(home.words).toBe(views.reduce((n, v) => n + v.entry.data.wordCount, 0).toLocaleString('en'));
    expect(home.rows.map((r) => r.href)).toEqual(views.map((v) => routes.article(v.entry.id)));
  });
  it('puts an estimated date on the strip as its range, and shortens an edition to its publisher', () => {
    const estimated = home.strip.points.find(
      (p) => p.id === 'the-peruvian-uprising-massive-protests-demand-the-fall-of-the',
    );
    expect(estimated).toMatchObject({ label: 'Left Voice', href: routes.article(estimated?.id ?? '?') });
    expect(estimated?.x2).toBeGreaterThan(estimated?.x ?? Infinity);
    expect(
      home.strip.points.find((p) => p.id === 'peru-preliminary-balance-and-lessons-of-an-ongoing-struggle')?.label,
    ).toBe('LIT-CI');
    expect(home.strip.points.find((p) => p.id === 'reflections-on-the-peruvian-uprising')?.x2).toBeNull();
  });
});
