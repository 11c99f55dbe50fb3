/**
 * The annotation index against the committed corpus. Expectations are computed from the
 * article bodies and the YAML, never pinned, so they follow the data.
 */
import { describe, expect, it } from 'vitest';
import { buildAnnotationIndex } from '../../../../src/lib/annotations/annotation-index.ts';
import { aliasText } from '../../../../src/lib/annotations/mentions.ts';
import { findQuote } from '../../../../src/lib/annotations/text-quote.ts';
import { passageKey } from '../../../../src/lib/routes/routes.ts';
import { listAliases, listOccurrences, loadCorpusPassages, loadCurated } from '../../../helpers/annotations.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

const curated = loadCurated();
const passages = loadCorpusPassages();
const index = buildAnnotationIndex({ passages, ...curated });
const allAliases = listAliases(curated.entities);
const occurrences = (text: string) => listOccurrences(text, allAliases);

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

describe('claims', () => {
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
