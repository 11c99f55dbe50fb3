/**
 * Citations of articles and passages: Chicago (notes and bibliography), APA 7 and MLA 9 as plain
 * text, and BibTeX, RIS and CSL-JSON for reference managers. Pure: the page passes in the data.
 *
 * Nothing is invented: with no known author the title leads (as each style prescribes); a devised
 * title keeps its square brackets and no quotation marks; a date known only by estimate is given
 * in square brackets, and a printed date that differs is cited as printed with the date of writing;
 * a name is inverted or reduced to initials only where its family name can be known.
 */

import { monthName, splitIsoDate } from '../dates/dates.ts';
import { passageId } from '../routes/routes.ts';

/** What a citation needs to know about an article. */
export interface CitationInput {
  title: string;
  titleBasis: 'printed' | 'devised';
  /** Authors as printed: persons ("Matías Busi") or organisations ("PST-Peru"). */
  authors: string[];
  translators: string[];
  publisher: string | null;
  /** Date of writing (ISO) and its range, if only a range is known. */
  date: string | null;
  dateRange: { from: string; to: string } | null;
  /** Whether the date of writing is stated by the source (printed, or in its URL). */
  dateStated: boolean;
  /** Printed date (ISO) where it differs from the date of writing. */
  datePrintedIso: string | null;
  /** This site's permalink of the article. */
  url: string;
  /** The article's original address, if known. */
  sourceUrl: string | null;
}

// MLA 9, appendix 1 (common abbreviations): months of more than four letters are abbreviated, and
// September as "Sept."; Intl's short month names ("Sep", "Jun", no period) are a different list.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const parts = splitIsoDate;

/** A name as CSL-JSON holds it: split into given and family names, or kept whole. */
export type ParsedName = { given: string; family: string } | { literal: string };

// Particles that open a family name ("Juan Pablo de la Cruz", "Vincent van Gogh"), in lower case.
const PARTICLES = new Set('de del della di da das do dos du la las los van von der den ten ter'.split(' '));

/**
 * Split a printed name only where the split can be known, and keep it whole otherwise. One word
 * is an organisation (PST-Peru); two words are a given and a family name; a lower-case particle
 * opens the family name when only particles and one word follow it. Any other name of three or
 * more words stays literal: "Ana María Pérez García" may be Ana María + Pérez García or Ana +
 * María Pérez García, and Spanish double surnames are common, so the last word is no safe guess.
 * @example parseName('Matías Busi') // { given: 'Matías', family: 'Busi' }
 * @example parseName('Juan Pablo de la Cruz') // { given: 'Juan Pablo', family: 'de la Cruz' }
 * @example parseName('José Carlos Mariátegui La Chira') // { literal: 'José Carlos Mariátegui La Chira' }
 */
export function parseName(name: string): ParsedName {
  const words = name.trim().split(/\s+/);
  if (words.length === 2) return { given: words[0] ?? '', family: words[1] ?? '' };
  const particle = words.findIndex((w, i) => i > 0 && PARTICLES.has(w));
  const rest = particle > 0 ? words.slice(particle) : [];
  // The first particle must be lower case ("La Chira" is a surname); those after it need not be ("de Las Casas").
  if (rest.length >= 2 && rest.slice(1, -1).every((w) => PARTICLES.has(w.toLowerCase())))
    return { given: words.slice(0, particle).join(' '), family: rest.join(' ') };
  return { literal: words.join(' ') };
}

/** Family name first (Busi, Matías); a literal name stays as printed. */
function invert(name: string): string {
  const parsed = parseName(name);
  return 'literal' in parsed ? parsed.literal : `${parsed.family}, ${parsed.given}`;
}

/** Whether a name is kept whole: an organisation, or a person whose split is unknown. */
function isLiteral(name: string): boolean {
  return 'literal' in parseName(name);
}

/** The family name, or the whole name where it cannot be split. */
function familyName(name: string): string {
  const parsed = parseName(name);
  return 'literal' in parsed ? parsed.literal : parsed.family;
}

/**
 * Straight apostrophes as typographic ones, as citation styles print them (Workers’ Voice).
 * @example typographic("Workers' Voice") // 'Workers’ Voice'
 */
