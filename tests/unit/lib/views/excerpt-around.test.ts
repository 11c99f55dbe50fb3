import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../../../src/lib/views/excerpt-around.ts';

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
