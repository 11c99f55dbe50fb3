import { describe, expect, it } from 'vitest';
import { parseQuery, searchPrefix, wordTokens } from '../../../../src/lib/search/search-words.ts';

describe('wordTokens', () => {
  it('keeps letters and digits, lower-cased, without accents or a possessive', () => {
    expect(wordTokens('Perú,')).toEqual(['peru']);
    expect(wordTokens('“Boluarte’s')).toEqual(['boluarte']);
    expect(wordTokens("CGTP's")).toEqual(['cgtp']);
    expect(wordTokens('CGTP/CUT')).toEqual(['cgtp', 'cut']);
    // The brackets of the hidden other names are not words.
    expect(wordTokens('⁅Confederación')).toEqual(['confederacion']);
    expect(wordTokens('—')).toEqual([]);
  });
});

describe('searchPrefix', () => {
  it('cuts a common inflection from words of five letters or more, keeping four', () => {
    expect(searchPrefix('massacres')).toBe('massacr');
    expect(searchPrefix('killings')).toBe('kill');
    expect(searchPrefix('protested')).toBe('protest');
    expect(searchPrefix('companies')).toBe('compan');
    expect(searchPrefix('strikes')).toBe('strik');
    // Short words and words without an inflection are matched whole.
    expect(searchPrefix('cgtp')).toBe('cgtp');
    expect(searchPrefix('uses')).toBe('uses');
    expect(searchPrefix('juliaca')).toBe('juliaca');
  });
});

describe('parseQuery', () => {
  it('gives quoted phrases and loose words as parts', () => {
    expect(parseQuery('"Constituent Assembly" CGTP Perú')).toEqual([
      { tokens: ['constituent', 'assembly'], phrase: true },
      { tokens: ['cgtp'], phrase: false },
      { tokens: ['peru'], phrase: false },
    ]);
    expect(parseQuery('"" , ')).toEqual([]);
    expect(parseQuery('civic-military CGTP/CUT Boluarte’s')).toEqual([
      { tokens: ['civic', 'military'], phrase: true },
      { tokens: ['cgtp', 'cut'], phrase: true },
      { tokens: ['boluarte'], phrase: false },
    ]);
  });
});
