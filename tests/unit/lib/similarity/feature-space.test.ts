import { describe, expect, it } from 'vitest';
import { buildFeatureSpace, listTerms, MAX_POSTINGS } from '../../../../src/lib/similarity/feature-space.ts';

describe('listTerms', () => {
  it('drops stop words, numbers and short words, and lower-cases', () => {
    expect(listTerms('The CGTP called an indefinite strike on February 9')).toEqual([
      'cgtp',
      'called',
      'indefinite',
      'strike',
      'february',
    ]);
  });
});

describe('buildFeatureSpace', () => {
  it(`scans at most ${MAX_POSTINGS} passages per term, the ones where it weighs most`, () => {
    // 3 × MAX_POSTINGS passages share "juliaca"; the 12 that repeat it weigh it most.
    const features = Array.from({ length: 3 * MAX_POSTINGS }, (_, i) =>
      i < 12 ? ['juliaca', 'juliaca', `own${i}`] : ['juliaca', `own${i}`, `more${i}`],
    );
    features.push(...Array.from({ length: 10 * MAX_POSTINGS }, (_, i) => [`filler${i}`]));
    const space = buildFeatureSpace(features);
    const postings = space.postings.get('juliaca') ?? [];
    expect(postings).toHaveLength(MAX_POSTINGS);
    for (let i = 0; i < 12; i++) expect(postings.map((p) => p.index)).toContain(i);
  });
});
