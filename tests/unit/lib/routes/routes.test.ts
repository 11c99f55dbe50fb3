import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  columnPassageId,
  createRoutes,
  chartId,
  statementsId,
  entityNoteId,
  headingId,
  normaliseBase,
  passageId,
  passageKey,
  passageNumber,
  readPassageLink,
  routes,
  timelineEventId,
  writtenId,
} from '../../../../src/lib/routes/routes.ts';

describe('ids', () => {
  it('makes and reads passage ids, and nothing else reads as one', () => {
    expect(passageId(3)).toBe('p3');
    expect(passageNumber('p12')).toBe(12);
    for (const id of ['p0', 'p01', 'h-p2', 'p', 'P3', 'p3a', 'left-p3']) expect(passageNumber(id)).toBeNull();
    for (let n = 1; n <= 300; n++) expect(passageNumber(passageId(n))).toBe(n);
  });
  it('keys passages across the corpus, and keeps heading ids off passage ids', () => {
    expect(passageKey('a-slug', 'p3')).toBe('a-slug#p3');
    expect(headingId('p2')).toBe('h-p2');
    expect(headingId('the-strike')).toBe('the-strike');
    expect(entityNoteId('cgtp')).toBe('note-cgtp');
    expect(columnPassageId('right', 'p7')).toBe('right-p7');
    expect(timelineEventId('juliaca-massacre')).toBe('juliaca-massacre');
    expect(writtenId('a-slug')).toBe('written-a-slug');
    expect(chartId('death-toll')).toBe('chart-death-toll');
    expect(statementsId('death-toll')).toBe('statements-death-toll');
  });
});

