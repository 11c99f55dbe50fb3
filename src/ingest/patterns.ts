/**
 * Pure line classifiers used by the ingest plugins. Each takes one normalised line.
 * They describe shapes of saved web pages in general, not the exact strings of our seeds.
 */
import { MONTH_NAMES } from '../lib/dates/dates.ts';
import { countWords, listWords } from '../lib/passages/text.ts';
import { type Credit, FUNCTION_WORDS, looksLikeName, parseCredits, splitNames } from './names.ts';

export { looksLikeName, splitNames } from './names.ts';

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
 * A byline: "By X", "By: X and Y", "By X, Lima correspondent". Returns the people it credits,
 * each with the role or place printed beside the name, or null.
 * @example parseBylineCredits('By Jane Doe, Lima correspondent') // [{ name: 'Jane Doe', role: 'Lima correspondent' }]
 */
export function parseBylineCredits(line: string): Credit[] | null {
  const m = /^by:?\s+(.+)$/i.exec(line);
  if (!m || countWords(line) > 12 || /[.!?]$/.test(line.replace(/\b[A-Z]\.$/, ''))) return null;
  // Names and organisations start with a capital or a digit: "By the end of January …" is prose.
  const credits = parseCredits(m[1] ?? '');
  return credits?.every((c) => /^[\p{Lu}\p{N}]/u.test(c.name)) ? credits : null;
}

/**
 * The names of a byline ("By X", "By: X and Y"), without roles or places; null if not a byline.
 * @example parseByline('By: PST-Peru') // ['PST-Peru']
 */
