import { describe, expect, it } from 'vitest';
import { resolveAuthors, resolveTranslators } from '../../../src/ingest/resolve-authors.ts';

const known = { value: ['Ana Paz', 'Luis Rojas'], basis: 'verified-elsewhere' as const, note: 'Signed on the site.' };

describe('resolveAuthors', () => {
  it('takes the printed byline, naming each line of the saved page once', () => {
    const meta = {
      authors: [
        { name: 'Ana Paz', line: 4 },
        { name: 'Luis Rojas', line: 4 },
        { name: 'Eva Soto', line: 6 },
      ],
      notes: [],
    };
    expect(resolveAuthors(meta, { authors: known })).toEqual({
      people: [{ name: 'Ana Paz' }, { name: 'Luis Rojas' }, { name: 'Eva Soto' }],
      provenance: { basis: 'in-text', note: 'Printed in the byline, on lines 4 and 6 of the saved page.' },
    });
  });

  it('falls back to the authors sources.yaml knows from elsewhere', () => {
    expect(resolveAuthors({ authors: [], notes: [] }, { authors: known })).toEqual({
      people: [{ name: 'Ana Paz' }, { name: 'Luis Rojas' }],
      provenance: { basis: 'verified-elsewhere', note: 'Signed on the site.' },
    });
  });

  it('says the author is unknown, quoting what the text says instead of a byline', () => {
    const quiet = resolveAuthors({ authors: [], notes: [] }, undefined);
    expect(quiet).toEqual({ people: [], provenance: { basis: 'unknown', note: 'The text prints no byline.' } });
    const noted = resolveAuthors({ authors: [], notes: ['Statement of the editorial board.', 'Other.'] }, {});
    expect(noted.provenance.note).toBe('The text prints no byline; it says: “Statement of the editorial board.”.');
  });
});

describe('resolveTranslators', () => {
  it('names the translators credited in the text', () => {
    expect(resolveTranslators({ translators: [{ name: 'Sam Ortiz', line: 30 }] })).toEqual({
      people: [{ name: 'Sam Ortiz' }],
      provenance: { basis: 'in-text', note: 'Credited as translator on line 30 of the saved page.' },
    });
  });

  it('says no translator is named otherwise', () => {
    expect(resolveTranslators({ translators: [] })).toEqual({
      people: [],
      provenance: { basis: 'unknown', note: 'The text names no translator.' },
    });
  });
});
