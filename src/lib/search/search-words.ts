/**
 * Words as search reads them, the same at build time (the passage index) and in the browser (the
 * query): letters and digits only, lower-cased, accents dropped, so "Perú" finds "Peru".
 */

/**
 * The search tokens of one word of text: its runs of letters and digits, normalised; a possessive
 * "’s" is dropped, so "Boluarte’s" is found as "boluarte".
 * @example wordTokens('(Boluarte’s') // ['boluarte']
 * @example wordTokens('CGTP/CUT') // ['cgtp', 'cut']
 */
export function wordTokens(word: string): string[] {
  const plain = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '');
  return plain.match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Inflections cut from a searched word before it is matched as a prefix: "massacres" finds
// "massacre", "killed" finds "killings". Longest first; only on words of five letters or more.
const SUFFIXES = ['ings', 'ing', 'ies', 'ied', 'es', 'ed', 's'];

/**
 * The prefix a searched word matches: the word less a common English inflection. Every indexed
 * word that starts with it is a hit, as in Pagefind, which matched the start of words.
 * @example searchPrefix('massacres') // 'massacr'
 * @example searchPrefix('cgtp') // 'cgtp'
 */
export function searchPrefix(token: string): string {
  if (token.length < 5) return token;
  const suffix = SUFFIXES.find((s) => token.endsWith(s) && token.length - s.length >= 4);
  return suffix ? token.slice(0, -suffix.length) : token;
}

/** One part of a query: a loose word (matched as a prefix) or a quoted phrase (matched word for word, in order). */
export interface QueryPart {
  tokens: string[];
  phrase: boolean;
}

/**
 * A query's parts: each quoted phrase, then each other word. A word joined by a hyphen or a slash
 * ("civic-military", "CGTP/CUT") is read as the phrase it is, its parts side by side, not as two
 * words that may stand anywhere.
 * @example parseQuery('"Constituent Assembly" CGTP') // [{ tokens: ['constituent', 'assembly'], phrase: true }, { tokens: ['cgtp'], phrase: false }]
 * @example parseQuery('civic-military') // [{ tokens: ['civic', 'military'], phrase: true }]
 */
export function parseQuery(q: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const loose = q.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const tokens = phrase.split(/\s+/).flatMap(wordTokens);
    if (tokens.length > 0) parts.push({ tokens, phrase: true });
    return ' ';
  });
  for (const word of loose.split(/\s+/)) {
    const tokens = wordTokens(word);
    if (tokens.length > 1) parts.push({ tokens, phrase: true });
    else if (tokens.length === 1) parts.push({ tokens, phrase: false });
  }
  return parts;
}
