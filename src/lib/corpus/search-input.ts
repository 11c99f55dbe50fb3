/**
 * What the passage index is built from, shaped from what the build already holds: the articles in
 * date order with their passages (the one `listBodyPassages`), and the annotations the build
 * resolved (mentions with the names they stand for, events and disputed figures tied to their
 * passages by quotation). Pure, but build-only (it reads the annotations): `load-search-index.ts`
 * feeds it.
 */
import type { ResolvedAnnotations } from '../annotations/annotation-index.ts';
import { aliasText } from '../annotations/mentions.ts';
import type { Entity } from '../../schemas/annotations.ts';
import { foldQuotes } from '../passages/text.ts';
import { shortDate } from '../dates/dates.ts';
import { passageKey, routes } from '../routes/routes.ts';
import type { FilterKey } from '../search/search-state.ts';
import type { Gloss, IndexArticle, IndexTopic, TopicSpan } from '../search/passage-index.ts';
import type { QuoteMatch } from '../annotations/text-quote.ts';

/** One article as the build holds it, reduced to what search needs. */
export interface SearchArticle {
  slug: string;
  title: string;
  date: string | null;
  dateRange: { from: string; to: string } | null;
  authors: string[];
  publisher: string | null;
  tendency: string | null;
  passages: { id: string; text: string }[];
}

/**
 * The names an entity is searched by, as a gloss, where a mention prints a form whose words they do not
 * already contain (an acronym, a translation, a misspelling): its canonical and English names.
 * @example searchNames({ name: 'Dina Boluarte' }, 'Boularte') // ['Dina Boluarte']
 * @example searchNames({ name: 'Pedro Castillo' }, 'Castillo') // []
 */
export function searchNames(entity: Pick<Entity, 'name' | 'english'>, printed: string): string[] {
  const words = (s: string) =>
    foldQuotes(s)
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);
  const names = canonicalNames(entity);
  const known = new Set(names.flatMap(words));
  return words(printed).every((w) => known.has(w)) ? [] : names;
}

/** What an article's author filter and result line say when no author is known. */
export const UNKNOWN = 'Unknown';

/**
 * The result metadata and filter values of an article: the keys are the search page's filter names.
 * @example articleFacets({ slug: 'a', title: 'T', date: '2023-01-20', dateRange: null, authors: [], publisher: 'Left Voice', tendency: 'FT-CI', passages: [] }).filters
 * // { publisher: ['Left Voice'], current: ['FT-CI'], author: ['Unknown'], year: ['2023'] }
 */
export function articleFacets(a: SearchArticle): Pick<IndexArticle, 'meta' | 'filters'> {
  const authors = a.authors.length > 0 ? a.authors : [UNKNOWN];
  const filters: Record<FilterKey, string[]> = {
    publisher: a.publisher ? [a.publisher] : [],
    current: a.tendency ? [a.tendency] : [],
    author: authors,
    year: [a.date?.slice(0, 4) ?? UNKNOWN],
  };
  const meta: Record<string, string> = {
    slug: a.slug,
    title: a.title,
    author: authors.join(', '),
    // The date as a reader reads it (`date` stays ISO).
    when: shortDate(a.date, a.dateRange),
    ...(a.publisher ? { publisher: a.publisher } : {}),
    ...(a.tendency ? { current: a.tendency } : {}),
    ...(a.date ? { date: a.date } : {}),
  };
  return { meta, filters };
}

/** The key of a curated topic in the index. */
const topicKey = (kind: IndexTopic['kind'], id: string) => `${kind}:${id}`;

/**
 * An entity's canonical names: its own, and its English one where it has one (what a gloss stands for).
 * @example canonicalNames({ name: 'Confederación General', english: 'General Confederation' }) // ['Confederación General', 'General Confederation']
 */
export function canonicalNames(entity: Pick<Entity, 'name' | 'english'>): string[] {
  return [entity.name, ...(entity.english ? [entity.english] : [])];
}

/** An event or a disputed figure as a topic: named by its title and its other names. */
function titledTopic(
  kind: 'event' | 'claim',
  id: string,
  title: string,
  alsoCalled: string[],
  href: string,
): IndexTopic {
  return { key: topicKey(kind, id), kind, label: title, href, names: [title, ...alsoCalled] };
}

/**
 * The index's input: each article's passages with the other names of the forms they print and the
 * topics tied to them, and every curated topic with all its names and its page.
 */
export function listSearchInput(
  articles: SearchArticle[],
  resolved: ResolvedAnnotations,
): { articles: IndexArticle[]; topics: IndexTopic[] } {
  const tied = new Map<string, TopicSpan[]>();
  const tie = (match: QuoteMatch, key: string) => {
    const k = passageKey(match.article, match.passage);
    tied.set(k, [...(tied.get(k) ?? []), [key, match.start, match.end]]);
  };
  for (const { event, matches } of resolved.events) for (const m of matches) tie(m, topicKey('event', event.id));
  for (const { claim, statements } of resolved.claims)
    for (const s of statements) tie(s.match, topicKey('claim', claim.id));

  const indexArticles = articles.map((a) => ({
    ...articleFacets(a),
    passages: a.passages.map((p) => {
      const key = passageKey(a.slug, p.id);
      const mentions = resolved.mentions.get(key) ?? [];
      const glosses: Gloss[] = [];
      for (const mention of mentions) {
        const entity = resolved.entities.get(mention.entity);
        const names = entity ? searchNames(entity, mention.text) : [];
        if (names.length > 0) glosses.push({ printed: mention.text, names, topic: topicKey('entity', mention.entity) });
      }
      const spans = tied.get(key) ?? [];
      const topics = [...new Set([...mentions.map((m) => topicKey('entity', m.entity)), ...spans.map(([k]) => k)])];
      return { text: p.text, glosses, topics, spans };
    }),
  }));

  const topics: IndexTopic[] = [
    ...[...resolved.entities.values()].map((e) => ({
      key: topicKey('entity', e.id),
      kind: 'entity' as const,
      label: e.english ? `${e.name} (${e.english})` : e.name,
      href: routes.topic(e.id),
      names: [...new Set([...canonicalNames(e), ...e.aliases.map(aliasText)])],
      gloss: canonicalNames(e),
    })),
    ...resolved.events.map(({ event: e }) => titledTopic('event', e.id, e.title, e.alsoCalled, routes.timeline(e.id))),
    ...resolved.claims.map(({ claim: c }) =>
      titledTopic('claim', c.id, c.question, c.alsoCalled, routes.disagreements(c.id)),
    ),
  ];
  return { articles: indexArticles, topics };
}
