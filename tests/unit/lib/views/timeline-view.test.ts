import { describe, expect, it } from 'vitest';
import { describeSpan, seriesClass } from '../../../../src/lib/views/timeline-view.ts';

describe('timeline view helpers', () => {
  it('writes a day or a range in words', () => {
    expect(describeSpan('2023-01-09', null)).toBe('9 January 2023');
    expect(describeSpan('2023-02-15', '2023-02-28')).toBe('15 February 2023 – 28 February 2023');
  });
  it('gives each tendency a class of its own, and unknown one too', () => {
    expect(seriesClass('LIT-CI')).toBe('tendency-lit-ci');
    expect(seriesClass('FT-CI')).not.toBe(seriesClass('ICFI'));
    expect(seriesClass(null)).toBe('tendency-unknown');
  });
});