export function typographic(text: string): string {
  return text.replace(/'/g, '’');
}

function initials(given: string): string {
  return given
    .split(/\s+/)
    .map((g) => `${g[0] ?? ''}.`)
    .join(' ');
}

function list(names: string[], last = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}${names.length > 2 ? ',' : ''} ${last} ${names.at(-1) ?? ''}`;
}

/** Month day, year, or a range within a month/year, in the style's wording. */
function chicagoDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${monthName(m)} ${d}, ${y}`;
}
function chicagoRange(from: string, to: string): string {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  if (y1 === y2 && m1 === m2) return `${monthName(m1)} ${d1}–${d2}, ${y1}`;
  return `${chicagoDate(from)}–${chicagoDate(to)}`;
}
function mlaDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MLA_MONTHS[m - 1]} ${y}`;
}
function mlaRange(from: string, to: string): string {
  const [y1, m1, d1] = parts(from);
  const [, m2, d2] = parts(to);
  return m1 === m2 ? `${d1}–${d2} ${MLA_MONTHS[m1 - 1]} ${y1}` : `${mlaDate(from)}–${mlaDate(to)}`;
}

/** The date phrase: stated dates plain, estimates in brackets, a differing printed date first. */
function datePhrase(
  input: CitationInput,
  single: (iso: string) => string,
  range: (a: string, b: string) => string,
  written: string,
): string {
  if (!input.date) return 'n.d.';
  const writing = input.dateRange ? range(input.dateRange.from, input.dateRange.to) : single(input.date);
  const estimate = input.dateStated ? writing : `[${written} ${writing}]`;
  return input.datePrintedIso
    ? `${single(input.datePrintedIso)} ${estimate.startsWith('[') ? estimate : `[${written} ${estimate}]`}`
    : estimate;
}

/**
 * The title with the punctuation that follows it: inside closing quotation marks for a printed
 * title, none for a devised one (a bracketed description). A title's own ? or ! replaces a period.
 */
function quotedTitle(input: CitationInput, closing: string): string {
  const mark = closing === '.' && /[?!]$/.test(input.title) ? '' : closing;
  return input.titleBasis === 'devised' ? `${input.title}${mark}` : `“${input.title}${mark}”`;
}

/** Chicago notes-bibliography: a note and a bibliography entry. */
export function chicago(input: CitationInput, paragraph?: number): { note: string; bibliography: string } {
  const date = datePhrase(input, chicagoDate, chicagoRange, 'written');
  const where = paragraph ? `${input.url}#${passageId(paragraph)}` : input.url;
  const trans = input.translators.length > 0 ? `trans. ${list(input.translators)}, ` : '';
  const noteAuthors = input.authors.length > 0 ? `${list(input.authors)}, ` : '';
  const note = `${noteAuthors}${quotedTitle(input, ',')} ${trans}${input.publisher ? `${typographic(input.publisher)}, ` : ''}${date}${paragraph ? `, para. ${paragraph}` : ''}, ${where}.`;
  const bibAuthors =
    input.authors.length > 0 ? `${list([invert(input.authors[0] ?? ''), ...input.authors.slice(1)])}. ` : '';
  const bibTrans = input.translators.length > 0 ? ` Translated by ${list(input.translators)}.` : '';
  const bibliography = `${bibAuthors}${quotedTitle(input, '.')}${bibTrans}${input.publisher ? ` ${typographic(input.publisher)},` : ''} ${date}. ${input.url}.`;
  return { note, bibliography };
}

