import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  ANNO_CONTEXT,
  ANNOTATIONS_PER_PAGE,
  QUOTE_CONTEXT,
  countAnnotationPages,
  listAnnotationPages,
  countWebAnnotations,
  listWebAnnotations,
  toAnnotationCollection,
  toAnnotationPage,
  type WebAnnotation,
} from '../../../../src/lib/data/web-annotations.ts';
import { foldQuotes } from '../../../../src/lib/passages/text.ts';
import { loadCorpusPassages, loadCurated, loadIndex } from '../../../helpers/annotations.ts';

const SITE = 'https://reader.example/';
const COLLECTION = `${SITE}data/annotations.jsonld`;
const page = (n: number) => `${SITE}data/annotations/${String(n)}.jsonld`;

/**
 * The parts of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) these files
 * use, with the model's MUSTs: the context (§3.1), id and type of every Annotation (§3.1), a target
 * with a source (§4.1), a FragmentSelector with conformsTo (HTML's fragments, from the model's table)
 * and value (§4.2.1) refined (§4.2.9) by a TextQuoteSelector with exact (§4.2.4), motivations from the
 * model's list (§3.3.5), a collection with its total, first and last pages and pages with partOf,
 * startIndex and next/prev (§5). That every key means what the JSON-LD context says is checked by a
 * JSON-LD processor in web-annotations-jsonld.test.ts.
 */
