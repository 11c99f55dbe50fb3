/**
 * Words as search reads them, the same at build time (the passage index) and in the browser (the
 * query and the marks): runs of letters and digits, lower-cased, accents folded ("Perú" finds
 * "Peru"), each reduced to its Snowball stem (Porter2, English: "repression", "repressive" and
 * "repressed" are one term), and words that carry Spanish accents also to their Spanish Snowball
 * stem. Words joined by a dash or a slash ("Lima—Juliaca", "CGTP/CUT") are two words.
 */
import { stemmer as spanishStem } from '@orama/stemmers/spanish';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as spanishStopwords } from '@orama/stopwords/spanish';
import englishStem from 'wink-porter2-stemmer';

/** One word of a text: its terms, its place among the words, and where it stands in the text. */
export interface Token {
  /** The word folded (lower case, no accents): what a typed prefix is matched against. */
  word: string;
  /** Its search terms: the English stem, and the Spanish stem where the word is accented Spanish. */
  terms: string[];
  /** 0-based position among the text's words. */
  position: number;
  /** Character offsets of the word in the text: [start, end). */
  start: number;
  end: number;
}

/** A word: letters and digits, with an apostrophe inside ("don’t") but a possessive "’s" left off. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Letters that mark a word as Spanish: an accented vowel, ñ or ü. */
const SPANISH_MARKS = /[áéíóúñü]/i;

/**
 * A word lower-cased with its accents dropped, apostrophes straightened.
 * @example fold('Perú') // 'peru'
 */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

/** Terms of one folded word, memoised: stemming is the slow part, and words repeat. */
const termCache = new Map<string, string[]>();

/**
 * The search terms of one word as printed.
 * @example termsOf('Repression') // ['repress']
 * @example termsOf('Boluarte’s') // ['boluart']
 * @example termsOf('Otárola') // ['otarola', 'otarol']
 */
export function termsOf(printed: string): string[] {
  const word = fold(printed).replace(/'s$/, '');
  const key = SPANISH_MARKS.test(printed) ? `es:${word}` : word;
  let terms = termCache.get(key);
  if (!terms) {
    const english = englishStem(word.replace(/'/g, ''));
    terms = [english];
    if (key !== word) {
      const spanish = spanishStem(word);
      if (spanish !== english) terms.push(spanish);
    }
    if (termCache.size > 50_000) termCache.clear();
    termCache.set(key, terms);
  }
  return terms;
}

/**
 * Every word of a text, in order, with its terms and offsets.
 * @example tokenize('Lima—Juliaca').map((t) => t.word) // ['lima', 'juliaca']
 * @example tokenize('The CGTP’s strike').map((t) => t.terms[0]) // ['the', 'cgtp', 'strike']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const printed = match[0].replace(/['’][sS]$/, '');
    tokens.push({
      word: fold(printed),
      terms: termsOf(printed),
      position: tokens.length,
      start: match.index,
      end: match.index + printed.length,
    });
  }
  return tokens;
}

/**
 * Words a query leaves out unless it holds nothing else (or they stand in a quoted phrase): the
 * English stop words of the Snowball list, and the short function words of the Spanish one ("de",
 * "del", "la", "y"), less the few that are also English words a reader searches ("era", "ex").
 */
const STOP_WORDS = new Set([
  ...englishStopwords.map(fold),
  ...spanishStopwords
    .map(fold)
    .filter((w) => w.length <= 3 && !['dos', 'era', 'ex', 'usa', 'fin', 'mal', 'uso', 'dia', 'ver'].includes(w)),
]);

/**
 * Whether a folded word is a stop word.
 * @example isStopWord('the') // true
 * @example isStopWord('de') // true
 * @example isStopWord('cgtp') // false
 */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** One part of a query: a word (any of its terms), or a quoted phrase (its words in a row). */
export interface QueryPart {
  /** The words as typed, folded. */
  words: string[];
  /** Each word's terms. */
  terms: string[][];
  phrase: boolean;
  /** A word still being typed (the last, with no space after it, three letters or more): it also matches as the start of a longer word. */
  prefix: boolean;
}

/** What a query asks: its parts, and what was left out. */
export interface ParsedQuery {
  parts: QueryPart[];
  /** Stop words left out of the search. */
  dropped: string[];
  /** Words beyond {@link MAX_QUERY_PARTS}, left out. */
  overflow: number;
}

import { MAX_QUERY_PARTS } from './search-state.ts';

export { MAX_QUERY_PARTS };
/** A typed prefix matches longer words from this many letters on. */
const MIN_PREFIX = 3;

/**
 * A query's parts: each quoted phrase, and each other word that is not a stop word (when every
 * word is a stop word, they are all kept). The same word twice is one part; at most
 * {@link MAX_QUERY_PARTS} parts. Linear in the query's length.
 * @example parseQuery('"Constituent Assembly" CGTP').parts.map((p) => p.words) // [['constituent', 'assembly'], ['cgtp']]
 * @example parseQuery('role of the unions ').parts.map((p) => p.terms) // [[['role']], [['union']]]
 * @example parseQuery('the').parts.length // 1
 */
export function parseQuery(q: string): ParsedQuery {
  const parts: QueryPart[] = [];
  const phrases: QueryPart[] = [];
  const loose: { token: Token; last: boolean }[] = [];
  let quoted = false;
  const segments = q.split('"');
  for (const [i, segment] of segments.entries()) {
    const tokens = tokenize(segment);
    // An unclosed quote reads as loose words.
    if (quoted && i < segments.length - 1 && tokens.length > 0)
      phrases.push({
        words: tokens.map((t) => t.word),
        terms: tokens.map((t) => t.terms),
        phrase: true,
        prefix: false,
      });
    else {
      const open = i === segments.length - 1 && !/[^\p{L}\p{N}]$/u.test(segment);
      tokens.forEach((token, k) => loose.push({ token, last: open && k === tokens.length - 1 }));
    }
    quoted = !quoted;
  }
  const content = loose.filter(({ token }) => !isStopWord(token.word));
  const kept = content.length > 0 || phrases.length > 0 ? content : loose;
  const keptSet = new Set(kept);
  const dropped = loose.filter((l) => !keptSet.has(l)).map((l) => l.token.word);
  const seen = new Set<string>();
  let overflow = 0;
  for (const part of [
    ...phrases,
    ...kept.map(({ token, last }) => ({
      words: [token.word],
      terms: [token.terms],
      phrase: false,
      prefix: last && token.word.length >= MIN_PREFIX,
    })),
  ]) {
    const key = `${part.phrase ? '"' : ''}${part.words.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (parts.length >= MAX_QUERY_PARTS) overflow++;
    else parts.push(part);
  }
  return { parts, dropped: [...new Set(dropped)], overflow };
}
