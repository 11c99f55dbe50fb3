/**
 * The curated annotations as W3C Web Annotations (/data/annotations.jsonld): every printed name of a
 * followed entity, every passage tied to a dated event and every statement of a disputed figure,
 * each an `Annotation` whose target is the article's page, narrowed by a `FragmentSelector` on the
 * passage id (`p3`) and refined by a `TextQuoteSelector` (exact words, with up to 32 characters of
 * the passage before and after). The collection (/data/annotations.jsonld) names its pages
 * (/data/annotations/1.jsonld …), each of {@link ANNOTATIONS_PER_PAGE} annotations (§5).
 * Model: https://www.w3.org/TR/annotation-model/ (sections cited beside each part).
 */
import type { AnnotationIndex, CorpusPassage } from '../annotations/annotation-index.ts';
import { absoluteUrl, passageKey, routes, timelineEventId } from '../routes/routes.ts';

/** Characters of context each side of the exact words (the model sets no length; 32 keeps them unique). */
export const QUOTE_CONTEXT = 32;

/**
 * Annotations per page of the collection: at 2,000 synthetic articles (143,064 annotations) that is
 * 144 files of about 0.6 MB, few enough for a static host's file cap, small enough for a client to
 * read one at a time.
 */
export const ANNOTATIONS_PER_PAGE = 1000;

/** The JSON-LD context of the Web Annotation model (§3.1: the only one, so given as a string). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The fragment syntax of HTML, where a passage's id is the fragment (the model's table in §4.2.1). */
const HTML_FRAGMENTS = 'http://tools.ietf.org/rfc/rfc3236';

/** §4.2.4: a quote and its surroundings in the passage. */
interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** §4.2.1 with §4.2.9 (refinement): the passage by its id, then the words within it. */
interface FragmentSelector {
  type: 'FragmentSelector';
  conformsTo: typeof HTML_FRAGMENTS;
  value: string;
  refinedBy: TextQuoteSelector;
}

/**
 * §3.2.4 TextualBody, or an IRI of the site's page for the thing annotated. A name carries no
 * language (the editors keep names as printed, Spanish or English); a description is the editors' English.
 */
type Body =
  | string
  | { type: 'TextualBody'; value: string; purpose: 'identifying' }
  | { type: 'TextualBody'; value: string; format: 'text/plain'; language: 'en'; purpose: 'describing' };

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  /** §3.3.5 */
  motivation: 'identifying' | 'linking' | 'assessing';
  body: Body[];
  target: { source: string; selector: FragmentSelector };
}

/** The passage text a match lies in, and where. */
interface Place {
  article: string;
  passage: string;
  start: number;
  end: number;
}

/**
 * The selector for words of a passage.
 * @example quoteSelector('The CGTP called a strike', 4, 8).refinedBy // { type: 'TextQuoteSelector', exact: 'CGTP', prefix: 'The ', suffix: ' called a strike' }
 */
export function quoteSelector(text: string, start: number, end: number, id = 'p1'): FragmentSelector {
  return {
    type: 'FragmentSelector',
    conformsTo: HTML_FRAGMENTS,
    value: id,
    refinedBy: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
  };
}

const describing = (value: string): Body => ({
  type: 'TextualBody',
  value,
  format: 'text/plain',
  language: 'en',
  purpose: 'describing',
});

/**
 * Every curated annotation as a Web Annotation, in reading order: mentions by passage, then events,
 * then claims. Each id is the collection's address with a fragment (`#mention-17`).
 * @throws Error when a match points to a passage the corpus does not hold (the index and passages disagree).
 */
