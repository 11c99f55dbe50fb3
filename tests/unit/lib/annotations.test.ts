/**
 * The curated annotations against the committed corpus. Expectations are computed from the
 * article bodies and the YAML, never pinned, so they follow the data.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { decorateArticle, searchNames } from '../../../src/lib/annotations/annotate-hast.ts';
import { shortDate } from '../../../src/lib/dates/dates.ts';
import { buildAnnotationIndex } from '../../../src/lib/annotations/annotation-index.ts';
import { passageKey } from '../../../src/lib/routes/routes.ts';
import { aliasText } from '../../../src/lib/annotations/mentions.ts';
import { renderBody } from '../../../src/lib/render/render-body.ts';
import { findQuote } from '../../../src/lib/annotations/text-quote.ts';
import { loadCorpusPassages, loadCurated } from '../../helpers/annotations.ts';
import { loadCommitted } from '../../helpers/corpus.ts';

const curated = loadCurated();
const passages = loadCorpusPassages();
const index = buildAnnotationIndex({ passages, ...curated });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
const allAliases = curated.entities.flatMap((e) =>
  e.aliases.map((a) => ({ entity: e.id, text: aliasText(a), sic: typeof a !== 'string' && a.sic })),
);

/**
 * Where each form occurs as a whole word, scanning form by form (not with the one combined
 * expression the site uses), dropping occurrences inside a longer form of any entity.
 */
