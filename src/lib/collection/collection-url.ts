/**
 * A collection in a URL's query string, so that a link is the whole collection:
 *
 *     ?t=Unions+and+the+strike&p=an-article:p3,another-article:p7&note=an-article:p3:Compare+the+figures
 *
 * `t` is the title; `p` lists the passages in order, each `<article slug>:p<¶ number>`, separated
 * by commas (several `p` parameters are read one after the other); each `note` is a passage key,
 * a colon and the note's text. Slugs, ¶ numbers, commas and colons are written as they are, so a
 * reader can see what a link holds; only the title and notes are percent-encoded (spaces as `+`).
 *
 * Reading is lenient about what it can still make sense of (an entry it cannot read, a passage
 * named twice, a note for a passage the list lacks are reported and the rest kept) and strict about
 * what it cannot (a link too long, damaged encoding, too many passages, an over-long title or note,
 * control characters): such a link is refused whole, with the reason in words.
 */
import { cleanText, entryKey, LIMITS, type Collection, type CollectionEntry } from './collection.ts';
import { passageId, passageNumber } from '../routes/routes.ts';

/** Something in a link that was set aside while the rest was read. */
export type LinkProblem =
  | { kind: 'unreadable'; text: string }
  | { kind: 'duplicate'; slug: string; n: number }
  | { kind: 'orphan-note'; text: string };

/** What a link holds: a collection with what was set aside, or a refusal with its reason. */
export type ReadResult = { ok: true; collection: Collection; problems: LinkProblem[] } | { ok: false; reason: string };

/** A slug as ingest makes them (github-slugger: letters, digits, `-`, `_`), at most 100 characters. */
const SLUG = /^[\p{L}\p{N}_-]{1,100}$/u;

/**
 * Percent-encode a title or note for the query string, spaces as `+` (readable, and what form
 * decoding reads back as a space).
 * @example encodeText('Strike, 19 July') // 'Strike%2C+19+July'
 */
export function encodeText(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+');
}

/**
 * The `<slug>:p<N>` form of an entry in a link.
 * @example entryRef({ slug: 'a-slug', n: 3 }) // 'a-slug:p3'
 */
export function entryRef(entry: Pick<CollectionEntry, 'slug' | 'n'>): string {
  return `${entry.slug}:${passageId(entry.n)}`;
}

/**
 * Read `<slug>:p<N>` back, or null when it is not one.
 * @example readEntryRef('a-slug:p3') // { slug: 'a-slug', n: 3 }
 * @example readEntryRef('a-slug:3') // null
 */
export function readEntryRef(text: string): { slug: string; n: number } | null {
  const colon = text.lastIndexOf(':');
  if (colon < 1) return null;
  const slug = text.slice(0, colon);
  const n = passageNumber(text.slice(colon + 1));
  return SLUG.test(slug) && n !== null ? { slug, n } : null;
}

/**
 * The query string of a collection (without `?`); empty for an empty, untitled collection.
 * @example writeCollection({ title: 'Strikes', entries: [{ slug: 'a', n: 3, note: 'See ¶4' }, { slug: 'b', n: 1, note: '' }] }) // 't=Strikes&p=a:p3,b:p1&note=a:p3:See+%C2%B64'
 */
export function writeCollection(collection: Collection): string {
  const parts: string[] = [];
  if (collection.title) parts.push(`t=${encodeText(collection.title)}`);
  if (collection.entries.length > 0) parts.push(`p=${collection.entries.map(entryRef).join(',')}`);
  for (const entry of collection.entries)
    if (entry.note) parts.push(`note=${entryRef(entry)}:${encodeText(entry.note)}`);
  return parts.join('&');
}

/** The raw `name=value` pairs of a query string, each part percent-decoded, or the reason it cannot be. */
function decodePairs(query: string): [string, string][] | string {
  const pairs: [string, string][] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const [rawName, rawValue] = eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    try {
      pairs.push([decodeURIComponent(rawName.replace(/\+/g, ' ')), decodeURIComponent(rawValue.replace(/\+/g, ' '))]);
    } catch {
      return `its encoding is damaged near “${part.slice(0, 40)}” (a % sign must be followed by two hex digits of UTF-8 text)`;
    }
  }
  return pairs;
}

const refused = (reason: string): ReadResult => ({
  ok: false,
  reason: `This link cannot be read as a collection: ${reason}. It may have been cut short or altered when it was copied; ask its sender for the link again.`,
});

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * Read a collection from a query string (with or without its `?`). Parameters other than `t`, `p`
 * and `note` are ignored (mail and chat programs add their own).
 */
export function readCollection(search: string): ReadResult {
  const query = search.replace(/^\?/, '');
  if (query.length > LIMITS.query)
    return refused(
      `it is ${query.length.toLocaleString('en')} characters long, and a collection link holds at most ${LIMITS.query.toLocaleString('en')}`,
    );
  const pairs = decodePairs(query);
  if (typeof pairs === 'string') return refused(pairs);
  const values = (name: string) => pairs.filter(([k]) => k === name).map(([, v]) => v);

  const titles = values('t');
  if (titles.length > 1) return refused(`it has ${titles.length} titles (t=), and a collection has one`);
  const title = titles[0] ?? '';
  if ([...title].length > LIMITS.title)
    return refused(`its title is ${[...title].length} characters long, over the ${LIMITS.title} a title may have`);
  for (const text of [title, ...values('note')])
    if (CONTROL.test(text)) return refused('its title or a note holds control characters, which no text needs');

  const problems: LinkProblem[] = [];
  const entries: CollectionEntry[] = [];
  const refs = values('p')
    .flatMap((v) => v.split(','))
    .map((r) => r.trim())
    .filter(Boolean);
  if (refs.length > LIMITS.entries)
    return refused(`it names ${refs.length} passages, and a collection holds at most ${LIMITS.entries}`);
  for (const ref of refs) {
    const read = readEntryRef(ref);
    if (!read) problems.push({ kind: 'unreadable', text: ref });
    else if (entries.some((e) => e.slug === read.slug && e.n === read.n)) problems.push({ kind: 'duplicate', ...read });
    else entries.push({ ...read, note: '' });
  }

  for (const text of values('note')) {
    // `<slug>:p<N>:<note>`: the note starts after the second colon (a slug has none).
    const first = text.indexOf(':');
    const second = first === -1 ? -1 : text.indexOf(':', first + 1);
    const ref = second === -1 ? null : readEntryRef(text.slice(0, second));
    const entry = ref ? entries.find((e) => entryKey(e) === entryKey(ref)) : undefined;
    if (!entry || entry.note) {
      problems.push({ kind: 'orphan-note', text: text.slice(0, 60) });
      continue;
    }
    const note = text.slice(second + 1);
    if ([...note].length > LIMITS.note)
      return refused(`a note is ${[...note].length} characters long, over the ${LIMITS.note} a note may have`);
    entry.note = cleanText(note, LIMITS.note);
  }
  return { ok: true, collection: { title, entries }, problems };
}
