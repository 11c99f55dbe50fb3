/**
 * What a saved web page says about itself, each value with the element it was read from. Sources
 * are tried in a fixed order of trust, the first that states a field wins:
 * JSON-LD `Article` / `NewsArticle` (also inside `@graph`), then `citation_*` meta (Highwire tags,
 * written for Google Scholar), then Open Graph / `article:*` and plain `<meta name>` tags, then
 * `<time datetime>` and `<link rel="canonical">`, then the visible headline (`<h1>`).
 * Nothing is inferred: no publisher from a domain name, no date from a URL.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';
import { isCalendarDate } from '../../schemas/patterns.ts';
import { HttpUrlSchema } from '../../schemas/sources.ts';
import type { Found } from '../provenance.ts';

export type { Found } from '../provenance.ts';

/** A date as the page shows it to readers (the text of a `<time>` element). */
export interface PrintedDate {
  text: string;
  iso: string | null;
  /** 1-based line of the saved page. */
  line: number;
}

/** Everything {@link readPageMetadata} finds; null where the page says nothing. */
export interface PageMetadata {
  title: Found<string> | null;
  /** The visible headline, when there is one. */
  headline: Found<string> | null;
  authors: Found<string[]> | null;
  published: Found<string> | null;
  modified: Found<string> | null;
  /** The first date the page prints, with the date its `datetime` gives. */
  printedDate: PrintedDate | null;
  siteName: Found<string> | null;
  language: Found<string> | null;
  canonicalUrl: Found<string> | null;
  section: Found<string> | null;
  description: Found<string> | null;
  /** JSON-LD blocks that could not be read, by line, for a warning. */
  unreadable: number[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

/** White space collapsed; null when nothing is left. */
function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** The `YYYY-MM-DD` a date-time starts with, as written in the page's own offset; null if none. */
export function isoDay(value: unknown): string | null {
  const text = clean(value);
  const match = text ? /^(\d{4})[-/](\d{2})[-/](\d{2})(?:$|[T\s])/.exec(text) : null;
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return isCalendarDate(iso) ? iso : null;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Every object of the JSON-LD blocks, `@graph` members included, in document order. */
/** `@graph` levels read at most: real pages nest one or two; a page nesting 50,000 overflowed the stack. */
export const MAX_GRAPH_DEPTH = 32;

/** Every object of the JSON-LD blocks and of their `@graph`s, walked without recursion, {@link MAX_GRAPH_DEPTH} levels at most. */
function flattenJsonLd(blocks: Json[]): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: [Json | undefined, number][] = blocks.map((b) => [b, 0]);
  for (let i = 0; i < queue.length; i++) {
    const [value, depth] = queue[i] as [Json | undefined, number];
    for (const item of asList(value)) {
      if (!isObject(item)) continue;
      out.push(item);
      if (item['@graph'] !== undefined && depth < MAX_GRAPH_DEPTH) queue.push([item['@graph'], depth + 1]);
    }
  }
  return out;
}

function typesOf(node: JsonObject): string[] {
  return asList(node['@type']).filter((t): t is string => typeof t === 'string');
}

/** The name of a Person / Organization value (a name, an object, or an `@id` reference). */
function nameOf(value: Json, byId: Map<string, JsonObject>): string | null {
  if (typeof value === 'string') return /^https?:/.test(value) ? null : clean(value);
  if (!isObject(value)) return null;
  const named = clean(value.name);
  if (named) return named;
  const id = value['@id'];
  const target = typeof id === 'string' ? byId.get(id) : undefined;
  return target && target !== value ? clean(target.name) : null;
}

/** A URL value (a string, or an object with `@id` / `url`), if it is an http(s) address. */
function urlOf(value: Json | undefined): string | null {
  const candidate = isObject(value) ? (value['@id'] ?? value.url) : value;
  const text = clean(candidate);
  return text && HttpUrlSchema.safeParse(text).success ? text : null;
}

/** The 1-based line of a hast node, or 1 when the parser gave none. */
function lineOf(node: Element): number {
  return node.position?.start.line ?? 1;
}

/** Read the page's own metadata from its full HTML (already checked for nesting depth, as built). */
export function readPageMetadata(html: string): PageMetadata {
  const tree = rehype().parse(html) as Root;

  // JSON-LD
  const unreadable: number[] = [];
  const blocks: Json[] = [];
  for (const script of selectAll('script[type]', tree)) {
    if (String(script.properties.type).toLowerCase().trim() !== 'application/ld+json') continue;
    try {
      blocks.push(JSON.parse(toString(script)) as Json);
    } catch {
      unreadable.push(lineOf(script));
    }
  }
  const nodes = flattenJsonLd(blocks);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ?? null;

  // Meta tags: name or property → contents, in document order.
  const meta = new Map<string, string[]>();
  for (const tag of selectAll('meta[content]', tree)) {
    const key = clean(tag.properties.name ?? tag.properties.property ?? tag.properties.itemProp);
    const content = clean(tag.properties.content);
    if (!key || !content) continue;
    const k = key.toLowerCase();
    meta.set(k, [...(meta.get(k) ?? []), content]);
  }
  const metaValue = (key: string): Found<string> | null => {
    const value = meta.get(key)?.[0];
    return value ? { value, evidence: key } : null;
  };
  const ld = <T>(field: string, read: (value: Json) => T | null): Found<T> | null => {
    if (!article || article[field] === undefined) return null;
    const value = read(article[field] as Json);
    return value === null ? null : { value, evidence: `JSON-LD ${field}` };
  };
  const first = <T>(...found: (Found<T> | null)[]): Found<T> | null => found.find((f) => f !== null) ?? null;
  const asDate = (found: Found<string> | null): Found<string> | null => {
    const day = found ? isoDay(found.value) : null;
    return found && day ? { value: day, evidence: found.evidence } : null;
  };

  // Visible elements: prefer those inside the <article>, where a page has one.
  const scope = select('article', tree) ?? tree;
  const h1 = select('h1', scope) ?? select('h1', tree);
  const headlineText = h1 ? clean(toString(h1)) : null;
  const headline = headlineText ? { value: headlineText, evidence: '<h1>' } : null;
  const time = select('time[datetime]', scope) ?? select('time[datetime]', tree);
  const timeText = time ? clean(toString(time)) : null;
  const printedDate: PrintedDate | null =
    time && timeText ? { text: timeText, iso: isoDay(time.properties.dateTime), line: lineOf(time) } : null;
  const timeDate = time ? isoDay(time.properties.dateTime) : null;

  const jsonLdAuthors = ld('author', (value) => {
    const names = asList(value)
      .map((a) => nameOf(a, byId))
      .filter((n): n is string => n !== null);
    return names.length > 0 ? [...new Set(names)] : null;
  });
  const metaAuthors = (key: string): Found<string[]> | null => {
    const names = (meta.get(key) ?? []).filter((n) => !/^https?:/.test(n));
    return names.length > 0 ? { value: [...new Set(names)], evidence: key } : null;
  };
  const canonical = select('link[rel~="canonical"][href]', tree);
  const canonicalHref = canonical ? urlOf(String(canonical.properties.href)) : null;
  const htmlLangNode = select('html[lang]', tree);
  const htmlLang = htmlLangNode ? clean(htmlLangNode.properties.lang) : null;

  return {
    title: first(
      ld('headline', clean),
      ld('name', clean),
      metaValue('citation_title'),
      metaValue('og:title'),
      headline,
    ),
    headline,
    authors: first(jsonLdAuthors, metaAuthors('citation_author'), metaAuthors('article:author'), metaAuthors('author')),
    published: first(
      asDate(ld('datePublished', clean)),
      asDate(metaValue('citation_publication_date')),
      asDate(metaValue('citation_date')),
      asDate(metaValue('citation_online_date')),
      asDate(metaValue('article:published_time')),
      timeDate ? { value: timeDate, evidence: '<time datetime>' } : null,
    ),
    modified: first(asDate(ld('dateModified', clean)), asDate(metaValue('article:modified_time'))),
    printedDate,
    siteName: first(
      ld('publisher', (value) => nameOf(Array.isArray(value) ? (value[0] ?? null) : value, byId)),
      metaValue('citation_publisher'),
      metaValue('og:site_name'),
    ),
    language: first(
      ld('inLanguage', clean),
      metaValue('citation_language'),
      htmlLang ? { value: htmlLang, evidence: '<html lang>' } : null,
      metaValue('og:locale'),
    ),
    canonicalUrl: first(
      ld('mainEntityOfPage', urlOf),
      ld('url', urlOf),
      canonicalHref ? { value: canonicalHref, evidence: '<link rel="canonical">' } : null,
      urlOf(metaValue('og:url')?.value) ? metaValue('og:url') : null,
    ),
    section: first(
      ld('articleSection', (value) => clean(asList(value)[0])),
      metaValue('article:section'),
    ),
    description: first(ld('description', clean), metaValue('og:description'), metaValue('description')),
    unreadable,
  };
}
