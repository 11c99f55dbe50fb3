import { describe, expect, it } from 'vitest';
import { alignPassages, MAX_COUNTERPARTS } from '../../../../src/lib/similarity/alignment.ts';
import { listPassages } from '../../../../src/lib/passages/passages.ts';
import { parseBody } from '../../../../src/lib/passages/body.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

describe('alignPassages', () => {
  const passages = [
    { article: 'a', id: 'p1', text: 'The massacre in Juliaca left many dead.' },
    { article: 'a', id: 'p2', text: 'The CGTP called an indefinite strike.' },
    { article: 'b', id: 'p1', text: 'Students occupied the San Marcos campus.' },
    { article: 'b', id: 'p2', text: 'In Juliaca, the police massacre of protesters.' },
    { article: 'b', id: 'p3', text: 'The indefinite strike of the CGTP was called off.' },
    { article: 'c', id: 'p1', text: 'Nothing in common here whatsoever.' },
  ];
  const result = alignPassages(passages);

  it('finds the passage that shares the distinctive terms', () => {
    expect(result['a']?.['p1']?.['b']?.id).toBe('p2');
    expect(result['a']?.['p2']?.['b']?.id).toBe('p3');
    expect(result['b']?.['p3']?.['a']?.id).toBe('p2');
  });

  it('never aligns within the same article, and gives nothing where nothing is shared', () => {
    for (const [article, byPassage] of Object.entries(result)) {
      for (const counterparts of Object.values(byPassage)) expect(Object.keys(counterparts)).not.toContain(article);
    }
    expect(result['c']?.['p1']).toEqual({});
  });

  it('is symmetric in score for a mutual pair', () => {
    expect(result['a']?.['p1']?.['b']?.score).toBe(result['b']?.['p2']?.['a']?.score);
  });

  it('gives most passages of the real corpus a counterpart in some other article', () => {
    const articles = loadCommitted();
    const all = articles.flatMap((a) =>
      listPassages(parseBody(a.body)).map((p) => ({ article: a.slug, id: p.id, text: p.text })),
    );
    const aligned = alignPassages(all);
    const withAny = all.filter((p) => Object.keys(aligned[p.article]?.[p.id] ?? {}).length > 0);
    expect(withAny.length / all.length).toBeGreaterThan(0.9);
  });
});

describe('alignPassages with curated annotations', () => {
  // b#p1 shares a word with a#p1; b#p2 shares none, but an editor tied both to the same event.
  const filler = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta'].map((w, i) => ({
    article: 'z',
    id: `p${i + 1}`,
    text: `${w} words only`,
  }));
  const align = (events: string[]) =>
    alignPassages([
      { article: 'a', id: 'p1', text: 'The seizure of Lima began', events },
      { article: 'b', id: 'p1', text: 'Lima was calm' },
      { article: 'b', id: 'p2', text: 'Delegations marched on the capital', events },
      ...filler,
    ]);
  it('prefers the passage tied to the same curated event over one sharing a word', () => {
    expect(align([])['a']?.['p1']?.['b']?.id).toBe('p1');
    expect(align(['takeover-of-lima'])['a']?.['p1']?.['b']?.id).toBe('p2');
  });
});

describe('alignPassages on a large corpus', () => {
  it(`keeps at most ${MAX_COUNTERPARTS} counterparts per passage, the best ones`, () => {
    // 40 articles that all print the same sentence, plus filler so that its terms stay distinctive.
    const passages = Array.from({ length: 40 }, (_, i) => [
      { article: `a${i}`, id: 'p1', text: `Juliaca massacre police ${i % 2 === 0 ? 'strike' : ''}` },
      ...Array.from({ length: 6 }, (_, k) => ({
        article: `a${i}`,
        id: `p${k + 2}`,
        text: `filler${i}x${k} words${i}x${k}`,
      })),
    ]).flat();
    const result = alignPassages(passages);
    const counterparts = result['a0']?.['p1'] ?? {};
    expect(Object.keys(counterparts)).toHaveLength(MAX_COUNTERPARTS);
    // The best ones: the articles that also print "strike" (even numbers) score highest.
    for (const article of Object.keys(counterparts)) expect(Number(article.slice(1)) % 2).toBe(0);
  });
});
