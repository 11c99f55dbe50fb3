import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../../../src/lib/search/search-hits.ts';

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
  it("shows the names indexed for a variant as the site's gloss, not in the article's brackets", () => {
    const parts = excerptAround('put Dina Boularte ⁅Dina Boluarte⁆ in power'.split(' '), [4], 10);
    expect(parts).toEqual([
      { text: 'put Dina Boularte ' },
      { gloss: [{ text: 'Dina ' }, { text: 'Boluarte', mark: true }] },
      { text: ' in power' },
    ]);
  });

  it("keeps the article's own square brackets as printed, outside any gloss", () => {
    const words = 'the CGTP ⁅General Confederation⁆ [and the CGP] marched'.split(' ');
    const parts = excerptAround(words, [1], 10);
    expect(parts).toEqual([
      { text: 'the ' },
      { text: 'CGTP', mark: true },
      { text: ' ' },
      { gloss: [{ text: 'General Confederation' }] },
      { text: ' [and the CGP] marched' },
    ]);
  });

  it('widens the window to the start of a gloss it would begin inside', () => {
    const words =
      'Parliament ⁅Congreso de la República del Perú · Congress of the Republic of Peru⁆ and presenting a bill'.split(
        ' ',
      );
    const parts = excerptAround(words, [16], 3);
    expect(parts[0]).toEqual({ text: '… ' });
    expect(parts[1]).toEqual({
      gloss: [{ text: 'Congreso de la República del Perú · Congress of the Republic of Peru' }],
    });
    expect(parts.slice(2)).toEqual([{ text: ' and presenting ' }, { text: 'a', mark: true }, { text: ' bill' }]);
  });

  it('widens the window to the end of a gloss it would end inside', () => {
    const words = 'the CGTP ⁅Confederación General de Trabajadores del Perú⁆ called a strike'.split(' ');
    const parts = excerptAround(words, [1], 2);
    expect(parts.at(-2)).toEqual({ gloss: [{ text: 'Confederación General de Trabajadores del Perú' }] });
    expect(parts.at(-1)).toEqual({ text: ' …' });
  });

  it('keeps the printed words glued to a gloss outside it', () => {
    const parts = excerptAround(['Boularte⁅Dina', 'Boluarte⁆),', 'who'], [0], 5);
    expect(parts).toEqual([
      { text: 'Boularte', mark: true },
      { gloss: [{ text: 'Dina', mark: true }, { text: ' Boluarte' }] },
      { text: '), who' },
    ]);
  });
});