export function listWebAnnotations(
  index: AnnotationIndex,
  passages: ReadonlyMap<string, CorpusPassage>,
  site: string | URL | undefined,
): WebAnnotation[] {
  const file = absoluteUrl(routes.dataFile('annotations.jsonld'), site);
  const items: WebAnnotation[] = [];
  const add = (kind: string, place: Place, motivation: WebAnnotation['motivation'], body: Body[]): void => {
    const passage = passages.get(passageKey(place.article, place.passage));
    if (!passage) throw new Error(`${place.article}#${place.passage}: no such passage`);
    items.push({
      id: `${file}#${kind}-${String(items.length + 1)}`,
      type: 'Annotation',
      motivation,
      body,
      target: {
        source: absoluteUrl(routes.article(place.article), site),
        selector: quoteSelector(passage.text, place.start, place.end, passage.id),
      },
    });
  };
  for (const { article, id: passage } of passages.values()) {
    for (const m of index.mentions.get(passageKey(article, passage)) ?? []) {
      const entity = index.entities.get(m.entity);
      add('mention', { article, passage, start: m.start, end: m.end }, 'identifying', [
        absoluteUrl(routes.topic(m.entity), site),
        ...(entity ? [{ type: 'TextualBody', value: entity.name, purpose: 'identifying' } as const] : []),
      ]);
    }
  }
  for (const { event, matches } of index.events)
    for (const m of matches)
      add('event', m, 'linking', [
        absoluteUrl(routes.timeline(timelineEventId(event.id)), site),
        describing(event.title),
      ]);
  for (const { claim, statements } of index.claims)
    for (const { statement, match } of statements)
      add('claim', match, 'assessing', [
        absoluteUrl(routes.disagreements(claim.id), site),
        describing(`${claim.question}: ${statement.value}`),
      ]);
  return items;
}

/** How many annotations {@link listWebAnnotations} lists, counted without building them. */
export function countWebAnnotations(index: Pick<AnnotationIndex, 'mentions' | 'events' | 'claims'>): number {
  let total = 0;
  for (const list of index.mentions.values()) total += list.length;
  for (const { matches } of index.events) total += matches.length;
  for (const { statements } of index.claims) total += statements.length;
  return total;
}

/** The collection's name, on it and on each page's `partOf`. */
const LABEL = 'Uprising Reader: the editors’ annotations of the corpus';

/**
 * Number of pages for `total` annotations (none for none: §5.2, a page holds at least one).
 * @example countAnnotationPages(1001) // 2
 */
export function countAnnotationPages(total: number): number {
  return Math.ceil(total / ANNOTATIONS_PER_PAGE);
}

/**
 * The numbers of the pages for `total` annotations, from 1: the pages the build writes and the data
 * page links to.
 * @example listAnnotationPages(2500) // [1, 2, 3]
 */
export function listAnnotationPages(total: number): number[] {
  return Array.from({ length: countAnnotationPages(total) }, (_, i) => i + 1);
}

/**
 * /data/annotations.jsonld: the AnnotationCollection (§5.1), with its size and its first and last
 * pages by address, as JSON-LD text ending in a newline.
 */
export function toAnnotationCollection(total: number, site: string | URL | undefined): string {
  const pages = countAnnotationPages(total);
  const collection = {
    '@context': ANNO_CONTEXT,
    id: absoluteUrl(routes.dataFile('annotations.jsonld'), site),
    type: 'AnnotationCollection',
    label: LABEL,
    total,
    // §5.1: a collection of one or more annotations names its first page, and should name its last.
    ...(pages > 0
      ? { first: absoluteUrl(routes.annotationPage(1), site), last: absoluteUrl(routes.annotationPage(pages), site) }
      : {}),
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}

/**
 * Page `n` (from 1) of the collection (§5.2): its part of `items`, with `partOf`, `startIndex` and
 * the `prev`/`next` pages, as JSON-LD text with one annotation a line (no indentation: at scale the
 * spaces would weigh a quarter of the file).
 * @throws RangeError when `n` is not a page of the collection.
 */
export function toAnnotationPage(items: readonly WebAnnotation[], n: number, site: string | URL | undefined): string {
  const pages = countAnnotationPages(items.length);
  if (!Number.isInteger(n) || n < 1 || n > pages)
    throw new RangeError(`no annotation page ${String(n)} of ${String(pages)}`);
  const startIndex = (n - 1) * ANNOTATIONS_PER_PAGE;
  const page = {
    '@context': ANNO_CONTEXT,
    id: absoluteUrl(routes.annotationPage(n), site),
    type: 'AnnotationPage',
    partOf: {
      id: absoluteUrl(routes.dataFile('annotations.jsonld'), site),
      label: LABEL,
      total: items.length,
    },
    ...(n > 1 ? { prev: absoluteUrl(routes.annotationPage(n - 1), site) } : {}),
    ...(n < pages ? { next: absoluteUrl(routes.annotationPage(n + 1), site) } : {}),
    startIndex,
  };
  const lines = items.slice(startIndex, startIndex + ANNOTATIONS_PER_PAGE).map((a) => JSON.stringify(a));
  // The page's own keys, then `items` last, each annotation serialised on its own line.
  const open = JSON.stringify(page).slice(0, -1);
  return `${open},"items":[\n${lines.join(',\n')}\n]}\n`;
}
