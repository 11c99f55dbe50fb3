/**
 * The annotation index: curated entities, events and claims resolved against the corpus's
 * passages, once per build. Pages read from it; nothing is computed in the reader's browser.
 *
 * Fails, naming the entry, when a quote matches nowhere or in more than one place, or when an
 * entity's form occurs in no article.
 */
import type { Claim, Entity, Event, Statement } from '../../schemas/annotations.ts';
import { aliasText, compileMentions, type Mention } from './mentions.ts';
import { relatePassages, type RelatedPassage } from '../similarity/related.ts';
import { foldQuotes } from '../passages/text.ts';
import { passageKey, type PassageKey } from '../routes/routes.ts';
import { resolveQuote, type QuoteMatch } from './text-quote.ts';

/** A passage of the corpus. */
export interface CorpusPassage {
  article: string;
  id: string;
  n: number;
  text: string;
}

/** Every passage that mentions an entity, and how each article names it. */
export interface Topic {
  entity: Entity;
  passages: { article: string; id: string; n: number; mentions: Mention[] }[];
  articleCount: number;
  /** article → form → number of times printed. */
  forms: Map<string, Map<string, number>>;
}

/** A statement of a claim, with the place it was resolved to. */
export interface ResolvedStatement {
  statement: Statement;
  match: QuoteMatch;
}

/** A note printed beside a passage. */
export type PassageNote =
  | { kind: 'sic'; form: string; entity: Entity }
  | { kind: 'claim'; claim: Claim; own: ResolvedStatement[]; others: ResolvedStatement[] };

/** Everything the pages need. */
export interface AnnotationIndex {
  entities: Map<string, Entity>;
  mentions: Map<PassageKey, Mention[]>;
  topics: Map<string, Topic>;
  events: { event: Event; matches: QuoteMatch[] }[];
  claims: { claim: Claim; statements: ResolvedStatement[] }[];
  notes: Map<PassageKey, PassageNote[]>;
  related: Map<string, RelatedPassage[]>;
}

/**
 * Resolve the curated annotations against the passages.
 * @throws Error naming the entry (`events.yaml: juliaca-massacre: …`) when something does not resolve.
 * @example buildAnnotationIndex({ passages: [{ article: 'a', id: 'p1', n: 1, text: 'The CGTP called a strike.' }], entities: [{ id: 'cgtp', name: 'CGTP', aliases: ['CGTP'] }], events: [], claims: [] }).topics.get('cgtp')?.passages.map((p) => p.id)
 * // ['p1']
 */
export function buildAnnotationIndex(input: {
  passages: CorpusPassage[];
  entities: Entity[];
  events: Event[];
  claims: Claim[];
}): AnnotationIndex {
  const { passages } = input;
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const matcher = compileMentions(input.entities);

  const mentions = new Map<PassageKey, Mention[]>();
  const topics = new Map<string, Topic>(
    input.entities.map((entity) => [entity.id, { entity, passages: [], articleCount: 0, forms: new Map() }]),
  );
  const notes = new Map<PassageKey, PassageNote[]>();
  const addNote = (key: PassageKey, note: PassageNote) => notes.set(key, [...(notes.get(key) ?? []), note]);

  for (const passage of passages) {
    const found = matcher.find(passage.text);
    const key = passageKey(passage.article, passage.id);
    mentions.set(key, found);
    const byEntity = new Map<string, Mention[]>();
    for (const mention of found) byEntity.set(mention.entity, [...(byEntity.get(mention.entity) ?? []), mention]);
    for (const [id, list] of byEntity) {
      const topic = topics.get(id) as Topic;
      topic.passages.push({ article: passage.article, id: passage.id, n: passage.n, mentions: list });
      const forms = topic.forms.get(passage.article) ?? new Map<string, number>();
      for (const m of list) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
      topic.forms.set(passage.article, forms);
    }
    const sics = new Set<string>();
    for (const mention of found) {
      if (!mention.sic || sics.has(mention.text)) continue;
      sics.add(mention.text);
      addNote(key, { kind: 'sic', form: mention.text, entity: entities.get(mention.entity) as Entity });
    }
  }
  for (const topic of topics.values()) {
    topic.articleCount = topic.forms.size;
    const printed = new Set([...topic.forms.values()].flatMap((forms) => [...forms.keys()].map(foldQuotes)));
    for (const alias of topic.entity.aliases) {
      if (!printed.has(foldQuotes(aliasText(alias))))
        throw new Error(
          `entities.yaml: ${topic.entity.id}: the form "${aliasText(alias)}" occurs in no article body (or always inside a longer form): remove it or correct its spelling.`,
        );
    }
  }

  const events = input.events.map((event) => ({
    event,
    matches: event.passages.map((selector) => resolveQuote(`events.yaml: ${event.id}`, selector, passages)),
  }));

  const claims = input.claims.map((claim) => ({
    claim,
    statements: claim.statements.map((statement) => ({
      statement,
      match: resolveQuote(`claims.yaml: ${claim.id}`, statement, passages),
    })),
  }));
  for (const { claim, statements } of claims) {
    const keys = new Set(statements.map((s) => passageKey(s.match.article, s.match.passage)));
    for (const key of keys) {
      const own = statements.filter((s) => passageKey(s.match.article, s.match.passage) === key);
      const article = own[0]?.match.article;
      // Statements of the same article are not a disagreement with itself.
      const others = statements.filter((s) => s.match.article !== article);
      addNote(key, { kind: 'claim', claim, own, others });
    }
  }

  // Passages tied to the same curated event speak of the same thing.
  const eventsOf = new Map<PassageKey, string[]>();
  for (const { event, matches } of events)
    for (const m of matches) {
      const key = passageKey(m.article, m.passage);
      eventsOf.set(key, [...(eventsOf.get(key) ?? []), event.id]);
    }
  const related = relatePassages(
    passages.map((p) => ({
      article: p.article,
      id: p.id,
      text: p.text,
      entities: (mentions.get(passageKey(p.article, p.id)) ?? []).map((m) => m.entity),
      events: eventsOf.get(passageKey(p.article, p.id)) ?? [],
    })),
  );

  return { entities, mentions, topics, events, claims, notes, related };
}
