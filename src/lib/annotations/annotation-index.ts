/**
 * The annotation index: curated entities, events and claims resolved against the corpus's
 * passages, once per build. Pages read from it; nothing is computed in the reader's browser.
 *
 * Fails, naming every entry at fault at once (file, entry, fix), when a quote matches nowhere or
 * in more than one place, or when an entity's form occurs in no article.
 */
import type { Claim, Entity, Event, Statement } from '../../schemas/annotations.ts';
import { aliasText, compileMentions, type Mention } from './mentions.ts';
import {
  scoreCorpus,
  type Alignment,
  type CorpusScores,
  type RelatedPassage,
  type ScoreInput,
} from '../similarity/score-corpus.ts';
import { foldQuotes } from '../passages/text.ts';
import { passageKey, type PassageKey } from '../routes/routes.ts';
import { findQuote, QuoteError, type QuoteMatch } from './text-quote.ts';

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

/** The curated annotations resolved against the passages: everything but the similarity scores. */
export interface ResolvedAnnotations {
  entities: Map<string, Entity>;
  mentions: Map<PassageKey, Mention[]>;
  topics: Map<string, Topic>;
  events: { event: Event; matches: QuoteMatch[] }[];
  claims: { claim: Claim; statements: ResolvedStatement[] }[];
  notes: Map<PassageKey, PassageNote[]>;
}

/** Everything the pages need. */
export interface AnnotationIndex extends ResolvedAnnotations {
  related: Map<string, RelatedPassage[]>;
  /** Each passage's counterpart in each other article (the comparison view's "Align"). */
  alignment: Alignment;
}

/** The input of {@link resolveAnnotations}: the passages and the curated collections. */
export interface AnnotationInput {
  passages: CorpusPassage[];
  entities: Entity[];
  events: Event[];
  claims: Claim[];
}

/** Every annotation that does not resolve, one line each (`events.yaml: juliaca-massacre: … : fix.`). */
export class AnnotationErrors extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'AnnotationErrors';
  }
}

/**
 * Resolve the curated annotations against the passages and score the passages (related passages).
 * @throws AnnotationErrors naming every entry (`events.yaml: juliaca-massacre: …`) that does not resolve.
 * @example buildAnnotationIndex({ passages: [{ article: 'a', id: 'p1', n: 1, text: 'The CGTP called a strike.' }], entities: [{ id: 'cgtp', name: 'CGTP', aliases: ['CGTP'] }], events: [], claims: [] }).related.get('a#p1')
 * // []
 */
export function buildAnnotationIndex(input: AnnotationInput): AnnotationIndex {
  const resolved = resolveAnnotations(input);
  const { related, alignment } = scoreAnnotatedCorpus(input.passages, resolved);
  return { ...resolved, related, alignment };
}

/**
 * The passages as the similarity pass reads them: each with the entities it mentions and the
 * curated events and claims tied to it, so passages of the same event, entity or claim score higher.
 */
export function listScoreInputs(passages: readonly CorpusPassage[], resolved: ResolvedAnnotations): ScoreInput[] {
  const eventsOf = new Map<PassageKey, string[]>();
  for (const { event, matches } of resolved.events)
    for (const m of matches) {
      const key = passageKey(m.article, m.passage);
      eventsOf.set(key, [...(eventsOf.get(key) ?? []), event.id]);
    }
  // Passages stating the same claim speak of the same thing too, agreeing or not.
  const claimsOf = new Map<PassageKey, string[]>();
  for (const { claim, statements } of resolved.claims)
    for (const { match } of statements) {
      const key = passageKey(match.article, match.passage);
      claimsOf.set(key, [...(claimsOf.get(key) ?? []), claim.id]);
    }
  return passages.map((p) => ({
    article: p.article,
    id: p.id,
    text: p.text,
    entities: (resolved.mentions.get(passageKey(p.article, p.id)) ?? []).map((m) => m.entity),
    events: eventsOf.get(passageKey(p.article, p.id)) ?? [],
    claims: claimsOf.get(passageKey(p.article, p.id)) ?? [],
  }));
}

/** Both readings of the one similarity pass (related passages and alignment) for resolved annotations. */
export function scoreAnnotatedCorpus(passages: readonly CorpusPassage[], resolved: ResolvedAnnotations): CorpusScores {
  return scoreCorpus(listScoreInputs(passages, resolved));
}

/**
 * Resolve the curated annotations against the passages, without scoring them (the build's
 * early check needs only this).
 * @throws AnnotationErrors naming every entry (`events.yaml: juliaca-massacre: …`) that does not resolve.
 * @example resolveAnnotations({ passages: [{ article: 'a', id: 'p1', n: 1, text: 'The CGTP called a strike.' }], entities: [{ id: 'cgtp', name: 'CGTP', aliases: ['CGTP'] }], events: [], claims: [] }).topics.get('cgtp')?.passages.map((p) => p.id)
 * // ['p1']
 */
export function resolveAnnotations(input: AnnotationInput): ResolvedAnnotations {
  const { passages } = input;
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const problems: string[] = [];
  let matcher: ReturnType<typeof compileMentions>;
  try {
    matcher = compileMentions(input.entities);
  } catch (error) {
    // Forms listed twice: say so, and go on to find the quotes that do not resolve either.
    problems.push(`entities.yaml: ${(error as Error).message}`);
    matcher = compileMentions([]);
  }
  /** One selector resolved to one place, or its problem recorded and null. */
  const resolve = (entry: string, selector: Parameters<typeof findQuote>[0]): QuoteMatch | null => {
    const matches = findQuote(selector, passages);
    if (matches.length === 1) return matches[0] as QuoteMatch;
    problems.push(new QuoteError(entry, selector, matches).message);
    return null;
  };

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
        problems.push(
          `entities.yaml: ${topic.entity.id}: the form "${aliasText(alias)}" occurs in no article body (or always inside a longer form): remove it or correct its spelling.`,
        );
    }
  }

  const events = input.events.map((event) => ({
    event,
    matches: event.passages.map((selector) => resolve(`events.yaml: ${event.id}`, selector)),
  }));

  const claims = input.claims.map((claim) => ({
    claim,
    statements: claim.statements.map((statement) => ({
      statement,
      match: resolve(`claims.yaml: ${claim.id}`, statement),
    })),
  }));
  if (problems.length > 0) throw new AnnotationErrors(problems);
  // Every selector resolved (or the build stopped above), so the nulls are gone.
  const resolvedEvents = events.map(({ event, matches }) => ({ event, matches: matches as QuoteMatch[] }));
  const resolvedClaims = claims.map(({ claim, statements }) => ({
    claim,
    statements: statements as ResolvedStatement[],
  }));
  for (const { claim, statements } of resolvedClaims) {
    const keys = new Set(statements.map((s) => passageKey(s.match.article, s.match.passage)));
    for (const key of keys) {
      const own = statements.filter((s) => passageKey(s.match.article, s.match.passage) === key);
      const article = own[0]?.match.article;
      // Statements of the same article are not a disagreement with itself.
      const others = statements.filter((s) => s.match.article !== article);
      addNote(key, { kind: 'claim', claim, own, others });
    }
  }

  return { entities, mentions, topics, events: resolvedEvents, claims: resolvedClaims, notes };
}
