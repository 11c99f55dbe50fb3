import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { loadCommitted } from '../../helpers/corpus.ts';

const [first] = loadCommitted();
if (!first) throw new Error('the corpus has an article');
/** The first committed article's frontmatter with one field changed, as the schema reads it. */
const check = (change: Record<string, unknown>) => ArticleSchema.safeParse({ ...first.data, ...change });
const message = (change: Record<string, unknown>) => check(change).error?.issues[0]?.message ?? '';

describe('ArticleSchema: titles and names a reader sees', () => {
  it('takes every committed article as it is', () => {
    for (const a of loadCommitted()) expect(ArticleSchema.safeParse(a.data).success, a.slug).toBe(true);
  });

  it('refuses control and text-direction characters in a title, a standfirst or a name, saying what to do', () => {
    expect(message({ title: 'Peru\u202Eekirts' })).toMatch(/control or text-direction character.*remove it/);
    expect(message({ dek: 'A dek\u0085' })).toMatch(/control or text-direction character/);
    expect(message({ authors: [{ name: 'Ana\u0007' }] })).toMatch(/control or text-direction character/);
    // Right-to-left marks are text, not controls.
    expect(check({ title: 'A title \u200F' }).success).toBe(true);
  });

  it('bounds a title, so a 220 KB headline is refused instead of filling every page', () => {
    expect(message({ title: 'T'.repeat(220_000) })).toMatch(/longer than the 300 characters a title may have/);
    expect(check({ title: 'T'.repeat(300) }).success).toBe(true);
  });
});