describe('routes', () => {
  // Each row: a route, and the path it must give at the root and under a sub-path.
  const table: [string, (r: ReturnType<typeof createRoutes>) => string, string][] = [
    ['home', (r) => r.home(), '/'],
    ['articles', (r) => r.articles(), '/articles/'],
    ['article', (r) => r.article('a-slug'), '/articles/a-slug/'],
    ['passage', (r) => r.passage('a-slug', 'p3'), '/articles/a-slug/#p3'],
    ['highlight', (r) => r.passageHighlight('a', 'p2', 'CGTP strike'), '/articles/a/?highlight=CGTP%20strike#p2'],
    ['citation file', (r) => r.dataFile('citations.bib'), '/data/citations.bib'],
    ['align JSON', (r) => r.alignJson('a'), '/align/a.json'],
    ['compare, none', (r) => r.compare(), '/compare/'],
    ['compare, left', (r) => r.compare('a'), '/compare/?left=a'],
    ['compare, both', (r) => r.compare('a', 'b'), '/compare/?left=a&right=b'],
    ['topics', (r) => r.topics(), '/topics/'],
    ['topics kind', (r) => r.topics('person'), '/topics/#person'],
    ['topic', (r) => r.topic('cgtp'), '/topics/cgtp/'],
    ['topic passages', (r) => r.topicPassages('cgtp', 2), '/topics/cgtp/passages/2/'],
    ['coverage row', (r) => r.coverageRow('events', 'strike', 'current-icfi'), '/coverage/events/strike/#current-icfi'],
    [
      'coverage row passages',
      (r) => r.coverageRowPassages('topics', 'cgtp', 2, 'in-a'),
      '/coverage/topics/cgtp/passages/2/#in-a',
    ],
    ['framing group', (r) => r.framingGroup('deaths'), '/framing/deaths/'],
    [
      'framing term passages',
      (r) => r.framingTermPassages('movement', 'struggle', 1, 'term-struggle-in-icfi'),
      '/framing/movement/struggle/passages/1/#term-struggle-in-icfi',
    ],
    ['tendencies', (r) => r.tendencies(), '/currents/'],
    ['tendency', (r) => r.tendency('ft-ci'), '/currents/ft-ci/'],
    ['publisher', (r) => r.tendency('ft-ci', 'left-voice'), '/currents/ft-ci/#left-voice'],
    ['search', (r) => r.search(), '/search/'],
    ['search query', (r) => r.search('"Constituent Assembly"'), '/search/?q=%22Constituent%20Assembly%22'],
    ['timeline', (r) => r.timeline(), '/timeline/'],
    ['timeline anchor', (r) => r.timeline(writtenId('a')), '/timeline/#written-a'],
    ['disagreements', (r) => r.disagreements('toll'), '/disagreements/#toll'],
    ['data', (r) => r.data(), '/data/'],
    ['data file', (r) => r.dataFile('passages.csv'), '/data/passages.csv'],
    ['annotation page', (r) => r.annotationPage(2), '/data/annotations/2.jsonld'],
    ['about', (r) => r.about('bases'), '/about/#bases'],
    ['search index', (r) => r.searchIndex('t/3.json.gz'), '/search-index/t/3.json.gz'],
    ['asset', (r) => r.asset('favicon.svg'), '/favicon.svg'],
    ['collection', (r) => r.collection(), '/collection/'],
    ['collection link', (r) => r.collection('t=A&p=a:p3'), '/collection/?t=A&p=a:p3'],
    ['collection, empty query', (r) => r.collection(''), '/collection/'],
  ];
  it.each(table)('%s at the root', (_name, route, path) => {
    expect(route(createRoutes('/'))).toBe(path);
  });
  it.each(table)('%s under /reader/', (_name, route, path) => {
    expect(route(createRoutes('/reader'))).toBe(`/reader${path}`);
  });
  it('normalises the base, strips it, and makes absolute URLs', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('reader/')).toBe('/reader/');
    expect(createRoutes('/reader/').strip('/reader/topics/')).toBe('/topics/');
    expect(createRoutes('/reader/').strip('/elsewhere/')).toBeNull();
    expect(absoluteUrl(createRoutes('/reader/').passage('a', 'p1'), 'https://example.org')).toBe(
      'https://example.org/reader/articles/a/#p1',
    );
  });
  it('reads a passage back from a link to it, under the base, with or without a query', () => {
    for (const base of ['/', '/reader/']) {
      const r = createRoutes(base);
      const read = (href: string) => {
        const url = new URL(href, 'https://example.org');
        return readPassageLink(r, url.pathname, url.hash);
      };
      expect(read(r.passage('a-slug', 'p3'))).toEqual({ slug: 'a-slug', id: 'p3', n: 3 });
      expect(read(r.passageHighlight('a-slug', 'p12', 'CGTP strike'))).toEqual({ slug: 'a-slug', id: 'p12', n: 12 });
      expect(read(r.passage('perú-2023', 'p1'))).toEqual({ slug: 'perú-2023', id: 'p1', n: 1 });
      for (const other of [
        r.article('a-slug'),
        `${r.article('a-slug')}#intro`,
        `${r.topic('cgtp')}#p3`,
        r.dataFile('citations.bib'),
      ])
        expect(read(other), other).toBeNull();
    }
    expect(readPassageLink(createRoutes('/reader/'), '/articles/a/', '#p1')).toBeNull();
  });
  it('is bound to the root when no base is configured (unit tests run without one)', () => {
    expect(routes.home()).toBe('/');
  });
});

describe('routes.isArticle', () => {
  it("knows an article page's path by the rule that makes it, and nothing else", () => {
    expect(routes.isArticle(routes.article('a-slug'))).toBe(true);
    expect(routes.isArticle(`${routes.article('a-slug')}index.html`)).toBe(true);
    for (const other of ['/articles/', '/articles/a/b/', '/topics/cgtp/', '/', routes.alignJson('a-slug')])
      expect(routes.isArticle(other)).toBe(false);
    // Under a sub-path, the same rule.
    expect(createRoutes('/reader/').isArticle('/reader/articles/a-slug/')).toBe(true);
    expect(createRoutes('/reader/').isArticle('/articles/a-slug/')).toBe(false);
  });
});
