import { describe, expect, it } from 'vitest';
import { bestWindow, makeExcerpt } from '../../../../src/lib/search/search-hits.ts';
import { tokenize } from '../../../../src/lib/search/search-words.ts';

/** Positions of the words of `text` that `pick` takes. */
const at = (text: string, pick: (word: string) => boolean) =>
  tokenize(text)
    .filter((t) => pick(t.word))
    .map((t) => t.position);

describe('bestWindow', () => {
  it('starts a little before the window that holds the most different parts, then the most hits', () => {
    // Part 0 at 2 only; parts 0 and 1 together at 40–44: the window goes there.
    expect(bestWindow([[2, 41], [44]], 100, 20)).toBe(38);
    expect(bestWindow([[2], [60]], 100, 20)).toBe(0);
    expect(bestWindow([[2]], 10, 20)).toBe(0);
  });
});

describe('makeExcerpt', () => {
  it('marks every hit as printed, whatever its form, and keeps the text between as it is', () => {
    const text = 'The repressive response, and the repression, went on.';
    const marks = [at(text, (w) => w.startsWith('repress'))];
    expect(makeExcerpt(text, marks)).toEqual([
      { text: 'The ' },
      { text: 'repressive', mark: true },
      { text: ' response, and the ' },
      { text: 'repression', mark: true },
      { text: ', went on.' },
    ]);
  });

  it('shows the best window of a long passage, with an ellipsis where the text goes on', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    words[50] = 'CGTP';
    const text = words.join(' ');
    const parts = makeExcerpt(text, [at(text, (w) => w === 'cgtp')], 10);
    expect(parts[0]).toEqual({ text: '… w47 w48 w49 ' });
    expect(parts[1]).toEqual({ text: 'CGTP', mark: true });
    expect(parts.at(-1)?.text.endsWith(' …')).toBe(true);
    expect(
      parts
        .map((p) => p.text)
        .join('')
        .replace(/…/g, '')
        .trim()
        .split(/\s+/),
    ).toHaveLength(10);
  });

  it("keeps the article's own brackets and quotation marks as printed", () => {
    const text = 'the CGTP [Workers’ General Confederation of Peru]), now';
    const joined = makeExcerpt(text, [at(text, (w) => w === 'cgtp')])
      .map((p) => p.text)
      .join('');
    expect(joined).toBe(text);
  });
});

describe('makeExcerpt: words side by side', () => {
  it('marks words that stand side by side as one mark, and words apart as two', () => {
    const text = 'a national general strike, and a general call to strike';
    const marks = [at(text, (w) => w === 'general'), at(text, (w) => w === 'strike')];
    expect(
      makeExcerpt(text, marks)
        .filter((p) => p.mark)
        .map((p) => p.text),
    ).toEqual(['general strike', 'general', 'strike']);
  });
});
