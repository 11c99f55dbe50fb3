/**
 * Issue #15, items 2 and 6: the framing lexicon's counts, recomputed from content/framing.yaml and
 * the passages with one plain regular expression per form (not the site's combined matcher), and
 * the build's refusal of a term no article prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  buildFramingGroupPage,
  buildFramingTermPassages,
  buildFramingView,
  listFramingTermPages,
} from '../../../../src/lib/views/framing-view.ts';
import { EXCERPTS_PER_PAGE, SUMMARY_PASSAGES } from '../../../../src/lib/views/passage-pages.ts';
import { lexiconTermId, passageKey, routes } from '../../../../src/lib/routes/routes.ts';
import { CURRENTS, makeSyntheticAnnotations } from '../../../helpers/synthetic-annotations.ts';
import { resolveFraming } from '../../../../src/lib/annotations/framing.ts';
import { AnnotationErrors } from '../../../../src/lib/annotations/annotation-index.ts';
import { compileMentions } from '../../../../src/lib/annotations/mentions.ts';
import type { Annotations } from '../../../../src/lib/corpus/load-annotations.ts';
import { FramingGroupSchema, type FramingGroup } from '../../../../src/schemas/framing.ts';
import { loadCorpusPassages } from '../../../helpers/annotations.ts';
import { loadTestAnnotations } from '../../../helpers/test-annotations.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';
import { CONTENT } from '../../../helpers/project.ts';

const passages = loadCorpusPassages();
const annotations: Annotations = loadTestAnnotations();
const committed = loadCommitted();
/** The file as written, read with a plain YAML parser. */
const raw = parseYaml(readFileSync(join(CONTENT, 'framing.yaml'), 'utf8')) as {
  id: string;
  terms: { id: string; term: string; forms?: string[] }[];
}[];
const groups = raw.map((g) => FramingGroupSchema.parse(g));
const resolved = resolveFraming({ passages, groups });
const view = buildFramingView(annotations, resolved);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");

/** The oracle: term → article → occurrences (start offsets) and passages, one regex per form. */
function occurrences(group: (typeof raw)[number]) {
  const found: { term: string; article: string; id: string; start: number; end: number }[] = [];
  for (const p of passages)
    for (const term of group.terms)
      for (const form of [term.term, ...(term.forms ?? [])])
        for (const m of p.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'giu')))
          found.push({ term: term.id, article: p.article, id: p.id, start: m.index, end: m.index + m[0].length });
  // Inside a group occurrences never overlap: the first to start wins, and of two starting together the longer
  // ("bureaucratic leadership of the CGTP" is "bureaucratic leadership", not also "leadership of the CGTP").
  const kept: typeof found = [];
  const ordered = [...found].sort(
    (a, b) => a.article.localeCompare(b.article) || a.id.localeCompare(b.id) || a.start - b.start || b.end - a.end,
  );
  for (const o of ordered) {
    const last = kept.at(-1);
    if (last && last.article === o.article && last.id === o.id && o.start < last.end) continue;
    kept.push(o);
  }
  return kept;
}

