/**
 * The annotation collection and its pages read by a JSON-LD processor (jsonld.js) against the Web
 * Annotation context, vendored in tests/fixtures/web-annotation/ (no network here: the loader serves
 * that one file and refuses any other address). Safe mode makes the processor throw where a key or a
 * type would be dropped or left relative; then every property and type the expansion gives must be an
 * IRI of a namespace the context itself declares (oa, as, dc, dcterms, rdf, xsd…).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld, { type Options } from 'jsonld';
import { describe, expect, it } from 'vitest';
import {
  ANNO_CONTEXT,
  ANNOTATIONS_PER_PAGE,
  countAnnotationPages,
  listWebAnnotations,
  toAnnotationCollection,
  toAnnotationPage,
  type WebAnnotation,
} from '../../../../src/lib/data/web-annotations.ts';
import { loadCorpusPassages, loadIndex } from '../../../helpers/annotations.ts';
import { ROOT } from '../../../helpers/project.ts';

const SITE = 'https://reader.example/';
const fixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/web-annotation/anno.jsonld'), 'utf8')) as {
  '@context': Record<string, unknown>;
};
/**
 * The one erratum the W3C made to the context after the repository's last commit: the model renamed
 * the motivation `reviewing` to `assessing` (§3.3.5; the oa vocabulary has `oa:assessing`), and the
 * context gained `"assessing": "oa:assessing"` in 2021 (w3c/web-annotation issue 444). The fixture
 * stays as the repository has it; the loader serves it with this term added.
 */
const ERRATA = { assessing: 'oa:assessing' };
const context = { '@context': { ...fixture['@context'], ...ERRATA } };

/** The namespaces the context declares: its terms whose value is an IRI ending in `#` or `/`. */
const NAMESPACES = Object.values(context['@context']).filter(
  (v): v is string => typeof v === 'string' && /^https?:\/\/.+[#/]$/.test(v),
);
const OA = 'http://www.w3.org/ns/oa#';

/** Expand with the vendored context only, in safe mode. */
async function expand(doc: unknown, base: string): Promise<unknown[]> {
  const options: Options.Expand & { safe: boolean } = {
    base,
    safe: true,
    documentLoader: (url: string) => {
      if (url !== ANNO_CONTEXT) return Promise.reject(new Error(`refused to load ${url}: only the vendored context`));
      return Promise.resolve({ contextUrl: undefined, documentUrl: url, document: structuredClone(context) });
    },
  };
  return jsonld.expand(doc as object, options);
}

const inNamespace = (iri: string) => NAMESPACES.some((ns) => iri.startsWith(ns) && iri.length > ns.length);

/** Every property and every type (of nodes and of values) in an expanded document, and the motivations and purposes. */
function collectTerms(
  node: unknown,
  out = { properties: new Set<string>(), types: new Set<string>(), vocab: new Set<string>() },
) {
  if (Array.isArray(node)) {
    for (const n of node) collectTerms(n, out);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type') for (const t of [value].flat()) out.types.add(String(t));
    else if (!key.startsWith('@')) {
      out.properties.add(key);
      // Motivations and purposes are terms of the context (`@vocab`): they must name oa's IRIs.
      if (key === `${OA}motivatedBy` || key === `${OA}hasPurpose`)
        for (const v of [value].flat() as { '@id'?: string }[]) out.vocab.add(String(v['@id']));
    }
    collectTerms(value, out);
  }
  return out;
}

/** Annotations in an expanded page: the items list of its one node. */
const itemsOf = (expanded: unknown[]) =>
  ((expanded[0] as Record<string, { '@list': unknown[] }[]>)['http://www.w3.org/ns/activitystreams#items']?.[0]?.[
    '@list'
  ] ?? []) as unknown[];

describe('the annotations as JSON-LD', () => {
  const passages = new Map(loadCorpusPassages().map((p) => [`${p.article}#${p.id}`, p]));
  const items = listWebAnnotations(loadIndex(), passages, SITE);
  const collection = JSON.parse(toAnnotationCollection(items.length, SITE)) as Record<string, unknown>;
  // The corpus's own pages, and a second page made by repeating its annotations, for prev.
  const long: WebAnnotation[] = Array.from({ length: ANNOTATIONS_PER_PAGE + 1 }, (_, i) => ({
    ...(items[i % items.length] as WebAnnotation),
    id: `${SITE}data/annotations.jsonld#a-${String(i)}`,
  }));
  const pages = [
    ...Array.from({ length: countAnnotationPages(items.length) }, (_, i) => toAnnotationPage(items, i + 1, SITE)),
    toAnnotationPage(long, 2, SITE),
  ].map((text) => JSON.parse(text) as Record<string, unknown>);

  it('name the Web Annotation context exactly, as the one string the model asks for', () => {
    // The erratum is needed: the vendored context lacks the term (see ERRATA).
    expect(Object.keys(fixture['@context'])).not.toContain('assessing');
    for (const doc of [collection, ...pages]) expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(NAMESPACES).toContain(OA);
    expect(NAMESPACES).toContain('http://www.w3.org/ns/activitystreams#');
  });

  it('expand with no term dropped, every property and type from the context’s namespaces', async () => {
    for (const doc of [collection, ...pages]) {
      const expanded = await expand(doc, String(doc['id']));
      expect(expanded).toHaveLength(1);
      const { properties, types, vocab } = collectTerms(expanded);
      expect(
        [...properties].filter((p) => !inNamespace(p)),
        String(doc['id']),
      ).toEqual([]);
      expect(
        [...types].filter((t) => !inNamespace(t)),
        String(doc['id']),
      ).toEqual([]);
      expect(
        [...vocab].filter((v) => !v.startsWith(OA)),
        String(doc['id']),
      ).toEqual([]);
      if (doc['type'] === 'AnnotationPage') {
        // Every annotation survives as an oa:Annotation with a body, a target and its selectors.
        const list = itemsOf(expanded);
        expect(list).toHaveLength((doc['items'] as unknown[]).length);
        for (const a of list as Record<string, unknown>[]) {
          expect(a['@type']).toEqual([`${OA}Annotation`]);
          expect(Object.keys(a).sort()).toEqual(
            ['@id', '@type', `${OA}hasBody`, `${OA}hasTarget`, `${OA}motivatedBy`].sort(),
          );
        }
      }
    }
    const page = await expand(pages[0], String(pages[0]?.['id']));
    const { properties } = collectTerms(page);
    for (const term of ['exact', 'prefix', 'suffix', 'refinedBy', 'hasSelector', 'hasSource'])
      expect(properties, term).toContain(`${OA}${term}`);
    expect(properties).toContain('http://purl.org/dc/terms/conformsTo');
    expect(properties).toContain('http://www.w3.org/ns/activitystreams#partOf');
    expect(properties).toContain('http://www.w3.org/ns/activitystreams#startIndex');
  });

  it('fail where a key falls outside the context, and refuse any other context', async () => {
    const first = pages[0] as Record<string, unknown> & { items: Record<string, unknown>[] };
    const renamed = { ...first, items: [{ ...first.items[0], motive: 'identifying' }] };
    await expect(expand(renamed, String(first['id']))).rejects.toThrow(/safe mode/i);
    const elsewhere = { ...first, '@context': 'https://example.org/other.jsonld' };
    await expect(expand(elsewhere, String(first['id']))).rejects.toThrow();
  });
});