/** APA 7: the reference entry, and the in-text citation. */
export function apa(input: CitationInput, paragraph?: number): { reference: string; inText: string } {
  const names = input.authors.map((name) => {
    const parsed = parseName(name);
    return 'literal' in parsed ? parsed.literal : `${parsed.family}, ${initials(parsed.given)}`;
  });
  let dateText = 'n.d.';
  let original = '';
  let year = 'n.d.';
  if (input.date) {
    const [y, m, d] = parts(input.date);
    const writing = input.dateRange
      ? (() => {
          const [, m2, d2] = parts(input.dateRange.to);
          return m2 === m ? `${y}, ${monthName(m)} ${d}–${d2}` : `${y}, ${monthName(m)} ${d}–${monthName(m2)} ${d2}`;
        })()
      : `${y}, ${monthName(m)} ${d}`;
    const writingYear = input.dateStated ? String(y) : `[${y}]`;
    if (input.datePrintedIso) {
      // APA's pattern for a republished work: the printed date, then the original one.
      const [py, pm, pd] = parts(input.datePrintedIso);
      dateText = `${py}, ${monthName(pm)} ${pd}`;
      original = ` (Original work written ${input.dateStated ? writing : `[${writing}]`})`;
      year = `${writingYear}/${py}`;
    } else {
      dateText = input.dateStated ? writing : `[${writing}]`;
      year = writingYear;
    }
  }
  const translators = input.translators.map((t) => {
    const parsed = parseName(t);
    return 'literal' in parsed ? parsed.literal : `${initials(parsed.given)} ${parsed.family}`;
  });
  const translated = translators.length > 0 ? ` (${list(translators, '&')}, Trans.)` : '';
  const title = `${input.title}${translated}`;
  const titleEnd = translated || !/[?!]$/.test(input.title) ? '.' : '';
  const publisher = input.publisher ? `${typographic(input.publisher)}. ` : '';
  const reference =
    names.length > 0
      ? `${list(names, '&')}${names.at(-1)?.endsWith('.') ? '' : '.'} (${dateText}). ${title}${titleEnd} ${publisher}${input.url}${original}`
      : `${title}${titleEnd} (${dateText}). ${publisher}${input.url}${original}`;
  const who =
    input.authors.length > 0
      ? `${input.authors.map(familyName).join(' & ')},`
      : // APA 7 §8.14: with no author, the title as the reference list sets it (a web page's in italics,
        // which plain text cannot show), not in quotation marks.
        `${input.title},`;
  const inText = `(${who} ${year}${paragraph ? `, para. ${paragraph}` : ''})`;
  return { reference, inText };
}

/** MLA 9: the works-cited entry. */
export function mla(input: CitationInput, paragraph?: number): string {
  const authors =
    input.authors.length === 0
      ? ''
      : input.authors.length === 1
        ? `${invert(input.authors[0] ?? '')}. `
        : input.authors.length === 2
          ? `${invert(input.authors[0] ?? '')}, and ${input.authors[1]}. `
          : `${invert(input.authors[0] ?? '')}, et al. `;
  const trans = input.translators.length > 0 ? ` Translated by ${list(input.translators)},` : '';
  const date = datePhrase(input, mlaDate, mlaRange, 'written');
  const where = (paragraph ? `${input.url}#${passageId(paragraph)}` : input.url).replace(/^https?:\/\//, '');
  return `${authors}${quotedTitle(input, '.')}${trans}${input.publisher ? ` ${typographic(input.publisher)},` : ''} ${date}${paragraph ? `, par. ${paragraph}` : ''}, ${where}.`;
}

/** LaTeX's spelling of each character that would otherwise be read as markup. */
const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * A field's text for BibTeX: every character LaTeX or BibTeX reads as markup escaped, backslash
 * and braces included, so no text can close its field or run a command.
 * @example bibtexEscape('a}{b \\input') // 'a\\}\\{b \\textbackslash{}input'
 */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (ch) => BIBTEX_SPECIAL[ch] ?? `\\${ch}`);
}

/**
 * A URL for BibTeX's `url` field, which is read verbatim: the characters that would end the field
 * or start a comment (`{ } \\ %`) and white space percent-encoded, so the address still leads where it did.
 * @example bibtexUrl('https://e.org/a?q=},x={') // 'https://e.org/a?q=%7D,x=%7B'
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]|%(?![0-9A-Fa-f]{2})/g, (ch) => encodeURIComponent(ch));
}

/** The longest a part of a citation key may be: keys stay short whatever a title holds. */
const KEY_PART = 24;

/** A stable citation key: first author's family name (or first title word), year, first title word; each part at most {@link KEY_PART} characters. */
export function citationKey(input: CitationInput): string {
  const who = input.authors[0] ? familyName(input.authors[0]) : '';
  const words = input.title
    .replace(/[[\]]/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .match(/[A-Za-z0-9]+/g) ?? ['untitled'];
  const base = who
    ? who
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]/g, '')
    : (words[0] ?? 'untitled');
  const word = words.find((w) => w.length > 3) ?? words[0] ?? '';
  return `${base.slice(0, KEY_PART).toLowerCase()}${input.date?.slice(0, 4) ?? 'nd'}${word.slice(0, KEY_PART).toLowerCase()}`;
}

