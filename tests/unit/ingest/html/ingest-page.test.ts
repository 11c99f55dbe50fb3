/** A saved page becomes an article: its metadata with basis and evidence, sources.yaml overriding, the catalogue consulted by name only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../src/ingest/errors.ts';
import { ingestPage } from '../../../../src/ingest/html/ingest-page.ts';
import { loadYamlList } from '../../../../src/ingest/load-catalog.ts';
import { listBodyPassages } from '../../../../src/lib/passages/body.ts';
import { PublisherListSchema } from '../../../../src/schemas/catalog.ts';
import type { SourceEntry } from '../../../../src/schemas/sources.ts';
import { splitMarkdown } from '../../../helpers/corpus.ts';
import { ROOT } from '../../../helpers/project.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/html', name), 'utf8');
const publishersPath = join(ROOT, 'content/publishers.yaml');
const publishers = loadYamlList(publishersPath, readFileSync(publishersPath, 'utf8'), PublisherListSchema);
const ingest = (html: string, source?: SourceEntry) =>
  ingestPage({ file: 'page.html', html, sha256: '0'.repeat(64), source, publishers });

describe('ingestPage on the full fixture page', () => {
  const result = ingest(fixture('full-page.html'));
  const { data } = result;

  it('takes every field from the page’s metadata, each with the element it came from', () => {
    expect(data).toMatchObject({
      title: 'A Test Page for Saved Articles',
      titleBasis: 'printed',
      kicker: 'Fixtures',
      dek: 'How a saved page is read: its metadata, its body, and what is taken out.',
      authors: [{ name: 'Ana Fixture' }, { name: 'Ben Sample' }],
      date: '2023-01-20',
      dateBasis: 'page-metadata',
      sourceUrl: 'https://example.org/2023/01/test-page',
    });
    expect(data.provenance.title).toEqual({
      basis: 'page-metadata',
      note: 'From the page’s metadata (JSON-LD headline).',
    });
    expect(data.provenance.authors).toEqual({
      basis: 'page-metadata',
      note: 'From the page’s metadata (JSON-LD author).',
    });
    expect(data.provenance.sourceUrl.note).toBe('From the page’s metadata (JSON-LD mainEntityOfPage).');
    expect(data.page).toEqual({
      siteName: { value: 'Example Review', note: 'From the page’s metadata (JSON-LD publisher).' },
      language: { value: 'en', note: 'From the page’s metadata (JSON-LD inLanguage).' },
      section: { value: 'Fixtures', note: 'From the page’s metadata (JSON-LD articleSection).' },
      dateModified: { value: '2024-03-12', note: 'From the page’s metadata (JSON-LD dateModified).' },
      canonicalUrl: {
        value: 'https://example.org/2023/01/test-page',
        note: 'From the page’s metadata (JSON-LD mainEntityOfPage).',
      },
    });
  });

  it('keeps a printed date that disagrees with the metadata beside it, and says so', () => {
    expect(data).toMatchObject({ datePrinted: '12 March 2024', datePrintedIso: '2024-03-12' });
    const line =
      fixture('full-page.html')
        .split('\n')
        .findIndex((l) => l.includes('<time')) + 1;
    expect(data.dateNote).toBe(
      `From the page’s metadata (JSON-LD datePublished). The page prints “12 March 2024” (line ${line} of the saved page), a different day.`,
    );
    expect(result.warnings).toContain(
      "page.html: the page's metadata dates it 2023-01-20 (JSON-LD datePublished) but it prints 2024-03-12; both are kept, the metadata's as the date",
    );
  });

  it('never guesses the publisher or current: the site is not in the catalogue', () => {
    expect(data.publisher).toBeNull();
    expect(data.tendency).toBeNull();
    expect(data.provenance.publisher).toEqual({
      basis: 'unknown',
      note: 'The page names its site “Example Review” (JSON-LD publisher), which is not in the catalogue of publishers.',
    });
  });

  it('writes passages as the text pipeline does, and lists what it took out', () => {
    const { body } = splitMarkdown(result.markdown);
    const passages = listBodyPassages(body);
    expect(data.passageCount).toBe(passages.length);
    expect(passages.filter((p) => p.kind === 'quote').map((p) => p.text)).toEqual([
      'These are the quoted words of the block quote, which must stay a block quote in the generated article, so that its passage is marked as a quotation.',
    ]);
    expect(passages.find((p) => p.text.startsWith('The paragraph after the heading'))?.heading).toBe(
      'A heading inside the body',
    );
    expect(body).not.toMatch(/script words|alert|javascript:|onclick|Subscribe|Sign up|Example Review home|Privacy/);
    expect(result.removed.map((r) => [r.text, r.action])).toEqual([
      // The article's header on the page (byline and date): listed, its facts read from the metadata.
      ['By Ana Fixture and Ben Sample · 12 March 2024', 'furniture'],
      ['https://example.org/elsewhere', 'furniture'],
      ['A crowd fills a square at dusk', 'furniture'],
      ["The caption of the only photograph, which becomes the article's photo caption.", 'frontmatter'],
    ]);
    expect(data.photo).toEqual({
      credit: null,
      caption: "The caption of the only photograph, which becomes the article's photo caption.",
    });
  });
});

describe('sources.yaml overrides the page, with its own basis', () => {
  const source: SourceEntry = {
    title: { value: 'An Editors’ Title', basis: 'devised', note: 'Devised by the editors.' },
    authors: { value: ['Known Elsewhere'], basis: 'verified-elsewhere', note: 'Checked elsewhere.' },
    publisher: { value: 'wsws', basis: 'verified-elsewhere', note: 'Found at wsws.org.' },
    sourceUrl: { value: 'https://www.wsws.org/x', basis: 'verified-elsewhere', note: 'Found there.' },
    date: { value: '2023-01-19', basis: 'internal-evidence', note: 'Reports the 19 January march.' },
  };
  const { data } = ingest(fixture('full-page.html'), source);

  it('for every field it gives, keeping the page’s own value in the note', () => {
    expect(data).toMatchObject({
      title: 'An Editors’ Title',
      titleBasis: 'devised',
      authors: [{ name: 'Known Elsewhere' }],
      publisher: 'wsws',
      tendency: 'icfi',
      sourceUrl: 'https://www.wsws.org/x',
      date: '2023-01-19',
      dateBasis: 'internal-evidence',
      datePrinted: '12 March 2024',
    });
    expect(data.provenance.title.note).toBe(
      'Devised by the editors. The page gives the title “A Test Page for Saved Articles” (JSON-LD headline).',
    );
    expect(data.page?.canonicalUrl?.value).toBe('https://example.org/2023/01/test-page');
  });
});

describe('the catalogue is consulted by the site’s name, never its address', () => {
  it('a site name the catalogue spells the same way gives the publisher and its current', () => {
    const { data } = ingest(fixture('metadata-open-graph.html'));
    expect(data).toMatchObject({ publisher: 'left-voice', tendency: 'ft-ci', dateBasis: 'page-metadata' });
    expect(data.provenance.publisher).toEqual({
      basis: 'page-metadata',
      note: 'The page names its site “Left Voice” (og:site_name), the catalogue’s Left Voice.',
    });
    expect(data.provenance.tendency.basis).toBe('page-metadata');
    expect(data.dek).toBe('A standfirst that the body does not repeat.');
    expect(data.kicker).toBe('World');
  });

  it('takes no standfirst from a description that only repeats the start of the body', () => {
    const html = fixture('metadata-open-graph.html').replace(
      'A standfirst that the body does not repeat.',
      'This hand-made page has Open Graph tags and a time element, nothing…',
    );
    expect(ingest(html).data.dek).toBeNull();
  });

  it('an address on a catalogued domain, with no site name, gives no publisher', () => {
    const html = fixture('metadata-open-graph.html').replace(/<meta property="og:site_name"[^>]*>/, '');
    expect(html).toContain('https://www.leftvoice.org/');
    const { data } = ingest(html);
    expect(data.publisher).toBeNull();
    expect(data.provenance.publisher.basis).toBe('unknown');
    expect(data.sourceUrl).toBe('https://www.leftvoice.org/open-graph-page');
  });
});

describe('a page with no metadata', () => {
  const { data, warnings } = ingest(fixture('metadata-none.html'));

  it('takes its title from the visible headline, as printed text, and leaves the rest unknown', () => {
    expect(data).toMatchObject({
      title: 'A Page with a Headline Only',
      titleBasis: 'printed',
      date: null,
      authors: [],
    });
    expect(data.provenance.title).toEqual({ basis: 'in-text', note: 'Printed as the page’s headline (its <h1>).' });
    expect(data.dateBasis).toBe('unknown');
    expect(data.provenance.authors).toEqual({
      basis: 'unknown',
      note: 'The page names no author, in its metadata or its text.',
    });
    expect(data.page).toEqual({
      siteName: null,
      language: null,
      section: null,
      dateModified: null,
      canonicalUrl: null,
    });
    expect(warnings).toContain('page.html: no date in the text or in sources.yaml');
  });

  it('quotes a visible byline the metadata does not confirm, without taking it as a name', () => {
    const html = fixture('metadata-none.html').replace('<h1>', '<p class="byline">By Someone Visible, Lima</p>\n<h1>');
    const { data: withByline } = ingest(html);
    expect(withByline.authors).toEqual([]);
    expect(withByline.provenance.authors.note).toMatch(
      /^The page’s metadata names no author; its byline reads “By Someone Visible, Lima”\.$/,
    );
  });
});

describe('warnings', () => {
  it('a replacement character in the article’s text, which the site wrote', () => {
    const html = fixture('metadata-none.html').replace('no metadata at all', 'no metadata at \uFFFD');
    expect(
      ingest(html).warnings.some((w) => w.startsWith("page.html: the article's text holds the replacement character")),
    ).toBe(true);
    expect(ingest(fixture('metadata-none.html')).warnings.some((w) => w.includes('replacement character'))).toBe(false);
  });

  it('a JSON-LD block that is not JSON, by its line', () => {
    const html = fixture('metadata-none.html').replace(
      '<head>',
      '<head>\n<script type="application/ld+json">{ nope</script>',
    );
    expect(ingest(html).warnings).toContain(
      "page.html:4: a JSON-LD block is not valid JSON and was not read; the page's other metadata was used",
    );
  });
});

describe('refusals', () => {
  const refusal = (html: string) => {
    try {
      ingest(html);
    } catch (error) {
      if (error instanceof IngestError) return error.message;
      throw error;
    }
    throw new Error('not refused');
  };

  it.each([
    ['a home page (a list of links)', 'home-page.html'],
    ['a page whose only text is in <script> and JSON', 'script-only.html'],
  ])('%s: no article body found', (_name, file) => {
    expect(refusal(fixture(file))).toMatch(/^page\.html: no article body found in page\.html: /);
  });

  it('markup 100,000 levels deep', () => {
    const deep = `<p>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</p>`;
    expect(refusal(deep)).toMatch(/^page\.html:1: the markup nests elements more than 512 deep/);
  });
});

describe('ingestPage on pages built to overflow a tree walk', () => {
  const page = (body: string, head = '') =>
    `<!doctype html><html><head><title>A page</title>${head}</head><body><article><h1>A page</h1>${'<p>An ordinary paragraph of running text, long enough to be an article body in its own right.</p>'.repeat(4)}${body}</article></body></html>`;

  it('refuses unclosed formatting tags a parser reopens thousands deep, naming the file and the fix, with no trace', () => {
    // Flat to the tokenizer's count, 3,000 deep in the tree an HTML5 parser builds.
    const html = page(Array.from({ length: 3000 }, (_, i) => `<b><i id=n${i}></b>`).join(''));
    expect(() => ingest(html)).toThrow(IngestError);
    expect(() => ingest(html)).toThrow(
      /^page\.html(:\d+)?: the markup builds elements more than 512 deep.*\n {2}fix: this is not an article page/s,
    );
  });

  it('reads a JSON-LD @graph nested 50,000 deep without overflowing, taking what it can', () => {
    let graph = '{"@type":"NewsArticle","headline":"Deep graph"}';
    for (let i = 0; i < 50_000; i++) graph = `{"@graph":[${graph}]}`;
    const html = page('', `<script type="application/ld+json">${graph}</script>`);
    expect(() => ingest(html)).not.toThrow();
  });
});