const Iri = z.url();
const Body = z.union([
  Iri,
  z.strictObject({ type: z.literal('TextualBody'), value: z.string().min(1), purpose: z.literal('identifying') }),
  z.strictObject({
    type: z.literal('TextualBody'),
    value: z.string().min(1),
    format: z.literal('text/plain'),
    language: z.literal('en'),
    purpose: z.literal('describing'),
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
      conformsTo: z.literal('http://tools.ietf.org/rfc/rfc3236'),
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
  id: z.literal(COLLECTION),
  type: z.literal('AnnotationCollection'),
  label: z.string().min(1),
  total: z.number().int().nonnegative(),
  first: Iri,
  last: Iri,
});
const PageSchema = z.strictObject({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: Iri,
  type: z.literal('AnnotationPage'),
  partOf: z.strictObject({ id: z.literal(COLLECTION), label: z.string().min(1), total: z.number().int() }),
  prev: Iri.optional(),
  next: Iri.optional(),
  startIndex: z.number().int().nonnegative(),
  items: z.array(AnnotationSchema).min(1),
});

/** Every page of a collection of `items`, parsed, with the text each was written as. */
function readPages(items: readonly WebAnnotation[]) {
  return Array.from({ length: countAnnotationPages(items.length) }, (_, i) => {
    const text = toAnnotationPage(items, i + 1, SITE);
    return { text, page: PageSchema.parse(JSON.parse(text)) };
  });
}

describe('the Web Annotations of the corpus', () => {
  const passages = loadCorpusPassages();
  const byKey = new Map(passages.map((p) => [`${p.article}#${p.id}`, p]));
  const index = loadIndex();
  const items = z.array(AnnotationSchema).parse(listWebAnnotations(index, byKey, SITE));
  const collectionText = toAnnotationCollection(items.length, SITE);
  const collection = CollectionSchema.parse(JSON.parse(collectionText));
  const pages = readPages(items);

  it('are a collection of the model’s shape whose pages hold every annotation once, in order', () => {
    expect(ANNO_CONTEXT).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collectionText.endsWith('}\n')).toBe(true);
    expect(collection.total).toBe(items.length);
    expect(countWebAnnotations(index)).toBe(items.length);
    expect(collection.first).toBe(page(1));
    expect(collection.last).toBe(page(pages.length));
    expect(pages.flatMap((p) => p.page.items)).toEqual(items);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    // One annotation a line, between the page's own keys and the closing brackets.
    for (const { text, page: p } of pages) expect(text.trimEnd().split('\n')).toHaveLength(p.items.length + 2);
  });

  it('point every annotation at its passage, and its quote reads there with its context', () => {
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

  it('hold every curated event passage and claim statement, with the editors’ own quoted words', () => {
    const { events, claims } = loadCurated();
    const quotes = (motivation: string) =>
      items.filter((a) => a.motivation === motivation).map((a) => foldQuotes(a.target.selector.refinedBy.exact));
    // Counted from content/events.yaml and claims.yaml: one annotation per quoted passage.
    const eventQuotes = events.flatMap((e) => e.passages.map((p) => foldQuotes(p.exact)));
    const claimQuotes = claims.flatMap((c) => c.statements.map((s) => foldQuotes(s.exact)));
    expect(quotes('linking').sort()).toEqual(eventQuotes.sort());
    expect(quotes('assessing').sort()).toEqual(claimQuotes.sort());
  });

  it('name every mention’s entity by its topic page and its name in entities.yaml', () => {
    const { entities } = loadCurated();
    const names = new Map(entities.map((e) => [`${SITE}topics/${e.id}/`, e.name]));
    const mentions = items.filter((a) => a.motivation === 'identifying');
    const total = [...index.mentions.values()].reduce((n, list) => n + list.length, 0);
    expect(mentions).toHaveLength(total);
    for (const a of mentions) {
      expect(a.body[0]).toMatch(new RegExp(`^${SITE}topics/[a-z0-9-]+/$`));
      expect(a.body[1], a.id).toEqual({
        type: 'TextualBody',
        value: names.get(String(a.body[0])),
        purpose: 'identifying',
      });
    }
  });
});

describe('the pages of a long collection', () => {
  // More annotations than two pages hold, made from one real annotation with distinct ids.
  const one = listWebAnnotations(
    loadIndex(),
    new Map(loadCorpusPassages().map((p) => [`${p.article}#${p.id}`, p])),
    SITE,
  )[0];
  const total = 2 * ANNOTATIONS_PER_PAGE + 1;
  const items = Array.from({ length: total }, (_, i) => ({
    ...(one as WebAnnotation),
    id: `${COLLECTION}#a-${String(i)}`,
  }));
  const pages = readPages(items).map((p) => p.page);

  it('are linked first to last, each starting where the one before ended', () => {
    expect(pages).toHaveLength(3);
    expect(CollectionSchema.parse(JSON.parse(toAnnotationCollection(total, SITE))).last).toBe(page(3));
    pages.forEach((p, i) => {
      expect(p.id).toBe(page(i + 1));
      expect(p.partOf.total).toBe(total);
      expect(p.startIndex).toBe(i * ANNOTATIONS_PER_PAGE);
      expect(p.items[0]?.id).toBe(`${COLLECTION}#a-${String(i * ANNOTATIONS_PER_PAGE)}`);
      expect(p.prev).toBe(i > 0 ? page(i) : undefined);
      expect(p.next).toBe(i < pages.length - 1 ? page(i + 2) : undefined);
    });
    expect(pages.map((p) => p.items.length)).toEqual([ANNOTATIONS_PER_PAGE, ANNOTATIONS_PER_PAGE, 1]);
  });

  it('refuse a page that is not there, and a collection of none names no page', () => {
    expect(() => toAnnotationPage(items, 0, SITE)).toThrow(RangeError);
    expect(() => toAnnotationPage(items, 4, SITE)).toThrow(RangeError);
    expect(countAnnotationPages(0)).toBe(0);
    expect(JSON.parse(toAnnotationCollection(0, SITE))).not.toHaveProperty('first');
  });

  it('number the pages the build writes from 1, one for each started run of a page’s size', () => {
    expect(listAnnotationPages(0)).toEqual([]);
    expect(listAnnotationPages(ANNOTATIONS_PER_PAGE)).toEqual([1]);
    expect(listAnnotationPages(2 * ANNOTATIONS_PER_PAGE + 1)).toEqual([1, 2, 3]);
  });
});
