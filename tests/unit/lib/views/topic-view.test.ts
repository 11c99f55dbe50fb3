import { describe, expect, it } from 'vitest';
import { resolveAnnotations, type CorpusPassage } from '../../../../src/lib/annotations/annotation-index.ts';
import type { Annotations } from '../../../../src/lib/corpus/load-annotations.ts';
import { passageKey, routes } from '../../../../src/lib/routes/routes.ts';
import {
  buildTopicPassages,
  buildTopicSummary,
  isLargeTopic,
  listTopicPages,
} from '../../../../src/lib/views/topic-view.ts';
import { EXCERPTS_PER_PAGE, SUMMARY_PASSAGES } from '../../../../src/lib/views/passage-pages.ts';

/** A corpus of `articles` articles with `per` passages each, every one naming the CGTP, in two currents. */
function makeAnnotations(articles: number, per: number): Annotations {
  const passages: CorpusPassage[] = Array.from({ length: articles }, (_, a) =>
    Array.from({ length: per }, (_, i) => ({
      article: `a${a}`,
      id: `p${i + 1}`,
      n: i + 1,
      text: `Passage ${i + 1} of article ${a}: the ${a % 2 ? 'CGTP' : 'General Confederation'} called a strike in the south.`,
    })),
  ).flat();
  const resolved = resolveAnnotations({
    passages,
    entities: [
      {
        id: 'cgtp',
        kind: 'organisation',
        name: 'CGTP',
        definition: 'A union confederation.',
        aliases: ['CGTP', 'General Confederation'],
      },
    ],
    events: [],
    claims: [],
  });
  const views = Array.from({ length: articles }, (_, a) => ({
    entry: { id: `a${a}`, data: { title: `Article ${a}` } },
    publisher: undefined,
    tendency: { id: a % 2 ? 'odd' : 'even', data: { name: a % 2 ? 'Odd' : 'Even' } },
  }));
  return {
    index: { ...resolved, related: new Map(), alignment: {} },
    alignment: {},
    articles: views as unknown as Annotations['articles'],
    articleById: new Map(views.map((v) => [v.entry.id, v])) as unknown as Annotations['articleById'],
    passages: new Map(passages.map((p) => [`${p.article}#${p.id}`, p])),
    labels: new Map(views.map((v) => [v.entry.id, { label: `Label ${v.entry.id}`, title: v.entry.data.title }])),
  };
}

describe('a large topic: a summary and numbered pages of excerpts', () => {
  // 450 passages: three pages of excerpts (200, 200, 50).
  const annotations = makeAnnotations(15, 30);
  const topic = annotations.index.topics.get('cgtp');
  const total = topic?.passages.length ?? 0;
  const pages = listTopicPages(annotations);

  it('is large, and is cut into pages of at most EXCERPTS_PER_PAGE passages', () => {
    expect(topic && isLargeTopic(topic)).toBe(true);
    expect(pages).toEqual(
      Array.from({ length: Math.ceil(total / EXCERPTS_PER_PAGE) }, (_, i) => ({ id: 'cgtp', page: i + 1 })),
    );
    expect(pages.length).toBeGreaterThan(1);
  });

  it('reaches every passage exactly once, in order of writing, each linked with its mention marked', () => {
    const listed = pages.flatMap(({ page }) =>
      buildTopicPassages(annotations, 'cgtp', page).groups.flatMap((g) =>
        g.passages.map((p) => {
          expect(p.parts.filter((part) => part.mark).map((part) => part.text)).toHaveLength(1);
          return passageKey(g.article, p.id);
        }),
      ),
    );
    expect(listed).toEqual(topic?.passages.map((p) => passageKey(p.article, p.id)));
  });

  it('links each page to its neighbours and the summary to every page', () => {
    const summary = buildTopicSummary(annotations, 'cgtp');
    expect(summary.pages.map((p) => p.href)).toEqual(pages.map(({ page }) => routes.topicPassages('cgtp', page)));
    expect(summary.pages[0]?.label).toBe(`Passages 1–${EXCERPTS_PER_PAGE}`);
    const middle = buildTopicPassages(annotations, 'cgtp', 2);
    expect(middle.previous?.href).toBe(routes.topicPassages('cgtp', 1));
    expect(middle.next?.href).toBe(routes.topicPassages('cgtp', 3));
    expect(buildTopicPassages(annotations, 'cgtp', 1).previous).toBeNull();
    expect(buildTopicPassages(annotations, 'cgtp', pages.length).next).toBeNull();
  });

  it('counts by current, forms included, and shows the first passages in full', () => {
    const summary = buildTopicSummary(annotations, 'cgtp');
    expect(summary.currents.reduce((n, r) => n + r.passages, 0)).toBe(total);
    expect(summary.currents.map((r) => [r.current, r.forms.map((f) => f.form)])).toEqual([
      ['Even', ['General Confederation']],
      ['Odd', ['CGTP']],
    ]);
    const first = summary.first.flatMap((g) => g.passages);
    expect(first).toHaveLength(SUMMARY_PASSAGES);
    expect(first[0]?.parts.map((p) => p.text).join('')).toBe(annotations.passages.get('a0#p1')?.text);
  });
});
