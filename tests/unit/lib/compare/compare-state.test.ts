import { describe, expect, it } from 'vitest';
import {
  compareQueryString,
  describeMatch,
  findCounterpart,
  STRONG_MATCH_SCORE,
  otherSide,
  readCompareState,
  syncedScrollTop,
} from '../../../../src/lib/compare/compare-state.ts';

const slugs = ['peru-rises', 'the-coup', 'lima-march'];

describe('comparison state ⇄ URL', () => {
  it('reads the two articles a URL names', () => {
    expect(readCompareState('?left=the-coup&right=lima-march', slugs)).toEqual({
      left: 'the-coup',
      right: 'lima-march',
    });
  });

  it('falls back to the first article, and to a different one on the right', () => {
    expect(readCompareState('', slugs)).toEqual({ left: 'peru-rises', right: 'the-coup' });
    expect(readCompareState('?left=nothing&right=peru-rises', slugs)).toEqual({
      left: 'peru-rises',
      right: 'peru-rises',
    });
    expect(readCompareState('?left=the-coup&right=nothing', slugs)).toEqual({ left: 'the-coup', right: 'peru-rises' });
    expect(readCompareState('?left=x', ['only'])).toEqual({ left: 'only', right: 'only' });
  });

  it('round-trips through the query string', () => {
    const state = { left: 'lima-march', right: 'the-coup' };
    expect(compareQueryString(state)).toBe('?left=lima-march&right=the-coup');
    expect(readCompareState(compareQueryString(state), slugs)).toEqual(state);
  });

  it('knows the other side', () => {
    expect(otherSide('left')).toBe('right');
    expect(otherSide('right')).toBe('left');
  });
});

describe('alignment and scrolling', () => {
  const alignment = { p3: { 'the-coup': { id: 'p7', score: 0.42 } } };

  it("finds a passage's counterpart in the other article by its number", () => {
    expect(findCounterpart(alignment, 3, 'the-coup')).toEqual({ id: 'p7', score: 0.42 });
    expect(findCounterpart(alignment, 3, 'lima-march')).toBeUndefined();
    expect(findCounterpart(alignment, 4, 'the-coup')).toBeUndefined();
  });

  it('scrolls the other column to the same fraction of its length', () => {
    const to = { scrollHeight: 1100, clientHeight: 100 };
    expect(syncedScrollTop({ scrollTop: 150, scrollHeight: 400, clientHeight: 100 }, to)).toBe(500);
    expect(syncedScrollTop({ scrollTop: 300, scrollHeight: 400, clientHeight: 100 }, to)).toBe(1000);
    // A column that cannot scroll counts as a length of one pixel, never a division by zero.
    expect(syncedScrollTop({ scrollTop: 0, scrollHeight: 100, clientHeight: 100 }, to)).toBe(0);
  });
});

describe('describeMatch', () => {
  it('says how strong a match is, from the score, and says when there is none', () => {
    expect(describeMatch(2, { n: 9, score: STRONG_MATCH_SCORE })).toBe(
      `Paragraph 2 aligned with paragraph 9 of the other article: a strong match (${String(STRONG_MATCH_SCORE)}).`,
    );
    expect(describeMatch(2, { n: 9, score: 0.18 })).toContain('a weak match (0.18)');
    expect(describeMatch(2, undefined)).toBe('Paragraph 2 has no close counterpart in the other article.');
  });
});
