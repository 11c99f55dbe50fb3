/**
 * The annotations as rendered, against the committed corpus. Expectations are computed from the
 * article bodies and the YAML, never pinned, so they follow the data.
 */
import { rehype } from 'rehype';
import { toString as hastToString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { decorateArticle } from '../../../../src/lib/annotations/annotate-hast.ts';
import { searchNames } from '../../../../src/lib/corpus/search-input.ts';
import { buildAnnotationIndex } from '../../../../src/lib/annotations/annotation-index.ts';
import { renderBody } from '../../../../src/lib/render/render-body.ts';
import { passageKey, passageNumber, routes } from '../../../../src/lib/routes/routes.ts';
import { STRONG_MATCH_SCORE } from '../../../../src/lib/compare/compare-state.ts';
import { listAliases, listOccurrences, loadCorpusPassages, loadCurated } from '../../../helpers/annotations.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

const curated = loadCurated();
const passages = loadCorpusPassages();
const index = buildAnnotationIndex({ passages, ...curated });
const allAliases = listAliases(curated.entities);
const occurrences = (text: string) => listOccurrences(text, allAliases);

describe('rendered articles', () => {
  const labels = new Map(loadCommitted().map((a) => [a.slug, { label: a.slug, title: a.data.title }]));
  for (const article of loadCommitted()) {
    const html = renderBody(article.body, {
      decorate: decorateArticle(index, article.slug, labels),
    }).html;
    const tree = rehype().data('settings', { fragment: true }).parse(html);
    const own = passages.filter((p) => p.article === article.slug);

    it(`${article.slug}: links every occurrence of every form, and keeps the text`, () => {
      for (const passage of own) {
        const p = selectAll(`#${passage.id} > p`, tree)[0];
        expect(p, passage.id).toBeDefined();
        if (!p) continue;
        // The visible text is the passage's text: hidden search names aside, nothing added or lost.
        for (const hidden of selectAll('[hidden]', p)) hidden.children = [];
        expect(hastToString(p), passage.id).toBe(passage.text);
        const links = selectAll('a.mention', p).map((a) => `${String(a.properties['href'])}:${hastToString(a)}`);
        const wanted = occurrences(passage.text).map(
          (o) => `${routes.topic(o.entity)}:${passage.text.slice(o.start, o.end)}`,
        );
        expect(links, passage.id).toEqual(wanted);
      }
    });

    it(`${article.slug}: lists each passage's related passages as links with the strength of the match`, () => {
      let listed = 0;
      for (const passage of own) {
        const related = index.related.get(passageKey(article.slug, passage.id)) ?? [];
        const items = selectAll(`#${passage.id} .related li`, tree);
        // Expected from the index's scores and the compare view's threshold, not from the markup.
        expect(
          items.map((li) => {
            const link = selectAll('a', li)[0];
            return `${String(link?.properties['href'])} ${hastToString(li)}`;
          }),
          passage.id,
        ).toEqual(
          related.map(
            (r) =>
              `${routes.passage(r.article, r.id)} ${r.article}, ¶${String(passageNumber(r.id))} (${
                r.score >= STRONG_MATCH_SCORE ? 'strong' : 'weak'
              } match)`,
          ),
        );
        listed += related.length;
      }
      // Not vacuous: the corpus's articles relate.
      expect(listed).toBeGreaterThan(0);
    });

    it(`${article.slug}: marks every misspelt mention [sic] and prints a note beside it`, () => {
      for (const passage of own) {
        // Expected from entities.yaml (the forms marked sic) found in the committed text, not from the output.
        const misspelt = occurrences(passage.text)
          .filter((o) => o.sic)
          .map((o) => passage.text.slice(o.start, o.end));
        const marked = selectAll(`#${passage.id} a.mention.sic`, tree).map((a) => hastToString(a));
        expect(marked, passage.id).toEqual(misspelt);
        const notes = selectAll(`#${passage.id} .note-sic`, tree).map((n) => hastToString(n));
        for (const form of misspelt)
          expect(
            notes.some((n) => n.includes(`“${form}”`)),
            `${passage.id} ${form}`,
          ).toBe(true);
      }
    });
  }

  it('finds the misspellings entities.yaml marks in the committed bodies', () => {
    // Guards the test above against passing vacuously: every sic form is printed somewhere.
    const sicForms = allAliases.filter((a) => a.sic).map((a) => a.text);
    expect(sicForms.length).toBeGreaterThan(0);
    const printed = new Set(
      passages.flatMap((p) =>
        occurrences(p.text)
          .filter((o) => o.sic)
          .map((o) => p.text.slice(o.start, o.end)),
      ),
    );
    for (const form of sicForms) expect(printed, form).toContain(form);
  });
});

describe('searchNames', () => {
  it('adds the canonical names only where the printed form lacks their words', () => {
    expect(searchNames({ name: 'Dina Boluarte' }, 'Boularte')).toEqual(['Dina Boluarte']);
    expect(searchNames({ name: 'Pedro Castillo' }, 'Castillo')).toEqual([]);
    expect(
      searchNames({ name: 'Confederación General de Trabajadores del Perú', english: 'General Confederation' }, 'CGTP'),
    ).toHaveLength(2);
  });
});
