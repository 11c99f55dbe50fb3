/** What a saved page says of itself reaches the article header, each value with its evidence. */
import { describe, expect, it } from 'vitest';
import { listPageMetadataRows } from '../../../../src/lib/views/page-metadata-rows.ts';

describe('listPageMetadataRows', () => {
  it('gives no rows for an article ingested from text', () => {
    expect(listPageMetadataRows(undefined)).toEqual([]);
  });

  it('gives a row, with its evidence, for each value the page states', () => {
    const note = (element: string) => `From the page’s metadata (${element}).`;
    expect(
      listPageMetadataRows({
        siteName: { value: 'Example Review', note: note('og:site_name') },
        language: { value: 'en', note: note('<html lang>') },
        section: null,
        dateModified: { value: '2024-03-12', note: note('JSON-LD dateModified') },
        canonicalUrl: null,
      }),
    ).toEqual([
      { label: 'Site', value: 'Example Review', evidence: note('og:site_name') },
      { label: 'Updated', value: '12 March 2024', evidence: note('JSON-LD dateModified') },
      { label: 'Language', value: 'en', evidence: note('<html lang>') },
    ]);
  });
});
