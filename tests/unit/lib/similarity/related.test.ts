import { describe, expect, it } from 'vitest';
import { articlesToCompare, relatePassages } from '../../../../src/lib/similarity/related.ts';

describe('relatePassages', () => {
  const result = relatePassages([
    { article: 'a', id: 'p1', text: 'Police massacre in Juliaca', entities: ['juliaca'], events: ['juliaca'] },
    { article: 'a', id: 'p2', text: 'Police massacre in Juliaca again', entities: ['juliaca'], events: ['juliaca'] },
    { article: 'b', id: 'p1', text: 'The Juliaca killings', entities: ['juliaca'], events: ['juliaca'] },
    { article: 'c', id: 'p1', text: 'Students at San Marcos', entities: ['unmsm'], events: [] },
    { article: 'c', id: 'p2', text: 'More on San Marcos students', entities: ['unmsm'], events: [] },
    // Unrelated passages, so that the shared features are rare enough to count (at most 25% of passages).
    ...['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta'].map((w, i) => ({
      article: 'z',
      id: `p${i + 1}`,
      text: `${w} words only`,
      entities: [],
      events: [],
    })),
  ]);
  it('relates passages of other articles only, with the entities they share', () => {
    expect(result.get('a#p1')?.map((r) => `${r.article}#${r.id}`)).toEqual(['b#p1']);
    expect(result.get('a#p1')?.[0]?.shared).toEqual(['juliaca']);
    expect(result.get('c#p1')).toEqual([]);
  });
});

describe('relatePassages with claims', () => {
  // Two passages that share no word but state the same claim (a death toll), among unrelated ones.
  const filler = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta'].map((w, i) => ({
    article: 'z',
    id: `p${i + 1}`,
    text: `${w} words only`,
    entities: [],
    events: [],
  }));
  const toll = (claims: string[]) =>
    relatePassages([
      { article: 'a', id: 'p1', text: 'Seven lives lost', entities: [], events: [], claims },
      { article: 'b', id: 'p1', text: 'Fifty-six confirmed dead', entities: [], events: [], claims },
      ...filler,
    ]);
  it('relates passages that state the same curated claim', () => {
    expect(
      toll(['deaths'])
        .get('a#p1')
        ?.map((r) => `${r.article}#${r.id}`),
    ).toEqual(['b#p1']);
    expect(toll([]).get('a#p1')).toEqual([]);
  });
});

describe('articlesToCompare', () => {
  const r = (article: string) => ({ article, id: 'p1', score: 0.5, shared: [] });
  const related = new Map([
    ['a#p1', [r('b'), r('c')]],
    ['a#p2', [r('c'), r('d')]],
    ['a#p3', [r('c'), r('e')]],
    ['b#p1', [r('a')]],
  ]);
  it('ranks other articles by how many related passages they hold, bounded by the limit', () => {
    expect(articlesToCompare(related, 'a', ['p1', 'p2', 'p3'], 3)).toEqual(['c', 'b', 'd']);
    expect(articlesToCompare(related, 'a', ['p1', 'p2', 'p3'])).toHaveLength(4);
    expect(articlesToCompare(related, 'b', ['p1'])).toEqual(['a']);
  });
});
