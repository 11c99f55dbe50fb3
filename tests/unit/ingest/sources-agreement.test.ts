/**
 * The generated frontmatter agrees with ../shared/SOURCES.md field by field, with each basis.
 * Expected values are pinned from SOURCES.md (the team's checked facts), not from our output.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../../src/schemas/article.ts';
import { loadCommitted } from '../../helpers/corpus.ts';

type Expect = {
  title: string;
  titleBasis: ArticleData['titleBasis'];
  authors: string[];
  authorsBasis: string;
  translators: string[];
  publisher: string;
  tendency: string;
  sourceUrl: string | null;
  date: string;
  dateBasis: string;
  datePrinted?: string;
};

const EXPECTED: Record<string, Expect> = {
  '000_d09afa9223cb6bc8.txt': {
    title: 'Peru: Preliminary Balance and Lessons of an Ongoing Struggle',
    titleBasis: 'printed',
    authors: ['PST-Peru'],
    authorsBasis: 'in-text',
    translators: ['John Prieto'],
    publisher: 'lit-ci',
    tendency: 'lit-ci',
    sourceUrl: 'https://litci.org/en/peru-preliminary-balance-and-lessons-of-an-ongoing-struggle/',
    date: '2023-02-15', // mid-to-late February 2023 (internal evidence), not the printed re-dating
    dateBasis: 'internal-evidence',
    datePrinted: 'Tue Jul 23, 2024 / July 23, 2024',
  },
  '001_7cc8f5b0f7d5b454.txt': {
    title: 'Reflections on the Peruvian Uprising',
    titleBasis: 'printed',
    authors: ['Matías Busi'],
    authorsBasis: 'in-text',
    translators: ['Molly Rosenzweig'],
    publisher: 'left-voice',
    tendency: 'ft-ci',
    sourceUrl: null, // unknown in SOURCES.md
    date: '2023-04-07',
    dateBasis: 'in-text',
    datePrinted: 'April 7, 2023',
  },
  '002_64d6a0a2b44dff9e.txt': {
    title: 'The Peruvian Uprising: Massive Protests Demand the Fall of the Coup Regime and a Constituent Assembly',
    titleBasis: 'printed',
    authors: [], // no byline
    authorsBasis: 'unknown',
    translators: [],
    publisher: 'left-voice',
    tendency: 'ft-ci',
    sourceUrl:
      'https://www.leftvoice.org/the-peruvian-uprising-protesters-demand-the-fall-of-the-entire-coup-regime-and-a-constituent-assembly/',
    date: '2023-01-20', // between 20 and 23 January 2023
    dateBasis: 'internal-evidence',
  },
  '003_55404ef00ccdffde.txt': {
    title: '[Protests in Peru’s capital continue into a fifth day]',
    titleBasis: 'devised',
    authors: ['Andrea Lobo'],
    authorsBasis: 'verified-elsewhere',
    translators: [],
    publisher: 'wsws',
    tendency: 'icfi',
    sourceUrl: 'https://www.wsws.org/en/articles/2023/01/24/qlbs-j24.html',
    date: '2023-01-24',
    dateBasis: 'source-url',
  },
  '004_8eae7efb85e4019e.txt': {
    title: 'Peru: Long live the workers’ and popular rebellion!',
    titleBasis: 'printed',
    authors: ['PST-Peru'],
    authorsBasis: 'verified-elsewhere',
    translators: [],
    publisher: 'workers-voice',
    tendency: 'lit-ci',
    sourceUrl: 'https://workersvoiceus.org/2022/12/17/peru-long-live-the-workers-and-popular-rebellion/',
    date: '2022-12-17',
    dateBasis: 'source-url',
  },
};

describe.each(loadCommitted().map((a) => [a.data.seed.file, a.data] as const))('%s', (seed, data) => {
  const want = EXPECTED[seed] as Expect;
  it('agrees with SOURCES.md on title, people, publisher, current, URL and date, with bases', () => {
    expect(data.title).toBe(want.title);
    expect(data.titleBasis).toBe(want.titleBasis);
    expect(data.authors.map((a) => a.name)).toEqual(want.authors);
    expect(data.provenance.authors.basis).toBe(want.authorsBasis);
    expect(data.translators.map((t) => t.name)).toEqual(want.translators);
    expect(data.publisher).toBe(want.publisher);
    expect(data.tendency).toBe(want.tendency);
    expect(data.sourceUrl).toBe(want.sourceUrl);
    expect(data.provenance.sourceUrl.basis).toBe(want.sourceUrl === null ? 'unknown' : 'verified-elsewhere');
    expect(data.date).toBe(want.date);
    expect(data.dateBasis).toBe(want.dateBasis);
    expect(data.datePrinted).toBe(want.datePrinted ?? null);
    expect(data.dateNote.length).toBeGreaterThan(10);
  });
});

describe('text-only metadata', () => {
  const byFile = new Map(loadCommitted().map((a) => [a.data.seed.file, a.data]));
  it('reads deks, photo credits and original-publication notes from the text', () => {
    expect(byFile.get('001_7cc8f5b0f7d5b454.txt')?.dek).toBe(
      'A comrade from Argentina shares their experience of the Peruvian Uprising',
    );
    expect(byFile.get('001_7cc8f5b0f7d5b454.txt')?.photo?.credit).toBe('Alessandro Cinque/Reuters');
    expect(byFile.get('001_7cc8f5b0f7d5b454.txt')?.original).toMatchObject({
      outlet: 'La Izquierda Diario',
      language: 'Spanish',
      datePrinted: 'March 26',
    });
    expect(byFile.get('002_64d6a0a2b44dff9e.txt')?.photo).toEqual({
      caption: 'Protesters participate in a national strike on January 19 in Lima, Peru.',
      credit: 'EFE/ Paolo Aguilar',
    });
    expect(byFile.get('002_64d6a0a2b44dff9e.txt')?.original).toMatchObject({
      outlet: 'La Izquierda Diario',
      language: 'Spanish',
      datePrinted: 'January 19',
    });
    expect(byFile.get('002_64d6a0a2b44dff9e.txt')?.related).toHaveLength(4);
    expect(byFile.get('004_8eae7efb85e4019e.txt')?.dek).toBe(
      'Out with Boluarte and the corrupt Congress! Calling for a Workers’ and Popular National Strike!',
    );
    expect(byFile.get('003_55404ef00ccdffde.txt')?.dek).toBeNull();
  });
});
