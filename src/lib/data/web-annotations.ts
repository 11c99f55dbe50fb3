/**
 * The curated annotations as W3C Web Annotations (/data/annotations.jsonld): every printed name of a
 * followed entity, every passage tied to a dated event and every statement of a disputed figure,
 * each an `Annotation` whose target is the article's page, narrowed by a `FragmentSelector` on the
 * passage id (`p3`) and refined by a `TextQuoteSelector` (exact words, with up to 32 characters of
 * the passage before and after). One `AnnotationCollection` with a single page holds them all.
 * Model: https://www.w3.org/TR/annotation-model/ (sections cited beside each part).
 */
import type { AnnotationIndex, CorpusPassage } from '../annotations/annotation-index.ts';
import { absoluteUrl, passageKey, routes, timelineEventId } from '../routes/routes.ts';

/** Characters of context each side of the exact words (the model sets no length; 32 keeps them unique). */
export const QUOTE_CONTEXT = 32;

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
  conformsTo: 'http://tools.ietf.org/rfc/rfc3987';
  value: string;
  refinedBy: TextQuoteSelector;
}

/** §3.2.5 TextualBody, or an IRI of the site's page for the thing annotated. */
type Body = string | { type: 'TextualBody'; value: string; format: 'text/plain'; language: 'en'; purpose: string };

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
    conformsTo: 'http://tools.ietf.org/rfc/rfc3987',
    value: id,
    refinedBy: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
  };
}

const text = (value: string, purpose: string): Body => ({
  type: 'TextualBody',
  value,
  format: 'text/plain',
  language: 'en',
  purpose,
});

/**
 * Every curated annotation as a Web Annotation collection, as JSON-LD text ending in a newline.
 * @throws Error when a match points to a passage the corpus does not hold (the index and passages disagree).
 */
export function toWebAnnotations(
  index: AnnotationIndex,
  passages: ReadonlyMap<string, CorpusPassage>,
  site: string | URL | undefined,
): string {
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
  // In reading order: mentions by passage, then events, then claims.
  for (const { article, id: passage } of passages.values()) {
    for (const m of index.mentions.get(passageKey(article, passage)) ?? []) {
      const entity = index.entities.get(m.entity);
      add('mention', { article, passage, start: m.start, end: m.end }, 'identifying', [
        absoluteUrl(routes.topic(m.entity), site),
        ...(entity ? [text(entity.name, 'identifying')] : []),
      ]);
    }
  }
  for (const { event, matches } of index.events)
    for (const m of matches)
      add('event', m, 'linking', [
        absoluteUrl(routes.timeline(timelineEventId(event.id)), site),
        text(event.title, 'describing'),
      ]);
  for (const { claim, statements } of index.claims)
    for (const { statement, match } of statements)
      add('claim', match, 'assessing', [
        absoluteUrl(routes.disagreements(claim.id), site),
        text(`${claim.question}: ${statement.value}`, 'describing'),
      ]);

  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: file,
    type: 'AnnotationCollection',
    label: 'Uprising Reader: the editors’ annotations of the corpus',
    total: items.length,
    first: { id: `${file}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}