describe('the framing lexicon', () => {
  it('has every group of content/framing.yaml, in the file’s order, with its terms', () => {
    expect(view.groups.map((g) => g.id)).toEqual(raw.map((g) => g.id));
    view.groups.forEach((g, i) => expect(g.rows.map((r) => r.id)).toEqual(raw[i]?.terms.map((t) => t.id)));
  });

  it('counts each term by current as one regular expression per form finds it, with the rate per 1,000 words', () => {
    let nonZero = 0;
    view.groups.forEach((g, i) => {
      const found = occurrences(raw[i] as (typeof raw)[number]);
      for (const row of g.rows)
        view.currents.forEach((current, j) => {
          const inCurrent = found.filter(
            (o) => o.term === row.id && committed.find((a) => a.slug === o.article)?.data.tendency === current.id,
          );
          const words = committed
            .filter((a) => a.data.tendency === current.id)
            .reduce((n, a) => n + a.data.wordCount, 0);
          const cell = row.cells[j];
          expect(cell?.count, `${g.id}/${row.id} in ${String(current.id)}`).toBe(inCurrent.length);
          expect(cell?.passages).toBe(new Set(inCurrent.map((o) => `${o.article}#${o.id}`)).size);
          expect(Number(cell?.rate)).toBeCloseTo((inCurrent.length / words) * 1000, 1);
          expect(cell?.href === null).toBe(inCurrent.length === 0);
          if (inCurrent.length > 0) nonZero += 1;
        });
    });
    expect(nonZero).toBeGreaterThan(20);
  });

  it('prints every term somewhere (the file holds no word the articles do not use)', () => {
    for (const g of raw) {
      const found = occurrences(g);
      for (const t of g.terms)
        expect(
          found.some((o) => o.term === t.id),
          `${g.id}/${t.id}`,
        ).toBe(true);
    }
  });

  it('compares "coup regime" with "Boluarte government" by current, as the issue asks', () => {
    const government = view.groups.find((g) => g.id === 'government');
    const counts = (term: string) =>
      Object.fromEntries(
        view.currents.map((c, j) => [c.id, government?.rows.find((r) => r.id === term)?.cells[j]?.count]),
      );
    // Read in the texts: only the WSWS prints "coup regime" (in "the Boluarte coup regime"); the
    // LIT-CI (three times) and the FT-CI's January article (twice) and the WSWS (once) print "Boluarte government".
    expect(counts('coup-regime')).toEqual({ 'lit-ci': 0, 'ft-ci': 0, icfi: 1 });
    expect(counts('boluarte-government')).toEqual({ 'lit-ci': 3, 'ft-ci': 3, icfi: 1 });
  });

  it('lists every passage behind a count, the term marked, on the group’s page or the term’s numbered pages', () => {
    const termPages = listFramingTermPages(resolved);
    let large = 0;
    for (const g of view.groups) {
      const page = buildFramingGroupPage(annotations, resolved, g.id);
      for (const [k, term] of page.terms.entries()) {
        const row = g.rows[k];
        // Where the passages are listed: the group's page, or (a frequent term) its numbered pages.
        const listing = term.large
          ? termPages
              .filter((p) => p.group === g.id && p.term === term.id)
              .map((p) => ({
                href: routes.framingTermPassages(g.id, term.id, p.page),
                currents: buildFramingTermPassages(annotations, resolved, g.id, term.id, p.page).currents,
              }))
          : [{ href: routes.framingGroup(g.id), currents: term.currents }];
        if (term.large) large += 1;
        const forms = [term.term, ...term.forms].map((f) => f.toLowerCase().replace(/’/g, "'"));
        view.currents.forEach((current, j) => {
          const cell = row?.cells[j];
          const anchor = lexiconTermId(term.id, current.id ?? 'unknown');
          const passages = listing.flatMap((l) =>
            l.currents.filter((c) => c.anchor === anchor).flatMap((c) => c.articles.flatMap((a) => a.passages)),
          );
          expect(passages.length, `${g.id}/${term.id} in ${String(current.id)}`).toBe(cell?.passages);
          expect(new Set(passages.map((p) => p.key)).size).toBe(passages.length);
          const marked = passages.flatMap((p) => p.parts.filter((part) => part.mark));
          for (const p of passages) expect(p.parts.some((part) => part.mark)).toBe(true);
          for (const part of marked) expect(forms).toContain(part.text.toLowerCase().replace(/’/g, "'"));
          // In full, every occurrence is marked; an excerpt marks those around the first.
          if (!term.large) expect(marked.length, `${g.id}/${term.id}`).toBe(cell?.count);
          if ((cell?.count ?? 0) > 0) {
            const first = listing.find((l) => l.currents.some((c) => c.anchor === anchor));
            expect(cell?.href).toBe(`${first?.href ?? '?'}#${anchor}`);
          }
        });
      }
    }
    // The five articles print one term in more passages than a page lists in full ("struggle", 40 passages).
    expect(large).toBeGreaterThan(0);
  });
});

