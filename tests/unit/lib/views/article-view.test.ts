import { describe, expect, it } from 'vitest';
import { entityNoteId, routes } from '../../../../src/lib/routes/routes.ts';
import type { Topic } from '../../../../src/lib/annotations/annotation-index.ts';
import {
  buildArticleView,
  listCompareCandidates,
  listGlossaryEntries,
} from '../../../../src/lib/views/article-view.ts';
import { loadArticleViews } from '../../../helpers/corpus-views.ts';

const corpus = loadArticleViews();
const site = new URL('https://reader.example/');
const view = (slug: string) => {
  const article = corpus.find((a) => a.entry.id === slug);
  if (!article) throw new Error(`no article ${slug}`);
  return buildArticleView(article, corpus, site);
};
const row = (slug: string, label: string) => view(slug).rows.find((r) => r.label === label);

describe('buildArticleView', () => {
  it('gives each header row its value, basis and link', () => {
    const slug = 'reflections-on-the-peruvian-uprising';
    expect(row(slug, 'Current')).toMatchObject({
      value: 'FT-CI (Trotskyist Fraction – Fourth International)',
      href: routes.tendency('ft-ci'),
    });
    expect(row(slug, 'Published by')).toMatchObject({
      value: 'Left Voice',
      href: routes.tendency('ft-ci', 'left-voice'),
    });
    expect(row(slug, 'Written')).toEqual({
      label: 'Written',
      value: '7 April 2023 · printed in the text',
      evidence: 'Printed in the article’s header, on line 9 of the saved page.',
    });
  });

  it('sums up publisher, current, date of writing and author in one line', () => {
    expect(view('reflections-on-the-peruvian-uprising').attribution).toBe(
      'Left Voice · FT-CI · written 7 Apr 2023 · by Matías Busi',
    );
    expect(view('peru-preliminary-balance-and-lessons-of-an-ongoing-struggle').attribution).toMatch(
      / · written \[15–28 Feb 2023\] · /,
    );
    expect(view('the-peruvian-uprising-massive-protests-demand-the-fall-of-the').attribution).toMatch(
      / · author unknown$/,
    );
  });

  it('says "Unknown" for a missing author, never a name', () => {
    const slug = 'the-peruvian-uprising-massive-protests-demand-the-fall-of-the';
    expect(row(slug, 'Author')?.value).toBe('Unknown');
    expect(view(slug).metaTags.filter((t) => t.name === 'citation_author')).toEqual([]);
  });

  it('shows a printed date beside the date of writing where the two differ', () => {
    expect(row('peru-preliminary-balance-and-lessons-of-an-ongoing-struggle', 'Written')?.value).toBe(
      'between 15 February 2023 and 28 February 2023 · from internal evidence · printed “Tue Jul 23, 2024 / July 23, 2024” (23 July 2024)',
    );
  });

  it('writes Highwire dates with slashes and the permalink from the site address', () => {
    const page = view('protests-in-perus-capital-continue-into-a-fifth-day');
    expect(page.pageUrl).toBe('https://reader.example/articles/protests-in-perus-capital-continue-into-a-fifth-day/');
    expect(page.metaTags).toContainEqual({ name: 'citation_date', content: '2023/01/24' });
    expect(page.metaTags).toContainEqual({ property: 'og:url', content: page.pageUrl });
  });

  it('links the neighbours by date and none beyond the ends', () => {
    const first = view('peru-long-live-the-workers-and-popular-rebellion');
    expect(first.previous).toBeNull();
    expect(first.next?.href).toBe(routes.article('the-peruvian-uprising-massive-protests-demand-the-fall-of-the'));
    expect(view('reflections-on-the-peruvian-uprising').next).toBeNull();
  });

  it("offers the four citation styles and the corpus's three reference-manager files", () => {
    const page = view('reflections-on-the-peruvian-uprising');
    expect(page.citationStyles.map((s) => s.name)).toEqual(['Chicago (note)', 'Chicago (bibliography)', 'APA', 'MLA']);
    expect(page.corpusCiteFiles.map((f) => f.href)).toEqual([
      routes.dataFile('citations.bib'),
      routes.dataFile('citations.ris'),
      routes.dataFile('citations.json'),
    ]);
  });
});

describe('listCompareCandidates', () => {
  it('links the comparison with this article on the left', () => {
    expect(listCompareCandidates('a', [{ id: 'b', title: 'B', label: 'Left Voice, 1 Jan 2023' }])).toEqual([
      { href: routes.compare('a', 'b'), title: 'B', label: 'Left Voice, 1 Jan 2023' },
    ]);
  });
});

describe('listGlossaryEntries', () => {
  const topic = {
    entity: {
      id: 'cgtp',
      kind: 'organisation',
      name: 'CGTP',
      english: 'General Confederation of Workers of Peru',
      definition: 'Peru’s largest trade-union confederation.',
      aliases: [{ form: 'CGTP' }],
    },
    passages: [
      { article: 'a', id: 'p1', n: 1, mentions: [] },
      { article: 'b', id: 'p4', n: 4, mentions: [] },
    ],
    articleCount: 2,
    forms: new Map([
      ['a', new Map([['CGTP', 1]])],
      ['b', new Map([['General Confederation of Workers', 1]])],
    ]),
  } as unknown as Topic;
  it('links the topic, gives the note its id, and names only the forms this article prints', () => {
    expect(listGlossaryEntries([topic], 'a')).toEqual([
      {
        name: 'CGTP',
        english: 'General Confederation of Workers of Peru',
        href: routes.topic('cgtp'),
        noteId: entityNoteId('cgtp'),
        definition: 'Peru’s largest trade-union confederation.',
        count: 'Mentioned in 2 passages in 2 articles; printed here as “CGTP”.',
      },
    ]);
  });
});
