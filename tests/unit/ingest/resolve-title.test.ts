import { describe, expect, it } from 'vitest';
import { resolveTitle } from '../../../src/ingest/resolve-title.ts';

const devised = { value: '[Statement on Juliaca]', basis: 'devised' as const, note: 'Devised by the editors.' };

describe('resolveTitle', () => {
  it('takes a title from sources.yaml over a printed one, and keeps the printed one in the note (issue #12, item 6)', () => {
    const result = resolveTitle('a.txt', { title: { text: 'Peru rises', line: 3 } }, { title: devised });
    expect(result).toEqual({
      title: '[Statement on Juliaca]',
      titleBasis: 'devised',
      provenance: {
        basis: 'devised',
        note: 'Devised by the editors. The text prints the title “Peru rises” (line 3 of the saved page).',
      },
      warnings: [],
    });
  });

  it('keeps quiet about a printed title when sources.yaml devises none', () => {
    expect(resolveTitle('a.txt', { title: { text: 'Peru rises', line: 1 } }, {}).warnings).toEqual([]);
  });

  it('takes the devised title from sources.yaml with its own basis', () => {
    const result = resolveTitle('a.txt', { title: null }, { title: devised });
    expect(result).toEqual({
      title: '[Statement on Juliaca]',
      titleBasis: 'devised',
      provenance: { basis: 'devised', note: 'Devised by the editors.' },
      warnings: [],
    });
  });

  it('devises a placeholder that says so when nobody gives a title', () => {
    const result = resolveTitle('a.txt', { title: null }, undefined);
    expect(result.title).toBe('Untitled text from a.txt');
    expect(result.titleBasis).toBe('devised');
    expect(result.provenance).toEqual({
      basis: 'devised',
      note: 'The text prints no title, and none is known from elsewhere.',
    });
    expect(result.warnings).toEqual([
      'a.txt: no title in the text or in sources.yaml; a placeholder title was devised',
    ]);
  });
});
