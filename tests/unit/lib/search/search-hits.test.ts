import { describe, expect, it } from 'vitest';
import { excerptAround, findPhrase, groupHitsByPassage, listPhrases } from '../../../../src/lib/search/search-hits.ts';

const anchors = [
  { element: 'h1', id: 'title', location: 0 },
  { element: 'div', id: 'p1', location: 10 },
  { element: 'h2', id: 'the-strike', location: 30 },
  { element: 'div', id: 'p2', location: 35 },
  { element: 'div', id: 'p10', location: 60 },
];

describe('groupHitsByPassage', () => {
  it('gives each hit to the last anchor at or before it, and drops hits in headings and the header', () => {
    expect(groupHitsByPassage([3, 12, 31, 36, 70, 10], anchors)).toEqual([
      { id: 'p1', n: 1, locations: [10, 12] },
      { id: 'p2', n: 2, locations: [36] },
      { id: 'p10', n: 10, locations: [70] },
    ]);
  });
});

describe('phrases', () => {
  it('lists quoted phrases of several words', () => {
    expect(listPhrases('"Constituent Assembly" CGTP "strike"')).toEqual(['Constituent Assembly']);
  });
  it('finds every occurrence, ignoring case and punctuation', () => {
    expect(
      findPhrase('for a Constituent Assembly, and “constituent assembly” now'.split(' '), 'Constituent Assembly'),
    ).toEqual([2, 3, 5, 6]);
  });
});

describe('excerptAround', () => {
  it('marks the hits and elides the rest', () => {
    const words = 'one two three four five six seven'.split(' ');
    expect(excerptAround(words, [3, 4], 2)).toEqual([
      { text: '… two three ' },
      { text: 'four', mark: true },
      { text: ' ' },
      { text: 'five', mark: true },
      { text: ' six …' },
    ]);
  });
});

describe('excerptAround and hidden search names', () => {
  it('shows the names indexed for a variant as a bracketed gloss', () => {
    const parts = excerptAround('put Dina Boularte ⁅Dina Boluarte⁆ in power'.split(' '), [4], 10);
    expect(parts.map((p) => p.text).join('')).toBe('put Dina Boularte [Dina Boluarte] in power');
    expect(parts.find((p) => p.mark)?.text).toBe('Boluarte]');
  });
});
