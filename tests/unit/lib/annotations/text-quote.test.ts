import { describe, expect, it } from 'vitest';
import { findQuote, QuoteError, resolveQuote } from '../../../../src/lib/annotations/text-quote.ts';

const passages = [
  { article: 'a', id: 'p1', text: 'On January 9, the police killed 19 demonstrators in Juliaca.' },
  { article: 'a', id: 'p2', text: 'The CGTP’s “indefinite strike” of February 7.' },
  { article: 'b', id: 'p1', text: 'The “indefinite strike” of February 9, called by the CGTP.' },
];

describe('findQuote', () => {
  it('finds the character range of the exact words', () => {
    expect(findQuote({ exact: 'killed 19 demonstrators' }, passages)).toEqual([
      { article: 'a', passage: 'p1', start: 25, end: 48 },
    ]);
  });
  it('treats straight and curly quotes alike', () => {
    expect(findQuote({ exact: 'CGTP\'s "indefinite strike"' }, passages)).toHaveLength(1);
  });
  it('lists every match, and narrows them by source, prefix and suffix', () => {
    expect(findQuote({ exact: 'indefinite strike' }, passages)).toHaveLength(2);
    expect(findQuote({ exact: 'indefinite strike', source: 'b' }, passages).map((m) => m.article)).toEqual(['b']);
    expect(findQuote({ exact: 'indefinite strike', suffix: '” of February 7' }, passages)).toHaveLength(1);
    expect(findQuote({ exact: 'indefinite strike', prefix: 'CGTP’s “' }, passages)[0]?.passage).toBe('p2');
  });
  it('never matches across two passages', () => {
    expect(findQuote({ exact: 'Juliaca. The CGTP' }, passages)).toEqual([]);
  });
});

describe('resolveQuote', () => {
  it('returns the single match', () => {
    expect(resolveQuote('events.yaml: x', { exact: 'February 9' }, passages)).toMatchObject({ article: 'b' });
  });
  it('names the entry and the fix when a quote matches nowhere', () => {
    expect(() => resolveQuote('events.yaml: juliaca', { exact: 'killed 18' }, passages)).toThrow(
      /^events\.yaml: juliaca: the quote "killed 18" matches no passage: copy the words exactly/,
    );
  });
  it('names the places when a quote matches more than once', () => {
    const call = () => resolveQuote('claims.yaml: strike', { exact: 'indefinite strike' }, passages);
    expect(call).toThrow(QuoteError);
    expect(call).toThrow(/matches 2 places \(a#p2, b#p1\): add `source`, `prefix` or `suffix`/);
  });
});
