import { describe, expect, it } from 'vitest';
import { resolveCatalog } from '../../../src/ingest/resolve-catalog.ts';
import type { Publisher } from '../../../src/schemas/catalog.ts';

const publishers = [{ id: 'left-voice', name: 'Left Voice', tendency: 'ft-ci' }] as Publisher[];
const publisher = { value: 'left-voice', basis: 'source-url' as const, note: 'The URL is on leftvoice.org.' };
const sourceUrl = { value: 'https://example.org/a', basis: 'in-text' as const, note: 'Saved from this address.' };

describe('resolveCatalog', () => {
  it("takes the tendency from the publisher's catalogue entry, on the publisher's basis", () => {
    expect(resolveCatalog({ publisher, sourceUrl }, publishers)).toEqual({
      publisher: 'left-voice',
      tendency: 'ft-ci',
      sourceUrl: 'https://example.org/a',
      provenance: {
        publisher: { basis: 'source-url', note: 'The URL is on leftvoice.org.' },
        tendency: { basis: 'source-url', note: 'The publisher Left Voice belongs to this current.' },
        sourceUrl: { basis: 'in-text', note: 'Saved from this address.' },
      },
    });
  });

  it('lets sources.yaml name the tendency over the catalogue', () => {
    const tendency = { value: 'icfi', basis: 'internal-evidence' as const, note: 'The text says so.' };
    const result = resolveCatalog({ publisher, tendency }, publishers);
    expect(result.tendency).toBe('icfi');
    expect(result.provenance.tendency).toEqual({ basis: 'internal-evidence', note: 'The text says so.' });
  });

  it('leaves the tendency unknown for a publisher missing from the catalogue', () => {
    const result = resolveCatalog({ publisher: { ...publisher, value: 'elsewhere' } }, publishers);
    expect(result.publisher).toBe('elsewhere');
    expect(result.tendency).toBeNull();
    expect(result.provenance.tendency.basis).toBe('unknown');
  });

  it('says what is unknown without a sources.yaml entry', () => {
    expect(resolveCatalog(undefined, publishers)).toEqual({
      publisher: null,
      tendency: null,
      sourceUrl: null,
      provenance: {
        publisher: { basis: 'unknown', note: 'Not known from the text or from elsewhere.' },
        tendency: { basis: 'unknown', note: 'Not known from the text or from elsewhere.' },
        sourceUrl: { basis: 'unknown', note: 'No public address of this article is known.' },
      },
    });
  });
});
