import { describe, expect, it } from 'vitest';
import {
  fold,
  isStopWord,
  MAX_QUERY_PARTS,
  parseQuery,
  termsOf,
  tokenize,
} from '../../../../src/lib/search/search-words.ts';

describe('termsOf', () => {
  it('folds case and accents and reduces a word to its Snowball (Porter2) stem', () => {
    expect(fold('Perú')).toBe('peru');
    expect(termsOf('Perú')).toEqual(termsOf('Peru'));
    // Porter2 joins the forms suffix-stripping missed: "repression" finds "repressive" and "repressed".
    expect(new Set(['repression', 'repressive', 'repressed', 'repress'].map((w) => termsOf(w)[0]))).toEqual(
      new Set(['repress']),
    );
    expect(termsOf('killings')).toEqual(termsOf('killed'));
    expect(termsOf('Maoists')).toEqual(termsOf('Maoist'));
    expect(termsOf('strikes')).toEqual(['strike']);
  });

  it('drops a possessive and gives an accented Spanish word its Spanish stem as well', () => {
    expect(termsOf('Boluarte’s')).toEqual(termsOf('Boluarte'));
    const [english, spanish] = termsOf('Otárola');
    expect(english).toBe(termsOf('Otarola')[0]);
    expect(spanish).toBeDefined();
  });
});

describe('tokenize', () => {
  it('reads words joined by a dash or a slash as two, in place, with their offsets', () => {
    const text = 'Lima—Juliaca, CGTP/CUT';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['lima', 'juliaca', 'cgtp', 'cut']);
    expect(tokens.map((t) => t.position)).toEqual([0, 1, 2, 3]);
    for (const t of tokens) expect(fold(text.slice(t.start, t.end))).toBe(t.word);
  });

  it('keeps an apostrophe inside a word and leaves a possessive outside the marked word', () => {
    const text = 'Boluarte’s don’t';
    const [a, b] = tokenize(text);
    expect(text.slice(a?.start, a?.end)).toBe('Boluarte');
    expect(b?.word).toBe("don't");
  });
});

describe('isStopWord', () => {
  it('knows English stop words and short Spanish function words, not the words readers search', () => {
    for (const w of ['the', 'of', 'us', 'de', 'del', 'la', 'y']) expect(isStopWord(w)).toBe(true);
    for (const w of ['cgtp', 'strike', 'era', 'lima']) expect(isStopWord(w)).toBe(false);
  });
});

describe('parseQuery', () => {
  it('gives each quoted phrase and each other word as a part', () => {
    const { parts } = parseQuery('"Constituent Assembly" CGTP');
    expect(parts.map((p) => [p.words, p.phrase])).toEqual([
      [['constituent', 'assembly'], true],
      [['cgtp'], false],
    ]);
  });

  it('leaves stop words out of loose words but keeps them inside a phrase', () => {
    const q = parseQuery('role of the unions ');
    expect(q.parts.map((p) => p.words)).toEqual([['role'], ['unions']]);
    expect(q.dropped).toEqual(['of', 'the']);
    expect(parseQuery('"Toma de Lima"').parts[0]?.words).toEqual(['toma', 'de', 'lima']);
  });

  it('keeps the stop words of a query that holds nothing else', () => {
    expect(parseQuery('the').parts.map((p) => p.words)).toEqual([['the']]);
  });

  it('matches as a prefix only the last word still being typed, from three letters', () => {
    expect(parseQuery('Dina Bolu').parts.map((p) => p.prefix)).toEqual([false, true]);
    expect(parseQuery('Dina Bolu ').parts.map((p) => p.prefix)).toEqual([false, false]);
    expect(parseQuery('Bo').parts[0]?.prefix).toBe(false);
    expect(parseQuery('"Dina Bolu"').parts[0]?.prefix).toBe(false);
  });

  it('reads an unclosed quote as loose words', () => {
    expect(parseQuery('"general strike').parts.map((p) => p.phrase)).toEqual([false, false]);
  });

  it('merges repeated words and searches at most MAX_QUERY_PARTS parts, counting the rest', () => {
    expect(parseQuery('t '.repeat(1500)).parts).toHaveLength(1);
    const many = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const q = parseQuery(many);
    expect(q.parts).toHaveLength(MAX_QUERY_PARTS);
    expect(q.overflow).toBe(40 - MAX_QUERY_PARTS);
    // 5,000 × "the" (a 20 KB address) is read once, not once per part.
    expect(parseQuery('the '.repeat(5000)).parts).toHaveLength(1);
  });
});
