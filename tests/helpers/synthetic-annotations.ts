/**
 * A corpus large enough to need numbered pages, made up in memory for view-model tests: `articles`
 * articles in three currents, `per` passages each. Every passage of three articles in four names
 * the CGTP (a topic, so a coverage row; the fourth is a blind spot) and most print "coup regime" or "Boluarte government" (a framing group), some twice,
 * so that the lists run over several pages and the marks can be counted.
 */
import { resolveAnnotations, type CorpusPassage } from '../../src/lib/annotations/annotation-index.ts';
import { resolveFraming, type ResolvedGroup } from '../../src/lib/annotations/framing.ts';
import type { Annotations } from '../../src/lib/corpus/load-annotations.ts';

/** The currents, in the order of their first article (article i is in CURRENTS[i % 3]). */
export const CURRENTS = [
  { id: 'even', name: 'Even' },
  { id: 'odd', name: 'Odd' },
  { id: 'third', name: 'Third' },
];

function textOf(a: number, i: number): string {
  // Every seventh passage prints no framing term; every fifth prints "coup regime" twice.
  const term = i % 7 === 6 ? 'the cabinet' : i % 2 ? 'the coup regime' : 'the Boluarte government';
  const again = i % 5 === 0 ? ' Down with the coup regime!' : '';
  // Every fourth article never names the CGTP (a blind spot of the coverage row).
  const union = a % 4 === 3 ? 'the union' : 'the CGTP';
  return `Passage ${i + 1} of article ${a}: ${union} called a strike against ${term} in the south.${again}`;
}

/** The corpus as `loadAnnotations()` and `loadFraming()` give it to pages. */
export function makeSyntheticAnnotations(
  articles: number,
  per: number,
): { annotations: Annotations; framing: ResolvedGroup[]; passages: CorpusPassage[] } {
  const passages: CorpusPassage[] = Array.from({ length: articles }, (_, a) =>
    Array.from({ length: per }, (_, i) => ({ article: `a${a}`, id: `p${i + 1}`, n: i + 1, text: textOf(a, i) })),
  ).flat();
  const resolved = resolveAnnotations({
    passages,
    entities: [
      { id: 'cgtp', kind: 'organisation', name: 'CGTP', definition: 'A union confederation.', aliases: ['CGTP'] },
    ],
    events: [],
    claims: [],
  });
  const views = Array.from({ length: articles }, (_, a) => {
    const current = CURRENTS[a % CURRENTS.length] ?? { id: 'even', name: 'Even' };
    return {
      entry: {
        id: `a${a}`,
        data: {
          title: `Article ${a}`,
          date: `2023-01-${String((a % 28) + 1).padStart(2, '0')}`,
          wordCount: per * 20,
        },
      },
      publisher: undefined,
      tendency: { id: current.id, data: { name: current.name } },
    };
  });
  const framing = resolveFraming({
    passages,
    groups: [
      {
        id: 'government',
        title: 'What the government is called',
        note: 'Names for the government that followed Castillo.',
        terms: [
          { id: 'coup-regime', term: 'coup regime', forms: [] },
          { id: 'boluarte-government', term: 'Boluarte government', forms: [] },
        ],
      },
    ],
  });
  return {
    annotations: {
      index: { ...resolved, related: new Map(), alignment: {} },
      alignment: {},
      articles: views as unknown as Annotations['articles'],
      articleById: new Map(views.map((v) => [v.entry.id, v])) as unknown as Annotations['articleById'],
      passages: new Map(passages.map((p) => [`${p.article}#${p.id}`, p])),
      labels: new Map(views.map((v) => [v.entry.id, { label: `Label ${v.entry.id}`, title: v.entry.data.title }])),
    },
    framing,
    passages,
  };
}
