/**
 * Is a line a person's name, and which names (with any role or place) does a byline give?
 * Decided by general properties of names, not by a list of the people in our texts:
 * - case: every word of a name is capitalised as a name is ("Quispe", "O'Neill", "McCarthy",
 *   "J."), never all capitals ("BREAKING NEWS" is a label); lower-case words are only the
 *   particles names carry ("de la", "van", "y");
 * - function words: a name has no article, preposition, conjunction or pronoun ("The Massacre In
 *   Juliaca" is a headline);
 * - length: two to five words;
 * - part of speech: no word other than a name is a verb, a plural, a role ("correspondent") or
 *   another function word, as an English tagger reads it ("Peru Protests Continue" has a plural
 *   and a verb). The tagger is compromise, a well-kept natural-language library; it also knows
 *   common given names and surnames, and a word it tags as part of a person's name is never
 *   counted against the line.
 */
import nlp from 'compromise';
import { countWords } from '../lib/passages/text.ts';

/** Lower-case particles inside names: "José de la Cruz", "Ludwig van Beethoven", "Ortega y Gasset". */
const PARTICLES = new Set([
  'al',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'den',
  'di',
  'do',
  'dos',
  'du',
  'e',
  'la',
  'las',
  'le',
  'los',
  'ten',
  'ter',
  'van',
  'von',
  'y',
  'zu',
]);

/**
 * Function words of English and Spanish that never stand in a name (the particles above aside),
 * in any case: a Title Case headline capitalises them ("The Massacre In Juliaca").
 */
export const FUNCTION_WORDS = new Set([
  // English articles, prepositions, conjunctions, pronouns, auxiliaries and question words.
  'a',
  'about',
  'after',
  'against',
  'amid',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'before',
  'but',
  'by',
  'for',
  'from',
  'has',
  'have',
  'he',
  'her',
  'his',
  'how',
  'i',
  'in',
  'into',
  'is',
  'it',
  'its',
  'my',
  'no',
  'nor',
  'not',
  'of',
  'on',
  'or',
  'our',
  'over',
  'she',
  'than',
  'that',
  'the',
  'their',
  'them',
  'these',
  'they',
  'this',
  'those',
  'to',
  'under',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'who',
  'why',
  'with',
  'you',
  'your',
  // Spanish ones that are not name particles.
  'con',
  'contra',
  'el',
  'en',
  'entre',
  'es',
  'para',
  'por',
  'que',
  'se',
  'sin',
  'sobre',
  'son',
  'su',
  'sus',
  'un',
  'una',
]);

/**
 * One word of a name: capitalised parts joined by hyphens or apostrophes, each a capital and
 * lower-case letters ("Quispe", "O'Neill", "Jean-Luc"), a "Mc"/"Mac"/"Di" prefix with a second
 * capital ("McCarthy"), an initial ("J."), or a suffix ("Jr.", "II").
 */
const NAME_WORD =
  /^(?:(?:[\p{Lu}]\p{Ll}*[\p{Lu}]?\p{Ll}+|[\p{Lu}]\p{Ll}+|d|[\p{Lu}])['’-])*(?:[\p{Lu}]\p{Ll}*[\p{Lu}]?\p{Ll}+|[\p{Lu}]\p{Ll}+)$|^[\p{Lu}]\.$|^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/u;

/** Tags of compromise that a word of a name never carries (unless it is tagged as a person's name). */
const NOT_NAME_TAGS = [
  'Verb',
  'Plural',
  'Actor',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Date',
  'Value',
  'QuestionWord',
];

/** Lexicon entries of compromise (the word's own parts of speech, out of context). */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** Does the tagger read a word of the line as something other than part of a name? */
function taggedAsOther(line: string): boolean {
  const terms = (nlp(line).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((s) => s.terms);
  return terms.some((term) => {
    if (term.tags.includes('Person') || PARTICLES.has(term.text.toLowerCase())) return false;
    // In context, a capitalised word is often read as a proper noun: ask the lexicon too
    // ("Continue", "Must", "Resigns" are verbs however they are written).
    const own = LEXICON[term.text.toLowerCase()];
    const lexical = own === undefined ? [] : Array.isArray(own) ? own : [own];
    const verbLike = lexical.some((tag) =>
      ['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Modal', 'Plural', 'Copula', 'Auxiliary'].includes(tag),
    );
    return verbLike || term.tags.some((tag) => NOT_NAME_TAGS.includes(tag));
  });
}

/**
 * A line that is only a person's name: two to five name words (see the module comment).
 * @example looksLikeName('María Elena Quispe Mamani') // true
 * @example looksLikeName('Peru Protests Continue') // false
 */
export function looksLikeName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || line.length > 60) return false;
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  // A name starts and ends with a name word, never with a particle ("La República" is a masthead).
  if (PARTICLES.has(first.toLowerCase()) || PARTICLES.has(last.toLowerCase())) return false;
  const shaped = words.every((word) => {
    const lower = word.toLowerCase();
    if (PARTICLES.has(lower)) return true;
    if (FUNCTION_WORDS.has(lower)) return false;
    return NAME_WORD.test(word);
  });
  return shaped && !taggedAsOther(line);
}

/** One credited person or organisation, with the role or place the byline prints beside the name. */
export interface Credit {
  name: string;
  role: string | null;
}

/** Separators a byline puts between a name and its place or role: "Jane Doe | Lima", "Jane Doe — Lima". */
const ROLE_SEPARATOR = /\s+[|—–]\s+|\s*\|\s*/;

/** Split "A, B and C" into parts. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&|\by\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The people a byline's text credits, each with the role or place printed beside it:
 * "Jane Doe, Lima correspondent" is one author (role "Lima correspondent"), "Jane Doe and John
 * Roe" two, "Jane Doe | Lima" one (place "Lima"). A part after the first counts as another
 * author only if it reads as a name; otherwise it qualifies the author before it.
 * `strict` requires every author to read as a person's name (for a line without "By").
 * Returns null when the text credits nobody.
 * @example parseCredits('Jane Doe, Lima correspondent') // [{ name: 'Jane Doe', role: 'Lima correspondent' }]
 */
export function parseCredits(text: string, strict = false): Credit[] | null {
  const [names = '', ...qualifiers] = text.split(ROLE_SEPARATOR).map((s) => s.trim());
  const credits: Credit[] = [];
  for (const part of splitNames(names)) {
    const previous = credits.at(-1);
    if (previous && !looksLikeName(part)) {
      previous.role = previous.role ? `${previous.role}, ${part}` : part;
      continue;
    }
    credits.push({ name: part, role: null });
  }
  const last = credits.at(-1);
  const qualifier = qualifiers.filter(Boolean).join(', ');
  if (last && qualifier) last.role = last.role ? `${last.role}, ${qualifier}` : qualifier;
  if (credits.length === 0) return null;
  if (strict && !credits.every((c) => looksLikeName(c.name))) return null;
  if (credits.some((c) => countWords(c.name) === 0)) return null;
  return credits;
}
