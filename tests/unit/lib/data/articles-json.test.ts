import { describe, expect, it } from 'vitest';
import { toArticlesJson } from '../../../../src/lib/data/articles-json.ts';
import { loadArticleViews } from '../../../helpers/corpus-views.ts';

describe('toArticlesJson', () => {
  const views = loadArticleViews();
  const text = toArticlesJson(views, 'https://reader.example/');
  const records = JSON.parse(text) as Record<string, unknown>[];

  it('lists every article in date order with its permalink, ending in a newline', () => {
    expect(text.endsWith('}\n]\n')).toBe(true);
    expect(records.map((r) => r['slug'])).toEqual(views.map((v) => v.entry.id));
    expect(records[0]?.['url']).toBe(`https://reader.example/articles/${views[0]?.entry.id}/`);
  });

  it('keeps every frontmatter field and names the publisher and tendency', () => {
    const wsws = records.find((r) => r['slug'] === 'protests-in-perus-capital-continue-into-a-fifth-day');
    expect(wsws).toMatchObject({
      title: views.find((v) => v.entry.id === 'protests-in-perus-capital-continue-into-a-fifth-day')?.entry.data.title,
      date: '2023-01-24',
      publisher: { id: 'wsws', name: 'World Socialist Web Site' },
      tendency: { id: 'icfi', name: 'ICFI', fullName: expect.any(String) },
    });
    for (const record of records)
      for (const key of Object.keys(views[0]?.entry.data ?? {})) expect(record).toHaveProperty(key);
  });

  it('refuses to write permalinks without the site address', () => {
    expect(() => toArticlesJson(views, undefined)).toThrow(/SITE_URL/);
  });
});