function occurrences(text: string): { entity: string; start: number; end: number; sic: boolean }[] {
  const all = allAliases.flatMap(({ entity, text: alias, sic }) =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => ({
      entity,
      sic,
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
  return all
    .filter(
      (o) => !all.some((x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start),
    )
    .sort((a, b) => a.start - b.start);
}

describe('curated data', () => {
  it('has entities, events and claims', () => {
    expect(curated.entities.length).toBeGreaterThan(20);
    expect(curated.events.length).toBeGreaterThan(3);
    expect(curated.claims.length).toBeGreaterThan(1);
  });
  it('resolves every quote of every event and claim exactly once', () => {
    for (const selector of [
      ...curated.events.flatMap((e) => e.passages),
      ...curated.claims.flatMap((c) => c.statements),
    ])
      expect(findQuote(selector, passages), selector.exact).toHaveLength(1);
  });
  it('prints every form of every entity somewhere', () => {
    for (const alias of allAliases)
      expect(
        passages.some((p) => occurrences(p.text).some((o) => o.entity === alias.entity)),
        alias.text,
      ).toBe(true);
  });
  it('gives the CGTP every expansion that SOURCES.md lists, and marks the misspellings of Boluarte', () => {
    // Pinned from SOURCES.md ("Things a careful reader will want pointed out").
    const forms = (id: string) => curated.entities.find((e) => e.id === id)?.aliases ?? [];
    const cgtp = forms('cgtp').map(aliasText);
    for (const expansion of [
      'General Confederation of Workers of Peru',
      'Central General de Trabajadores de Perú',
      'Workers’ General Confederation of Peru',
      'General Confederation of Peruvian Workers',
    ])
      expect(cgtp.map((f) => f.replace(/'/g, '’'))).toContain(expansion);
    const sic = forms('dina-boluarte').filter((a) => typeof a !== 'string' && a.sic);
    expect(sic.map(aliasText).join(' ')).toMatch(/Boularte/);
    expect(sic.map(aliasText).join(' ')).toMatch(/Baluarte/);
  });
});

describe('topics', () => {
  it('list exactly the passages where one of their forms occurs', () => {
    for (const entity of curated.entities) {
      const expected = passages
        .filter((p) => occurrences(p.text).some((o) => o.entity === entity.id))
        .map((p) => passageKey(p.article, p.id));
      const listed = (index.topics.get(entity.id)?.passages ?? []).map((p) => passageKey(p.article, p.id));
      expect(listed, entity.id).toEqual(expected);
    }
  });
  it('count the articles they occur in', () => {
    const cgtp = index.topics.get('cgtp');
    expect(cgtp?.articleCount).toBe(new Set(cgtp?.passages.map((p) => p.article)).size);
    // SOURCES.md: all five texts name the CGTP.
    expect(cgtp?.articleCount).toBe(loadCommitted().length);
  });
});

describe('rendered articles', () => {
  const labels = new Map(loadCommitted().map((a) => [a.slug, { label: a.slug, title: a.data.title }]));
  for (const article of loadCommitted()) {
    const html = renderBody(article.body, {
      decorate: decorateArticle(index, article.slug, labels, () => 'excerpt'),
    }).html;
    const tree = fromHtml(html, { fragment: true });
    const own = passages.filter((p) => p.article === article.slug);

    it(`${article.slug}: links every occurrence of every form, and keeps the text`, () => {
      for (const passage of own) {
        const p = selectAll(`#${passage.id} > p`, tree)[0];
        expect(p, passage.id).toBeDefined();
        if (!p) continue;
        // The visible text is the passage's text: hidden search names aside, nothing added or lost.
        for (const hidden of selectAll('[hidden]', p)) hidden.children = [];
        expect(hastToString(p), passage.id).toBe(passage.text);
        const links = selectAll('a.mention', p).map((a) => `${String(a.properties['dataEntity'])}:${hastToString(a)}`);
        const wanted = occurrences(passage.text).map((o) => `${o.entity}:${passage.text.slice(o.start, o.end)}`);
        expect(links, passage.id).toEqual(wanted);
      }
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

  it('prints, beside each statement of a claim, what the other sources say', () => {
    for (const { claim, statements } of index.claims) {
      for (const s of statements) {
        const note = (index.notes.get(passageKey(s.match.article, s.match.passage)) ?? []).find(
          (n) => n.kind === 'claim' && n.claim.id === claim.id,
        );
        expect(note, `${claim.id} ${s.statement.exact}`).toBeDefined();
        if (note?.kind !== 'claim') continue;
        const others = statements.filter((o) => o.match.article !== s.match.article);
        expect(note.others.map((o) => o.statement.value)).toEqual(others.map((o) => o.statement.value));
      }
    }
  });
});

describe('related passages', () => {
  it('are never in the same article, at most three, best first', () => {
    let total = 0;
    for (const [key, list] of index.related) {
      const article = key.split('#')[0];
      expect(list.length).toBeLessThanOrEqual(3);
      for (const r of list) expect(r.article, key).not.toBe(article);
      expect(list.map((r) => r.score)).toEqual([...list.map((r) => r.score)].sort((a, b) => b - a));
      total += list.length;
    }
    expect(index.related.size).toBe(passages.length);
    expect(total).toBeGreaterThan(passages.length); // most passages have some
  });
  it('link the two accounts of the Juliaca massacre', () => {
    // The two passages that give the Juliaca toll (claims.yaml) speak of the same event.
    const juliaca = index.claims.find((c) => c.claim.id === 'juliaca-dead')?.statements ?? [];
    const [a, b] = juliaca.map((s) => s.match);
    expect(a && b).toBeTruthy();
    if (!a || !b) return;
    const related = index.related.get(passageKey(a.article, a.passage)) ?? [];
    expect(related.map((r) => passageKey(r.article, r.id))).toContain(passageKey(b.article, b.passage));
  });
});

describe('view helpers', () => {
  it('searchNames adds the canonical names only where the printed form lacks their words', () => {
    expect(searchNames({ name: 'Dina Boluarte' }, 'Boularte')).toEqual(['Dina Boluarte']);
    expect(searchNames({ name: 'Pedro Castillo' }, 'Castillo')).toEqual([]);
    expect(
      searchNames({ name: 'Confederación General de Trabajadores del Perú', english: 'General Confederation' }, 'CGTP'),
    ).toHaveLength(2);
  });
  it('shortDate abbreviates a day and brackets an estimated range', () => {
    expect(shortDate('2023-01-24', null)).toBe('24 Jan 2023');
    expect(shortDate('2023-02-15', { from: '2023-02-15', to: '2023-02-28' })).toBe('[15–28 Feb 2023]');
    expect(shortDate(null, null)).toBe('undated');
  });
});

describe('buildAnnotationIndex', () => {
  it('fails, naming the entry, when a quote does not resolve', () => {
    const event = { ...curated.events[0], id: 'broken', passages: [{ exact: 'words that no article prints' }] };
    expect(() => buildAnnotationIndex({ passages, entities: [], events: [event as never], claims: [] })).toThrow(
      /^events\.yaml: broken: the quote "words that no article prints" matches no passage/,
    );
  });
  it('fails, naming the entity, when a form is printed nowhere', () => {
    const entity = {
      id: 'ghost',
      kind: 'person' as const,
      name: 'Nobody',
      definition: 'x'.repeat(20),
      aliases: ['Zzyzx Qwerty'],
    };
    expect(() => buildAnnotationIndex({ passages, entities: [entity], events: [], claims: [] })).toThrow(
      /entities\.yaml: ghost: the form "Zzyzx Qwerty" occurs in no article body/,
    );
  });
});
