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
import { cleanText, entryKey, LIMITS, UNSAFE_TEXT, type Collection, type CollectionEntry } from './collection.ts';
import { ARTICLE_SLUG, passageId, passageNumber } from '../routes/routes.ts';

/** Something in a link that was set aside while the rest was read. */
export type LinkProblem =
  | { kind: 'unreadable'; text: string }
  | { kind: 'duplicate'; slug: string; n: number }
  | { kind: 'orphan-note'; text: string };

/** What a link holds: a collection with what was set aside, or a refusal with its reason. */
export type ReadResult =
  { ok: true; collection: Collection; problems: LinkProblem[] } | { ok: false; reason: string; detail: string };

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
  return ARTICLE_SLUG.test(slug.normalize('NFC')) && n !== null ? { slug: slug.normalize('NFC'), n } : null;
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

/**
 * Whether a collection's link stays within {@link LIMITS}.query characters as written, after
 * percent-encoding (a note of 500 Chinese characters takes 4,500).
 * @example fitsInLink({ title: 'x'.repeat(100), entries: [] }) // true
 */
export function fitsInLink(collection: Collection): boolean {
  return writeCollection(collection).length <= LIMITS.query;
}

/**
 * An edit of a note or the title kept within the link: `edit(text)` with the longest start of
 * `text` (whole characters) whose link still fits; `cut` says whether any of it was left out.
 * @example fitEdit('abc', (t) => ({ title: t, entries: [] })) // { collection: { title: 'abc', entries: [] }, cut: false }
 */
export function fitEdit(text: string, edit: (text: string) => Collection): { collection: Collection; cut: boolean } {
  const whole = edit(text);
  if (fitsInLink(whole)) return { collection: whole, cut: false };
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fitsInLink(edit(chars.slice(0, mid).join('')))) lo = mid;
    else hi = mid - 1;
  }
  return { collection: edit(chars.slice(0, lo).join('')), cut: true };
}

/** The parameters a collection link is made of; any other (mail and chat programs add their own) is left unread. */
const NAMES = new Set(['t', 'p', 'note']);

/**
 * The `name=value` pairs of a query string that belong to a collection, each percent-decoded, or
 * the reason one of them cannot be. Other parameters are skipped undecoded, so a damaged one the
 * page does not read (`utm_source=100%`) refuses nothing.
 */
function decodePairs(query: string): [string, string][] | string {
  const pairs: [string, string][] = [];
  const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const [rawName, rawValue] = eq === -1 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    let name: string;
    try {
      name = decode(rawName);
    } catch {
      continue;
    }
    if (!NAMES.has(name)) continue;
    try {
      pairs.push([name, decode(rawValue)]);
    } catch {
      return `its encoding is damaged near “${part.slice(0, 40)}” (a % sign must be followed by two hex digits of UTF-8 text)`;
    }
  }
  return pairs;
}

const refused = (detail: string): ReadResult => ({
  ok: false,
  reason: `This link cannot be read as a collection: ${detail}. It may have been cut short or altered when it was copied; ask its sender for the link again.`,
  detail,
});

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
    if (new RegExp(UNSAFE_TEXT.source, 'u').test(text))
      return refused(
        'its title or a note holds a control or text-direction character, which no text needs and which can disguise what it says',
      );

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
