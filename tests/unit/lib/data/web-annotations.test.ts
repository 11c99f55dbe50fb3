import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { QUOTE_CONTEXT, toWebAnnotations } from '../../../../src/lib/data/web-annotations.ts';
import { foldQuotes } from '../../../../src/lib/passages/text.ts';
import { loadCorpusPassages, loadCurated, loadIndex } from '../../../helpers/annotations.ts';

const SITE = 'https://reader.example/';

/**
 * The parts of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) this file
 * uses, with the model's MUSTs: the context (§3.1), id and type of every Annotation (§3.1), a target
 * with a source (§4.1), a FragmentSelector with conformsTo and value (§4.2.1) refined (§4.2.9) by a
 * TextQuoteSelector with exact (§4.2.4), motivations from the model's list (§3.3.5), and a collection
 * with its first page (§5). The JSON-LD context itself cannot be fetched on a machine without internet
 * access, so the keys are checked against these section rules, not expanded by a JSON-LD processor.
 */
const Iri = z.url();
const Body = z.union([
  Iri,
  z.object({
    type: z.literal('TextualBody'),
    value: z.string().min(1),
    format: z.literal('text/plain'),
    language: z.literal('en'),
    purpose: z.enum(['identifying', 'describing']),
  }),
]);
const AnnotationSchema = z.strictObject({
  id: Iri,
  type: z.literal('Annotation'),
  motivation: z.enum(['identifying', 'linking', 'assessing']),
  body: z.array(Body).min(1),
  target: z.strictObject({
    source: Iri,
    selector: z.strictObject({
      type: z.literal('FragmentSelector'),
      conformsTo: z.literal('http://tools.ietf.org/rfc/rfc3987'),
      value: z.string().regex(/^p[1-9]\d*$/),
      refinedBy: z.strictObject({
        type: z.literal('TextQuoteSelector'),
        exact: z.string().min(1),
        prefix: z.string().max(QUOTE_CONTEXT),
        suffix: z.string().max(QUOTE_CONTEXT),
      }),
    }),
  }),
});
const CollectionSchema = z.strictObject({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: Iri,
  type: z.literal('AnnotationCollection'),
  label: z.string().min(1),
  total: z.number().int().nonnegative(),
  first: z.strictObject({
    id: Iri,
    type: z.literal('AnnotationPage'),
    startIndex: z.literal(0),
    items: z.array(AnnotationSchema),
  }),
});

describe('toWebAnnotations', () => {
  const passages = loadCorpusPassages();
  const byKey = new Map(passages.map((p) => [`${p.article}#${p.id}`, p]));
  const index = loadIndex();
  const text = toWebAnnotations(index, byKey, SITE);
  const collection = CollectionSchema.parse(JSON.parse(text));
  const items = collection.first.items;

  it('is a Web Annotation collection of the model’s shape, every id unique', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(collection.total).toBe(items.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it('points every annotation at its passage, and its quote reads there with its context', () => {
    for (const a of items) {
      const slug = a.target.source.slice(`${SITE}articles/`.length, -1);
      const passage = byKey.get(`${slug}#${a.target.selector.value}`);
      expect(passage, a.id).toBeDefined();
      const { prefix, exact, suffix } = a.target.selector.refinedBy;
      expect(passage?.text, a.id).toContain(prefix + exact + suffix);
      // The context runs to the passage's edge or to its full length.
      if (prefix.length < QUOTE_CONTEXT) expect(passage?.text.startsWith(prefix + exact), a.id).toBe(true);
      if (suffix.length < QUOTE_CONTEXT) expect(passage?.text.endsWith(exact + suffix), a.id).toBe(true);
    }
  });

  it('holds every curated event passage and claim statement, with the editors’ own quoted words', () => {
    const { events, claims } = loadCurated();
    const quotes = (motivation: string) =>
      items.filter((a) => a.motivation === motivation).map((a) => foldQuotes(a.target.selector.refinedBy.exact));
    // Counted from content/events.yaml and claims.yaml: one annotation per quoted passage.
    const eventQuotes = events.flatMap((e) => e.passages.map((p) => foldQuotes(p.exact)));
    const claimQuotes = claims.flatMap((c) => c.statements.map((s) => foldQuotes(s.exact)));
    expect(quotes('linking').sort()).toEqual(eventQuotes.sort());
    expect(quotes('assessing').sort()).toEqual(claimQuotes.sort());
  });

  it('names every mention’s entity by its topic page', () => {
    const mentions = items.filter((a) => a.motivation === 'identifying');
    const total = [...index.mentions.values()].reduce((n, list) => n + list.length, 0);
    expect(mentions).toHaveLength(total);
    for (const a of mentions) expect(a.body[0]).toMatch(new RegExp(`^${SITE}topics/[a-z0-9-]+/$`));
  });
});
