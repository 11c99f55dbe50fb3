import { describe, expect, it } from 'vitest';
import { foldQuotes } from '../../../../src/lib/passages/text.ts';

describe('foldQuotes', () => {
  it('folds curly quotes to straight ones and keeps the length', () => {
    const text = 'Peru’s “strike”';
    expect(foldQuotes(text)).toBe('Peru\'s "strike"');
    expect(foldQuotes(text)).toHaveLength(text.length);
  });
});
