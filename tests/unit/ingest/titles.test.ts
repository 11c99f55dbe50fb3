/**
 * Issue #12, item 6: two articles that print the same title can both be ingested, by the fix the
 * duplicate-slug message gives: a title in sources.yaml, which overrides the printed one and
 * keeps it visible in the title's note.
 */
import { describe, expect, it } from 'vitest';
import { IngestErrors } from '../../../src/ingest/errors.ts';
import { ingestFolder } from '../../../src/ingest/ingest-folder.ts';
import { splitMarkdown } from '../../helpers/corpus.ts';

const TEXT =
  'Peru Rises Against the Regime\n\nBy Ana Mamani\n\nThe first paragraph of the body, which is long enough to be a paragraph.\n';
const seeds = ['a.txt', 'b.txt'].map((name) => ({
  name,
  path: `seeds/${name}`,
  bytes: new TextEncoder().encode(TEXT),
}));
const run = (sources: string | null) =>
  ingestFolder({
    seeds,
    sources: sources === null ? null : { path: 'seeds/sources.yaml', text: sources },
    publishers: [],
    tendencies: [],
  });

describe('two seeds that print the same title', () => {
  it('are refused with a fix that names sources.yaml', () => {
    expect(() => run(null)).toThrow(IngestErrors);
    try {
      run(null);
    } catch (error) {
      expect((error as IngestErrors).errors[0]?.fix).toMatch(/give one of them a title in sources\.yaml/);
    }
  });

  it('are both ingested once sources.yaml gives one a title, and the printed title stays visible', () => {
    const { files } = run(
      'b.txt:\n  title:\n    value: Peru Rises Against the Regime (second statement)\n    basis: verified-elsewhere\n    note: The publisher titles the second statement so on its site.\n',
    );
    expect([...files.keys()].sort()).toEqual([
      'articles/peru-rises-against-the-regime-second-statement.md',
      'articles/peru-rises-against-the-regime.md',
      'ingest-report.json',
    ]);
    const data = splitMarkdown(files.get('articles/peru-rises-against-the-regime-second-statement.md') ?? '')
      .data as Record<string, unknown>;
    expect(data['title']).toBe('Peru Rises Against the Regime (second statement)');
    expect(data['titleBasis']).toBe('devised');
    expect((data['provenance'] as { title: unknown }).title).toEqual({
      basis: 'verified-elsewhere',
      note: 'The publisher titles the second statement so on its site. The text prints the title “Peru Rises Against the Regime” (line 1 of the saved page).',
    });
  });
});
