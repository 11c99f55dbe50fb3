import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../../src/lib/passages/body.ts';
import { listPassages } from '../../../../src/lib/passages/passages.ts';
import { excerptAround, wordsBackFrom, wordsOnFrom } from '../../../../src/lib/views/excerpt-around.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

describe('excerptAround', () => {
  it('keeps the words either side of the first mention, with … where the text goes on', () => {
    const text = 'one two three four five CGTP six seven eight nine ten';
    expect(excerptAround(text, [{ start: 24, end: 28 }], 3)).toEqual([
      { text: '… three four five ' },
      { text: 'CGTP', mark: true },
      { text: ' six seven eight …' },
    ]);
    expect(excerptAround('CGTP', [{ start: 0, end: 4 }], 3)).toEqual([{ text: 'CGTP', mark: true }]);
  });

  it('marks every mention inside the window, whole, and leaves out those beyond it', () => {
    const text = 'the CGTP and the CGTP leadership betrayed, said one, and the CGTP again';
    const at = (from: number) => ({ start: text.indexOf('CGTP', from), end: text.indexOf('CGTP', from) + 4 });
    const mentions = [at(0), at(5), at(22)];
    expect(excerptAround(text, mentions, 3)).toEqual([
      { text: 'the ' },
      { text: 'CGTP', mark: true },
      { text: ' and the ' },
      { text: 'CGTP', mark: true },
      { text: ' …' },
    ]);
    // A mention that starts inside the window is kept whole even where the window would cut it.
    const long = 'a b CGTP c CGTP leadership d e';
    expect(
      excerptAround(
        long,
        [
          { start: 4, end: 8 },
          { start: 11, end: 26 },
        ],
        2,
      ),
    ).toEqual([
      { text: 'a b ' },
      { text: 'CGTP', mark: true },
      { text: ' c ' },
      { text: 'CGTP leadership', mark: true },
      { text: ' …' },
    ]);
  });
});

/**
 * The rule as first written: split the text before the mention where a space meets a word and keep
 * the last words, split the text after it where a word meets a space and keep the first. The
 * scanning version must cut every excerpt where this one does.
 */
function cutBySplitting(text: string, start: number, end: number, words: number): [number, number] {
  const before = text.slice(0, start).split(/(?<=\s)(?=\S)/);
  const after = text.slice(end).split(/(?<=\S)(?=\s)/);
  const head = words > 0 ? before.slice(-words).join('') : '';
  return [start - head.length, end + after.slice(0, words).join('').length];
}

describe('wordsBackFrom and wordsOnFrom', () => {
  it('cut where splitting the text into words would, on every passage of the corpus and on odd spacing', () => {
    const texts = loadCommitted().flatMap((a) => listPassages(parseBody(a.body)).map((p) => p.text));
    // Odd spacing the corpus may not have: leading and trailing spaces, runs of them, no-break spaces, new lines.
    texts.push('  one  two\u00a0three \n four  ', 'a', ' ', '', 'x\ty\u2003z');
    let checked = 0;
    for (const text of texts)
      for (let start = 0; start <= text.length; start += Math.max(1, Math.floor(text.length / 7)))
        for (const width of [0, 1, 5])
          for (const words of [0, 1, 3, 12]) {
            const end = Math.min(text.length, start + width);
            expect([wordsBackFrom(text, start, words), wordsOnFrom(text, end, words)]).toEqual(
              cutBySplitting(text, start, end, words),
            );
            checked++;
          }
    // Derived from the corpus, not pinned: every passage contributed some cuts.
    expect(checked).toBeGreaterThan(texts.length * 12);
  });
});
