/** The page's own metadata, each value with its element, in the order of trust. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDay, readPageMetadata } from '../../../../src/ingest/html/read-page-metadata.ts';
import { ROOT } from '../../../helpers/project.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/html', name), 'utf8');

describe('readPageMetadata', () => {
  it('prefers JSON-LD (inside @graph, authors by @id) over every other source', () => {
    const meta = readPageMetadata(fixture('full-page.html'));
    expect(meta.title).toEqual({ value: 'A Test Page for Saved Articles', evidence: 'JSON-LD headline' });
    // The Person named only by @id is found in the graph; citation_author is less trusted.
    expect(meta.authors).toEqual({ value: ['Ana Fixture', 'Ben Sample'], evidence: 'JSON-LD author' });
    // As written in the page's own offset (-05:00), not converted to UTC (which would be the 21st).
    expect(meta.published).toEqual({ value: '2023-01-20', evidence: 'JSON-LD datePublished' });
    expect(meta.modified).toEqual({ value: '2024-03-12', evidence: 'JSON-LD dateModified' });
    expect(meta.siteName).toEqual({ value: 'Example Review', evidence: 'JSON-LD publisher' });
    expect(meta.language).toEqual({ value: 'en', evidence: 'JSON-LD inLanguage' });
    expect(meta.section).toEqual({ value: 'Fixtures', evidence: 'JSON-LD articleSection' });
    expect(meta.canonicalUrl).toEqual({
      value: 'https://example.org/2023/01/test-page',
      evidence: 'JSON-LD mainEntityOfPage',
    });
    expect(meta.headline).toEqual({ value: 'A Test Page for Saved Articles', evidence: '<h1>' });
    expect(meta.printedDate).toMatchObject({ text: '12 March 2024', iso: '2024-03-12' });
  });

  it('without JSON-LD, citation_* tags win over Open Graph', () => {
    const meta = readPageMetadata(fixture('metadata-citation.html'));
    expect(meta.title?.evidence).toBe('citation_title');
    expect(meta.authors).toEqual({ value: ['Carla Citation', 'Diego Citation'], evidence: 'citation_author' });
    expect(meta.published).toEqual({ value: '2023-02-14', evidence: 'citation_publication_date' });
    expect(meta.siteName).toEqual({ value: 'Example Quarterly', evidence: 'citation_publisher' });
    expect(meta.language).toEqual({ value: 'es', evidence: '<html lang>' });
    expect(meta.canonicalUrl).toEqual({ value: 'https://example.org/quarterly/citation-page', evidence: 'og:url' });
  });

  it('then Open Graph and plain meta tags, then <time datetime>', () => {
    const meta = readPageMetadata(fixture('metadata-open-graph.html'));
    expect(meta.title?.evidence).toBe('og:title');
    expect(meta.authors).toEqual({ value: ['Elena Graph'], evidence: 'author' });
    expect(meta.published).toEqual({ value: '2023-03-02', evidence: '<time datetime>' });
    expect(meta.siteName).toEqual({ value: 'Left Voice', evidence: 'og:site_name' });
    expect(meta.section).toEqual({ value: 'World', evidence: 'article:section' });
    expect(meta.description).toEqual({
      value: 'A standfirst that the body does not repeat.',
      evidence: 'og:description',
    });
  });

  it('then the visible headline; the rest stays unknown', () => {
    const meta = readPageMetadata(fixture('metadata-none.html'));
    expect(meta.title).toEqual({ value: 'A Page with a Headline Only', evidence: '<h1>' });
    const { title: _t, headline: _h, unreadable, ...rest } = meta;
    expect(Object.values(rest).every((v) => v === null)).toBe(true);
    expect(unreadable).toEqual([]);
  });

  it('never takes an address for an author (article:author often holds a profile URL)', () => {
    const meta = readPageMetadata(
      '<meta property="article:author" content="https://example.org/people/x"><meta property="og:site_name" content="S">',
    );
    expect(meta.authors).toBeNull();
  });

  it('skips JSON-LD it cannot read, and reports its line', () => {
    const meta = readPageMetadata(
      '<html><head>\n<script type="application/ld+json">{"@type": "NewsArticle", </script>\n<meta property="og:title" content="T"></head></html>',
    );
    expect(meta.unreadable).toEqual([2]);
    expect(meta.title).toEqual({ value: 'T', evidence: 'og:title' });
  });

  it('ignores addresses that are not http(s)', () => {
    const meta = readPageMetadata(
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:x">',
    );
    expect(meta.canonicalUrl).toBeNull();
  });
});

describe('isoDay', () => {
  it.each([
    ['2023-01-20T23:30:00-05:00', '2023-01-20'],
    ['2023/02/14', '2023-02-14'],
    ['2023-02-30', null],
    ['20 January 2023', null],
    [42, null],
  ])('%s → %s', (input, expected) => {
    expect(isoDay(input)).toBe(expected);
  });
});
