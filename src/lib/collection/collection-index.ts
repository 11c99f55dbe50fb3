/**
 * The articles a collection can name, as the collection page carries them (built at build time by
 * src/lib/views/collection-view.ts), and a collection checked against them: which entries exist,
 * which do not, and why, in the reader's words.
 */
import type { Collection, CollectionEntry } from './collection.ts';
import type { LinkProblem } from './collection-url.ts';

/** What the collection page knows of an article before it fetches it. */
export interface IndexedArticle {
  title: string;
  publisher: string | null;
  /** The tendency's short name ("current" to readers), or null when unknown. */
  tendency: string | null;
  /** The date of writing in words, as the article's header gives it. */
  written: string;
  /** How many passages (¶1…¶N) it has. */
  passages: number;
}

/** Every article by slug. */
export type ArticleIndex = Record<string, IndexedArticle>;

/** An entry of a link that names no passage of the site. */
export type MissingEntry =
  | { kind: 'unknown-article'; slug: string; n: number }
  | { kind: 'unknown-passage'; slug: string; n: number; title: string; count: number };

/** Entries found in the index, and those not found, in the link's order. */
export interface ResolvedCollection {
  collection: Collection;
  missing: MissingEntry[];
}

/** Keep the entries whose article and passage exist; list the others. */
export function resolveCollection(collection: Collection, index: ArticleIndex): ResolvedCollection {
  const missing: MissingEntry[] = [];
  const entries: CollectionEntry[] = [];
  for (const entry of collection.entries) {
    const article = Object.hasOwn(index, entry.slug) ? index[entry.slug] : undefined;
    if (!article) missing.push({ kind: 'unknown-article', slug: entry.slug, n: entry.n });
    else if (entry.n > article.passages)
      missing.push({
        kind: 'unknown-passage',
        slug: entry.slug,
        n: entry.n,
        title: article.title,
        count: article.passages,
      });
    else entries.push(entry);
  }
  return { collection: { ...collection, entries }, missing };
}

/**
 * One sentence on an entry set aside.
 * @example describeMissing({ kind: 'unknown-passage', slug: 'a', n: 40, title: 'A title', count: 28 }) // '¶40 of “A title”: the article has 28 paragraphs.'
 */
export function describeMissing(problem: MissingEntry | LinkProblem): string {
  switch (problem.kind) {
    case 'unknown-article':
      return `¶${problem.n} of “${problem.slug}”: no article of this site has that address.`;
    case 'unknown-passage':
      return `¶${problem.n} of “${problem.title}”: the article has ${problem.count} paragraphs.`;
    case 'unreadable':
      return `“${problem.text}”: not a passage reference (an article's address, a colon, then p and a paragraph number, as in ${'article-address:p3'}).`;
    case 'duplicate':
      return `¶${problem.n} of “${problem.slug}” is named twice: it is shown once.`;
    case 'orphan-note':
      return `A note (“${problem.text}”) is for no passage the link lists, or for one that already has a note.`;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/**
 * The index the page carries, checked: anything that is not an {@link ArticleIndex} is refused
 * (the page then says so rather than showing a half-read collection).
 */
export function parseArticleIndex(json: string): ArticleIndex | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const index: ArticleIndex = {};
  for (const [slug, a] of Object.entries(value)) {
    if (
      !isRecord(a) ||
      !isString(a['title']) ||
      !isStringOrNull(a['publisher']) ||
      !isStringOrNull(a['tendency']) ||
      !isString(a['written']) ||
      typeof a['passages'] !== 'number' ||
      !Number.isInteger(a['passages'])
    )
      return null;
    index[slug] = {
      title: a['title'],
      publisher: a['publisher'],
      tendency: a['tendency'],
      written: a['written'],
      passages: a['passages'],
    };
  }
  return index;
}
