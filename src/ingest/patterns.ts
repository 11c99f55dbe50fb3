/**
 * Pure line classifiers used by the ingest plugins. Each takes one normalised line.
 * They describe shapes of saved web pages in general, not the exact strings of our seeds.
 */
import { MONTH_NAMES } from '../lib/dates/dates.ts';
import { countWords } from '../lib/passages/text.ts';

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(key)) + 1;
}

function toIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * A line that is nothing but a date, as ISO; null otherwise.
 * @example parseDateLine('Tue Jul 23, 2024') // '2024-07-23'
 */
export function parseDateLine(line: string): string | null {
  let m = MONTH_FIRST.exec(line);
  if (m) return toIso(Number(m[3]), monthIndex(m[1] ?? ''), Number(m[2]));
  m = DAY_FIRST.exec(line);
  if (m) return toIso(Number(m[3]), monthIndex(m[2] ?? ''), Number(m[1]));
  m = ISO.exec(line);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

const SHARE_WORDS = new Set([
  'facebook',
  'instagram',
  'twitter',
  'x',
  'youtube',
  'share',
  'tweet',
  'whatsapp',
  'telegram',
  'email',
  'e-mail',
  'linkedin',
  'reddit',
  'print',
  'pinterest',
  'bluesky',
  'mastodon',
  'tiktok',
  'threads',
  'copy',
  'link',
]);

/**
 * A row of share or follow buttons saved as text ("Facebook Twitter Share").
 * @example isShareBar('Facebook Instagram Twitter YouTube') // true
 */
export function isShareBar(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s|·•,]+/)
    .filter(Boolean);
  if (words.length === 0) return false;
  const social = words.filter((w) => SHARE_WORDS.has(w) && w !== 'copy' && w !== 'link' && w !== 'x');
  return words.every((w) => SHARE_WORDS.has(w)) && (social.length >= 2 || words.join(' ') === 'share');
}

/**
 * The title in a "You might be interested in: …" or "Read also: …" line; null otherwise.
 * @example parseRelatedLine('You might be interested in: A Title') // 'A Title'
 */
export function parseRelatedLine(line: string): string | null {
  const m = /^(?:you might (?:also )?be interested in|you may also like|read also|see also|related)\s*:\s*(.+)$/i.exec(
    line,
  );
  const title = (m?.[1] ?? '').trim();
  // "Related: the dockworkers joined …" is a sentence of the article: only a title is a link.
  return title && looksLikeTitle(title) ? title : null;
}

/**
 * A heading that opens the site's lists after an article ("MOST RECENT", "Most Popular Articles",
 * "Check out our other content", a podcast promo). Returns the reason, or null.
 */
export function tailMarkerReason(line: string): string | null {
  if (
    /^(?:most recent|most popular(?: articles)?|most read|latest(?: news| articles)?|related (?:articles|posts)|more from .{1,40}|trending)$/i.test(
      line,
    )
  ) {
    return 'heading of a list of other articles';
  }
  if (/^check out (?:our )?other (?:content|tags|articles)\s*:?$/i.test(line)) {
    return 'link to other content of the site';
  }
  if (/\bthe podcast (?:from|of|by)\b/i.test(line) && countWords(line) <= 12) {
    return 'podcast promotion';
  }
  return null;
}

/**
 * A byline: "By X", "By: X and Y". Returns the names, or null.
 * @example parseByline('By: PST-Peru') // ['PST-Peru']
 */
export function parseByline(line: string): string[] | null {
  const m = /^by:?\s+(.+)$/i.exec(line);
  if (!m || countWords(line) > 12 || /[.!?]$/.test(line.replace(/\b[A-Z]\.$/, ''))) return null;
  return splitNames(m[1] ?? '');
}

/** Split "A, B and C" into names. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&|\by\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A line that is only a person's name (2–5 capitalised words), as under a title before the date.
 * @example looksLikeName('Matías Busi') // true
 */
