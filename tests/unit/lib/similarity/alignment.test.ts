import { describe, expect, it } from 'vitest';
import { alignPassages, MAX_COUNTERPARTS } from '../../../../src/lib/similarity/alignment.ts';
import { MIN_CLOSE_SCORE } from '../../../../src/lib/similarity/passage-features.ts';
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

  it('on the real corpus, gives only close counterparts, and says "none" where there is none', () => {
    const articles = loadCommitted();
    const all = articles.flatMap((a) =>
      listPassages(parseBody(a.body)).map((p) => ({ article: a.slug, id: p.id, text: p.text })),
    );
    const aligned = alignPassages(all);
    const given = all.flatMap((p) => Object.values(aligned[p.article]?.[p.id] ?? {}));
    expect(given.length).toBeGreaterThan(0);
    for (const c of given) expect(c.score).toBeGreaterThanOrEqual(MIN_CLOSE_SCORE);
    // Fewer than one per passage and other article: some have no close counterpart.
    expect(given.length).toBeLessThan(all.length * (articles.length - 1));
  });
});

describe('alignPassages below the threshold', () => {
  it('gives no counterpart rather than a weak one', () => {
    // a#p1 and b#p1 share one of their ten equally weighted words: cosine 0.1.
    const words = (prefix: string) => Array.from({ length: 9 }, (_, k) => `${prefix}${'abcdefghi'[k] ?? ''}word`);
    const passages = [
      { article: 'a', id: 'p1', text: ['juliaca', ...words('x')].join(' ') },
      { article: 'b', id: 'p1', text: ['juliaca', ...words('y')].join(' ') },
      // Each other word once more elsewhere, so that it counts (a word in one passage links nothing).
      ...[...words('x'), ...words('y')].map((w, k) => ({ article: 'c', id: `p${k + 1}`, text: w })),
    ];
    const result = alignPassages(passages);
    expect(0.1).toBeLessThan(MIN_CLOSE_SCORE);
    expect(result['a']?.['p1']?.['b']).toBeUndefined();
    expect(result['a']?.['p1']?.['c']?.score).toBeGreaterThanOrEqual(MIN_CLOSE_SCORE);
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