/** BibTeX (biblatex @online) entry, under `key` (its {@link citationKey} unless given). */
export function bibtex(input: CitationInput, key = citationKey(input)): string {
  const fields: [string, string][] = [];
  // Names: each escaped before the braces that keep an organisation's name whole are put round it.
  const names = (list: string[]) =>
    list.map((a) => (isLiteral(a) ? `{${bibtexEscape(a)}}` : bibtexEscape(invert(a)))).join(' and ');
  if (input.authors.length > 0) fields.push(['author', names(input.authors)]);
  fields.push(['title', input.title]);
  if (input.translators.length > 0) fields.push(['translator', names(input.translators)]);
  if (input.publisher) fields.push(['organization', input.publisher]);
  if (input.date) fields.push(['date', input.dateRange ? `${input.dateRange.from}/${input.dateRange.to}` : input.date]);
  fields.push(['url', bibtexUrl(input.sourceUrl ?? input.url)]);
  fields.push(['langid', 'english']);
  const notes = [
    input.titleBasis === 'devised' ? 'Title devised by the editors of Uprising Reader, not printed in the text' : '',
    input.dateStated ? '' : 'Date of writing estimated from internal evidence',
    input.datePrintedIso ? `Printed date ${input.datePrintedIso}` : '',
    input.sourceUrl ? `Read at ${input.url}` : 'Original URL unknown',
  ].filter(Boolean);
  fields.push(['note', `${notes.join('. ')}.`]);
  const escaped = new Set(['url', 'author', 'translator']);
  const body = fields.map(([k, v]) => `  ${k} = {${escaped.has(k) ? v : bibtexEscape(v)}}`).join(',\n');
  return `@online{${key},\n${body}\n}\n`;
}

/** RIS record. */
export function ris(input: CitationInput): string {
  const lines: [string, string][] = [['TY', 'ELEC']];
  for (const a of input.authors) lines.push(['AU', invert(a)]);
  lines.push(['TI', input.title]);
  for (const t of input.translators) lines.push(['A4', invert(t)]);
  if (input.publisher) lines.push(['PB', input.publisher]);
  if (input.date) {
    const [y, m, d] = parts(input.date);
    lines.push(['PY', String(y)], ['DA', `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`]);
  }
  lines.push(['UR', input.sourceUrl ?? input.url], ['LA', 'en']);
  if (input.sourceUrl) lines.push(['L2', input.url]);
  if (input.titleBasis === 'devised')
    lines.push(['N1', 'Title devised by the editors of Uprising Reader, not printed in the text.']);
  if (!input.dateStated && input.date) lines.push(['N1', 'Date of writing estimated from internal evidence.']);
  lines.push(['ER', '']);
  return `${lines.map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\r\n')}\r\n`;
}

/** CSL-JSON item, with `key` as its id (its {@link citationKey} unless given). */
export function cslJson(input: CitationInput, key = citationKey(input)): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: key,
    type: 'webpage',
    title: input.title,
    URL: input.sourceUrl ?? input.url,
    language: 'en',
  };
  if (input.authors.length > 0) item['author'] = input.authors.map(parseName);
  if (input.translators.length > 0) item['translator'] = input.translators.map(parseName);
  if (input.publisher) item['container-title'] = input.publisher;
  if (input.date) {
    const dateParts = input.dateRange ? [parts(input.dateRange.from), parts(input.dateRange.to)] : [parts(input.date)];
    item['issued'] = input.dateStated ? { 'date-parts': dateParts } : { 'date-parts': dateParts, approximate: true };
  }
  const notes = [
    input.titleBasis === 'devised' ? 'Title devised by the editors, not printed in the text.' : '',
    input.datePrintedIso ? `Printed date ${input.datePrintedIso}.` : '',
  ].filter(Boolean);
  if (notes.length > 0) item['note'] = notes.join(' ');
  return item;
}