export function parseByline(line: string): string[] | null {
  return parseBylineCredits(line)?.map((c) => c.name) ?? null;
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
 * A photo credit line: "Photo: X", "Photos: AP", "Photo credit: X", "Photo by X", "Image: X".
 * Returns the credit or null.
 * @example parsePhotoCredit('Photo: Alessandro Cinque/Reuters') // 'Alessandro Cinque/Reuters'
 */
export function parsePhotoCredit(line: string): string | null {
  const m =
    /^\(?(?:photo(?:graph)?s?|images?|fotos?|fotografías?|pictures?)(?: credits?)?(?:\s*:\s*|\s+by\s+|\s+de\s+)(.+?)\)?\.?$/i.exec(
      line,
    );
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

/** A capitalised phrase after "in", "at", "on" or "by": a candidate outlet ("at Left Voice"). */
const OUTLET_AFTER =
  /\b(?:in|at|on|by)\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:de|del|la|el|of|the|[\p{Lu}][\p{L}'’-]*))*)/gu;

/**
 * An "originally published" note, with or without a date. Returns what it says, or null.
 * The outlet is the first capitalised name after "in", "at", "on" or "by" that is not a language
 * or a month.
 * @example parseOriginalPublication('Originally published in Spanish on March 26 in La Izquierda Diario.')
 * // { outlet: 'La Izquierda Diario', language: 'Spanish', datePrinted: 'March 26' }
 */
export function parseOriginalPublication(
  line: string,
): { outlet: string | null; language: string | null; datePrinted: string | null } | null {
  // The note speaks of the text itself, first thing: "The decree was first published in El
  // Peruano …" is a sentence of the article.
  const TEXT = '(?:article|statement|text|piece|interview|declaration|essay|report|story|translation)';
  const note = new RegExp(
    `^(?:(?:this|the) ${TEXT} (?:was|is|has been) |a version of this ${TEXT} (?:was|is|has been) |it was )?(?:originally|first) (?:published|appeared)\\b`,
    'i',
  );
  if (!note.test(line) || countWords(line) > 40) return null;
  const language = new RegExp(`\\bin (${LANGUAGES})\\b`).exec(line)?.[1] ?? null;
  const datePrinted =
    new RegExp(`\\b(?:on|in) ((?:${MONTH}) \\d{1,2}(?:, \\d{4})?|\\d{1,2} (?:${MONTH})(?:,? \\d{4})?)`, 'i').exec(
      line,
    )?.[1] ?? null;
  const monthOrLanguage = new RegExp(`^(?:${MONTH}|${LANGUAGES})$`, 'i');
  const outlet =
    [...line.matchAll(OUTLET_AFTER)]
      .map((m) => (m[1] ?? '').replace(/\s+(?:de|del|la|el|of|the)$/u, ''))
      .find((name) => !monthOrLanguage.test(name)) ?? null;
  return { outlet, language, datePrinted };
}

/**
 * An editorial note about the text itself: where it comes from ("This article is adapted from
 * …", "A version of this article appeared in …"), or how it was edited ("This interview has been
 * edited for length and clarity.", "Edited for clarity.", "Editor’s note: …").
 * @example isEditorialNote('This article is adapted and updated from a statement') // true
 * @example isEditorialNote('This interview has been edited for length and clarity.') // true
 */
export function isEditorialNote(line: string): boolean {
  return editorialNoteKind(line) !== null;
}

/**
 * What an editorial note tells: where the text comes from (`source`), or how it was edited
 * (`editing`, also an editor's note); null for any other line.
 * @example editorialNoteKind('Edited for length and clarity.') // 'editing'
 */
export function editorialNoteKind(line: string): 'source' | 'editing' | null {
  const TEXT =
    '(?:article|statement|text|piece|interview|declaration|conversation|transcript|translation|story|essay|report)';
  // Where the text comes from: whatever follows ("… adapted and updated from a statement by …").
  const SOURCE = '(?:adapted|translated|republished|reprinted|an edited|based|updated|originally)';
  // How it was edited: only "for length/clarity/…" or nothing may follow ("edited by the censors" is news).
  const EDIT =
    '(?:lightly )?(?:edited|condensed|abridged|shortened)(?: and (?:lightly )?(?:edited|condensed))?(?: for (?:length|clarity|brevity|space)(?:(?: and|,) (?:length|clarity|brevity|space))*)?[.]?$';
  if (
    new RegExp(`^this ${TEXT} (?:is|was|has been|have been) ${SOURCE}\\b`, 'i').test(line) ||
    /^a version of this (?:article|statement|text|interview|piece) (?:was|is|appeared)/i.test(line)
  ) {
    return 'source';
  }
  if (
    new RegExp(`^(?:(?:this|the) ${TEXT} (?:is|was|has been|have been) )?${EDIT}`, 'i').test(line) ||
    /^editor[’']?s[’']? note\s*:/i.test(line)
  ) {
    return 'editing';
  }
  return null;
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

/** The last sentence of a paragraph: the clause a closing colon belongs to. */
function lastSentence(line: string): string {
  return line.split(/(?<=[.!?])\s+/).pop() ?? line;
}

/**
 * Does a paragraph end by introducing someone's words: a closing colon after a verb of saying,
 * which names who speaks ("Returning to Trotsky, he states that:", "… described what happened
 * next to La República:")?
 * @example introducesQuote('Returning to Trotsky, he states that:') // true
 */
export function introducesQuote(line: string): boolean {
  if (!/:$/.test(line)) return false;
  return /\b(?:states?|stated|says?|said|tells?|told|writes?|wrote|written|argues?|argued|explains?|explained|notes?|noted|declares?|declared|puts? it|insists?|insisted|affirms?|affirmed|observes?|observed|recalls?|recalled|remembers?|remembered|warns?|warned|describes?|described|recounts?|recounted|adds?|added|asks?|asked|answers?|answered|replie[sd]|reply|testifie[sd]|testify|denounces?|denounced|according to|in (?:his|her|their) words)\b/i.test(
    lastSentence(line),
  );
}

/**
 * Does a paragraph end by introducing a list or a continuation of the author's own sentence
 * ("Our demands are the following:", "… three things:")?
 * @example introducesList('Our demands are the following:') // true
 */
export function introducesList(line: string): boolean {
  return (
    /\b(?:(?:the )?following|as follows|include|including|includes|namely|such as|these|this|are|were|is|was)\s*:$/i.test(
      lastSentence(line),
    ) ||
    /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\p{L}+\s+)?\p{L}+:$/iu.test(lastSentence(line))
  );
}

/**
 * Does a paragraph open like an item of a list ("- …", "• …", "1. …", "a) …")?
 * @example isListItem('1. Land for those who work it.') // true
 */
export function isListItem(line: string): boolean {
  return /^(?:[-–—•*·▪]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/u.test(line);
}

/**
 * Does a paragraph open with a quotation mark, as quoted speech does?
 * @example opensQuotation('“We were not armed,” she said.') // true
 */
export function opensQuotation(line: string): boolean {
  return /^["“«‘„]/u.test(line);
}

/**
 * Does a paragraph open a quotation it does not close (a quotation running on into the next
 * paragraph, which by the usual convention opens with a quotation mark again)?
 */
export function leavesQuotationOpen(line: string): boolean {
  if (!opensQuotation(line)) return false;
  const opens = (line.match(/[“«]/gu) ?? []).length;
  const closes = (line.match(/[”»]/gu) ?? []).length;
  const straight = (line.match(/"/g) ?? []).length;
  return opens > closes || straight % 2 === 1;
}

/**
 * Is a paragraph spoken in the first person (English or Spanish pronouns)?
 * @example speaksInFirstPerson('We were not armed; they shot at us anyway.') // true
 */
export function speaksInFirstPerson(line: string): boolean {
  // Only a first capital is allowed, not all capitals: "the US-backed regime" is no "us".
  return /(?<![\p{L}'’])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?|[Yy]o|[Nn]osotr[oa]s|[Nn]uestr[oa]s?|[Mm]is?)(?![\p{L}'’-])|(?<![\p{L}])I['’](?:m|ve|d|ll)\b/u.test(
    line,
  );
}

/** Does a line use no function word, as a label does ("Peru protests Jan '23", "Latin America")? */
function hasNoFunctionWord(line: string): boolean {
  return listWords(line).every((word) => !FUNCTION_WORDS.has(word.toLowerCase()));
}

/**
 * Does a title-like line read as a standfirst rather than a headline: a long sentence (ten words
 * or more) in sentence case (most of its longer words after the first in lower case)?
 * @example readsAsStandfirst('Thousands march on Lima as the regime answers with tear gas and arrests') // true
 */
export function readsAsStandfirst(line: string): boolean {
  const words = listWords(line).slice(1);
  if (words.length + 1 < 10) return false;
  const longer = words.filter((w) => w.length >= 4);
  const lower = longer.filter((w) => /^\p{Ll}/u.test(w));
  return lower.length * 2 > longer.length;
}

/** Words at most in a kicker: a label, not a headline. */
const KICKER_MAX_WORDS = 5;

/**
 * Is `line` a kicker (a short label printed above the headline) given the line after it? It is
 * short (at most five words) and ends with no punctuation; it reads as a label (at most three
 * words, all capitals, or no function word); and the line after it is a longer headline (it
 * could be a title, is no byline, date, credit or name, and does not read as a standfirst).
 * @example isKicker("Peru protests Jan '23", 'Police Fire on Marchers in Juliaca') // true
 * @example isKicker('Peru Rises', 'Thousands march on Lima as the regime answers with tear gas and arrests') // false
 */
export function isKicker(line: string, next: string): boolean {
  const words = countWords(line);
  if (words < 1 || words > KICKER_MAX_WORDS || /[.,;:!?…]["”’'»)\]]*$/.test(line)) return false;
  const allCaps = /\p{L}/u.test(line) && line === line.toUpperCase();
  if (!(words <= 3 || allCaps || hasNoFunctionWord(line))) return false;
  return (
    looksLikeTitle(next) &&
    countWords(next) > words &&
    parseDateLine(next) === null &&
    parseBylineCredits(next) === null &&
    parsePhotoCredit(next) === null &&
    !looksLikeName(next) &&
    !readsAsStandfirst(next)
  );
}
