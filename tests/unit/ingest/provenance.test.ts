import { describe, expect, it } from 'vitest';
import { savedPageLines, sourcedProvenance, unknownProvenance } from '../../../src/ingest/provenance.ts';

describe('provenance helpers', () => {
  it('names each line of the saved page once, in the order first seen', () => {
    expect(savedPageLines([{ line: 3 }, { line: 3 }, { line: 5 }])).toBe('lines 3 and 5 of the saved page');
    expect(savedPageLines([{ line: 9 }, { line: 2 }])).toBe('lines 9 and 2 of the saved page');
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
