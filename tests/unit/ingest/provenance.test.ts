import { describe, expect, it } from 'vitest';
import { seedLines, sourcedProvenance, unknownProvenance } from '../../../src/ingest/provenance.ts';

describe('provenance helpers', () => {
  it('names each seed line once, in the order first seen', () => {
    expect(seedLines([{ line: 3 }, { line: 3 }, { line: 5 }])).toBe('line 3, line 5');
    expect(seedLines([{ line: 9 }, { line: 2 }])).toBe('line 9, line 2');
  });

  it("keeps a sourced value's basis and note, not its value", () => {
    expect(sourcedProvenance({ value: 'x', basis: 'devised', note: 'By the editors.' } as never)).toEqual({
      basis: 'devised',
      note: 'By the editors.',
    });
  });

  it('states an unknown basis with its reason', () => {
    expect(unknownProvenance('Nobody knows.')).toEqual({ basis: 'unknown', note: 'Nobody knows.' });
  });
});
