import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../../src/lib/routes/text-fragment.ts';
import { findNeighbours } from '../../../../src/lib/views/neighbours.ts';
import { readingTime } from '../../../../src/lib/views/reading-time.ts';

describe('text fragments', () => {
  it('quotes a short selection whole, escaping the directive syntax', () => {
    expect(textFragmentUrl('https://r.example/articles/a/#p1', 'p2', 'CGTP-led, strike & more')).toBe(
      'https://r.example/articles/a/#p2:~:text=CGTP%2Dled%2C%20strike%20%26%20more',
    );
  });

  it('quotes a long selection by its first and last five words', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    expect(textFragmentUrl('https://r.example/articles/a/', 'p9', text)).toBe(
      'https://r.example/articles/a/#p9:~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen',
    );
  });
});

describe('neighbours and reading time', () => {
  it('finds previous and next in order', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(findNeighbours(list, 'a')).toEqual({ previous: null, next: { id: 'b' } });
    expect(findNeighbours(list, 'c')).toEqual({ previous: { id: 'b' }, next: null });
    expect(findNeighbours(list, 'x')).toEqual({ previous: null, next: null });
  });
  it('rounds reading time, at least a minute', () => {
    expect(readingTime(903)).toBe('4 min read');
    expect(readingTime(10)).toBe('1 min read');
  });
});