export function looksLikeName(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^(?:[\p{Lu}][\p{L}'’.-]*|de|del|da|la|van|von|y)$/u.test(w)) && !/[.:!?]$/.test(line);
}

/**
 * A translator credit: "Translation: X", "Translation by X", "Translated by X". Returns names or null.
 * @example parseTranslatorCredit('Translation by Molly Rosenzweig') // ['Molly Rosenzweig']
 */
export function parseTranslatorCredit(line: string): string[] | null {
  const m = /^(?:english )?(?:translation|translated(?: from [A-Za-z]+)?)(?: by|:)\s*:?\s*(.+?)\.?$/i.exec(line);
  if (!m || countWords(line) > 12) return null;
  return splitNames(m[1] ?? '');
}

/**
 * A photo credit line: "Photo: X", "Photo credit: X", "Image: X". Returns the credit or null.
 * @example parsePhotoCredit('Photo: Alessandro Cinque/Reuters') // 'Alessandro Cinque/Reuters'
 */
export function parsePhotoCredit(line: string): string | null {
  const m = /^\(?(?:photo(?:graph)?|image|foto|picture)(?: credit)?\s*:\s*(.+?)\)?$/i.exec(line);
  return m && countWords(line) <= 12 ? (m[1] ?? '').trim() : null;
}

/**
 * A photo caption that ends in an agency credit ("… in Lima, Peru. EFE/ Paolo Aguilar").
 * Returns caption and credit, or null.
 */
export function parseCaptionWithCredit(line: string): { caption: string; credit: string } | null {
  const m = /^(.+[.!?])\s+([\p{Lu}][\p{L}.&]*(?:\s[\p{Lu}][\p{L}.&]*){0,2}\s?\/\s?[\p{Lu}][\p{L}'’. -]+)$/u.exec(line);
  if (!m) return null;
  const credit = (m[2] ?? '').trim();
  if (countWords(credit) > 6) return null;
  return { caption: (m[1] ?? '').trim(), credit };
}

const LANGUAGES = 'Spanish|Portuguese|French|German|Italian|Quechua|Aymara|English|Catalan|Russian|Turkish';

/**
 * An "originally published" note. Returns what it says, or null.
 * @example parseOriginalPublication('Originally published in Spanish on March 26 in La Izquierda Diario.')
 * // { outlet: 'La Izquierda Diario', language: 'Spanish', datePrinted: 'March 26' }
 */
export function parseOriginalPublication(
  line: string,
): { outlet: string | null; language: string | null; datePrinted: string | null } | null {
  if (!/\b(?:originally|first) published\b/i.test(line) || countWords(line) > 40) return null;
  const language = new RegExp(`\\bin (${LANGUAGES})\\b`).exec(line)?.[1] ?? null;
  const datePrinted = new RegExp(`\\bon ((?:${MONTH}) \\d{1,2}(?:, \\d{4})?)`, 'i').exec(line)?.[1] ?? null;
  const outlet =
    /\b(?:in|on|by)\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:de|del|la|el|of|the|[\p{Lu}][\p{L}'’-]*))*)\.?$/u.exec(
      line,
    )?.[1] ?? null;
  return { outlet: outlet && outlet !== language ? outlet : null, language, datePrinted };
}

/**
 * An editorial note about where the text comes from ("This article is adapted from …").
 * @example isEditorialNote('This article is adapted and updated from a statement') // true
 */
export function isEditorialNote(line: string): boolean {
  return /^(?:this (?:article|statement|text|piece|interview|declaration) (?:is|was|has been) (?:adapted|translated|republished|reprinted|an edited|based|updated|originally)|a version of this (?:article|statement|text) (?:was|is|appeared))/i.test(
    line,
  );
}

/**
 * Could this line be a title? Short, no closing full stop or comma (also not one inside closing
 * quotes or brackets: a sentence that ends in a quotation, `… he said: “We stay.”`, is prose).
 * @example looksLikeTitle('Reflections on the Peruvian Uprising') // true
 */
export function looksLikeTitle(line: string): boolean {
  const words = countWords(line);
  return words >= 1 && words <= 25 && !/[.,;]["”’'»)\]]*$/.test(line) && /^[\p{Lu}\p{N}"“‘'¡¿(]/u.test(line);
}

/**
 * Could this line head the paragraphs that follow? Short, no sentence-closing mark but "?".
 * @example looksLikeHeading('The National Strike of January 19') // true
 */
export function looksLikeHeading(line: string): boolean {
  const words = countWords(line);
  return (
    words >= 1 &&
    words <= 16 &&
    !/[.,;:!…"”’)]$/.test(line) &&
    /^[\p{Lu}\p{N}"“‘¿]/u.test(line) &&
    parseDateLine(line) === null
  );
}

/**
 * Does a paragraph end by introducing a quotation of another author ("…, he states that:")?
 * @example introducesQuote('Returning to Trotsky, he states that:') // true
 */
export function introducesQuote(line: string): boolean {
  if (!/:$/.test(line)) return false;
  const lastSentence = line.split(/(?<=[.!?])\s+/).pop() ?? line;
  return /\b(?:states?|stated|says?|said|writes?|wrote|written|argues?|argued|explains?|explained|notes?|noted|declares?|declared|puts? it|insists?|insisted|affirms?|affirmed|observes?|observed|recalls?|recalled|warns?|warned|according to|in (?:his|her|their) words)\b/i.test(
    lastSentence,
  );
}