describe('a term printed too often for its group’s page', () => {
  // 40 articles of 12 passages: "coup regime" in 8 passages of each, 320 in all: two numbered pages.
  const synthetic = makeSyntheticAnnotations(40, 12);
  const articleIds = synthetic.annotations.articles.map((a) => a.entry.id);
  const currentOf = (article: string) => synthetic.annotations.articleById.get(article)?.tendency?.id ?? '';
  const currentOrder = [...new Set(articleIds.map(currentOf))];
  /** The oracle: passages printing the term, by one plain regular expression, in the order every page follows. */
  const printing = synthetic.passages
    .filter((p) => /(?<![\p{L}])coup regime(?![\p{L}])/iu.test(p.text))
    .sort(
      (a, b) =>
        currentOrder.indexOf(currentOf(a.article)) - currentOrder.indexOf(currentOf(b.article)) ||
        articleIds.indexOf(a.article) - articleIds.indexOf(b.article) ||
        a.n - b.n,
    );
  const pages = listFramingTermPages(synthetic.framing).filter((p) => p.term === 'coup-regime');
  const built = pages.map((p) =>
    buildFramingTermPassages(synthetic.annotations, synthetic.framing, 'government', 'coup-regime', p.page),
  );

  it('reaches every passage exactly once across its pages, in one stable order, each page within the bound', () => {
    expect(pages.length).toBe(Math.ceil(printing.length / EXCERPTS_PER_PAGE));
    expect(pages.length).toBeGreaterThan(1);
    const listed = built.flatMap((v) =>
      v.currents.flatMap((c) => c.articles.flatMap((a) => a.passages.map((p) => p.key))),
    );
    expect(listed).toEqual(printing.map((p) => passageKey(p.article, p.id)));
    for (const v of built) expect(v.currents.reduce((n, c) => n + c.count, 0)).toBeLessThanOrEqual(EXCERPTS_PER_PAGE);
  });

  it('marks every time the excerpt prints the term', () => {
    for (const v of built)
      for (const c of v.currents)
        for (const a of c.articles)
          for (const p of a.passages) {
            const text = synthetic.annotations.passages.get(p.key)?.text ?? '';
            const marked = p.parts.filter((part) => part.mark).map((part) => part.text.toLowerCase());
            expect(marked).toEqual(Array.from(text.matchAll(/coup regime/gi), () => 'coup regime'));
          }
  });

  it('lands each count of the lexicon on the page and heading where that current’s passages begin', () => {
    const groupView = buildFramingView(synthetic.annotations, synthetic.framing).groups[0];
    const row = groupView?.rows.find((r) => r.id === 'coup-regime');
    CURRENTS.forEach((current, j) => {
      const href = row?.cells[j]?.href ?? '';
      const page = Number(/passages\/(\d+)\//.exec(href)?.[1]);
      const anchor = href.split('#')[1];
      const section = built[page - 1]?.currents.find((c) => c.anchor === anchor);
      expect(anchor).toBe(lexiconTermId('coup-regime', current.id));
      expect(section?.continued).toBe(false);
      const first = printing.find((p) => currentOf(p.article) === current.id);
      expect(section?.articles[0]?.passages[0]?.key).toBe(first && passageKey(first.article, first.id));
    });
  });

  it('shows on the group’s page the first passages of each current, and links to every numbered page', () => {
    const term = buildFramingGroupPage(synthetic.annotations, synthetic.framing, 'government').terms[0];
    expect(term?.large).toBe(true);
    expect(term?.pages.map((p) => p.href)).toEqual(
      pages.map((p) => routes.framingTermPassages('government', 'coup-regime', p.page)),
    );
    const shown = term?.currents.reduce((n, c) => n + c.count, 0) ?? 0;
    expect(shown).toBeLessThanOrEqual(SUMMARY_PASSAGES + CURRENTS.length);
    // Each current's "all passages" link goes where its count in the lexicon goes.
    const cells = buildFramingView(synthetic.annotations, synthetic.framing).groups[0]?.rows[0]?.cells ?? [];
    expect(term?.currents.map((c) => c.more?.href)).toEqual(cells.map((cell) => cell.href));
  });
});

describe('matching terms', () => {
  const matcher = compileMentions([{ id: 'b', aliases: ['Boluarte’s government', 'coup regime'] }], {
    ignoreCase: true,
  });
  it('ignores case, treats straight and curly apostrophes alike, and takes whole words only', () => {
    expect(matcher.find("Boluarte's Government and the COUP REGIME").map((m) => m.text)).toEqual([
      "Boluarte's Government",
      'COUP REGIME',
    ]);
    expect(matcher.find('coup regimes')).toEqual([]);
  });
  it('stays case-sensitive for the entities', () => {
    expect(compileMentions([{ id: 'c', aliases: ['CGTP'] }]).find('cgtp')).toEqual([]);
  });
});

describe('a term no article prints stops the build', () => {
  const government = groups[0] as FramingGroup;
  it('names the file, the group, the form and the fix, for every such form at once', () => {
    const broken: FramingGroup[] = [
      {
        ...government,
        terms: [...government.terms, { id: 'junta', term: 'junta', forms: ['civic-military dictatorship'] }],
      },
    ];
    let error: unknown = null;
    try {
      resolveFraming({ passages, groups: broken });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AnnotationErrors);
    expect((error as AnnotationErrors).problems).toEqual([
      'framing.yaml: government: the form "junta" of "junta" occurs in no article body (or always inside a longer form of the group): remove it or copy it exactly from an article.',
      'framing.yaml: government: the form "civic-military dictatorship" of "junta" occurs in no article body (or always inside a longer form of the group): remove it or copy it exactly from an article.',
    ]);
  });
  it('refuses a form listed for two terms, and a term id used twice', () => {
    const terms = (a: string, b: string) => [
      { id: a, term: 'coup regime', forms: [] },
      { id: b, term: 'Coup Regime', forms: [] },
    ];
    expect(() => resolveFraming({ passages, groups: [{ ...government, terms: terms('a', 'b') }] })).toThrow(
      'framing.yaml: government: "Coup Regime" is listed for both a and b: keep it in one.',
    );
    expect(() => resolveFraming({ passages, groups: [{ ...government, terms: terms('a', 'a') }] })).toThrow(
      'framing.yaml: government: the term id "a" is used twice: give each term its own id.',
    );
  });
});
