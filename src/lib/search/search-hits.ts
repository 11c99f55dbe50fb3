/**
 * Map Pagefind hits to passages. Pagefind's `data()` gives the word positions of the hits
 * (`locations`) and every element with an id with its word position (`anchors`); a hit belongs
 * to the last passage anchor (`pN`) at or before it.
 */
import { passageNumber } from '../routes/routes.ts';

/** An anchor as Pagefind reports it. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** The hits of one passage. */
export interface PassageHit {
  id: string;
  n: number;
  /** Word positions of the hits inside the page. */
  locations: number[];
}

/**
 * Group hit locations by the passage they fall in, in reading order.
 * @example groupHitsByPassage([5, 40], [{ element: 'div', id: 'p1', location: 0 }, { element: 'div', id: 'p2', location: 30 }])
 * // [{ id: 'p1', n: 1, locations: [5] }, { id: 'p2', n: 2, locations: [40] }]
 */
export function groupHitsByPassage(locations: number[], anchors: PagefindAnchor[]): PassageHit[] {
  // Every anchor ends the span of the one before it (a heading's words belong to no passage).
  const passages = [...anchors].sort((a, b) => a.location - b.location);
  const byId = new Map<string, PassageHit>();
  for (const location of [...locations].sort((a, b) => a - b)) {
    let owner: PagefindAnchor | undefined;
    for (const anchor of passages) {
      if (anchor.location <= location) owner = anchor;
      else break;
    }
    const n = owner ? passageNumber(owner.id) : null;
    if (!owner || n === null) continue; // in the header, or in a heading
    const hit = byId.get(owner.id) ?? { id: owner.id, n, locations: [] };
    hit.locations.push(location);
    byId.set(owner.id, hit);
  }
  return [...byId.values()].sort((a, b) => a.n - b.n);
}

/** Plain or marked words of an excerpt. */
export interface ExcerptText {
  text: string;
  mark?: boolean;
}

/** The site's own gloss inside an excerpt: other names of a mention, indexed so variants are found. */
export interface ExcerptGloss {
  gloss: ExcerptText[];
}

/** One piece of an excerpt: the article's words, or the site's gloss. */
export type ExcerptPart = ExcerptText | ExcerptGloss;

/**
 * Whether an excerpt part is the site's gloss rather than the article's words.
 * @example isGloss({ gloss: [] }) // true
 */
export function isGloss(part: ExcerptPart): part is ExcerptGloss {
  return 'gloss' in part;
}

/** The word ranges [first, last] of the hidden search names (⁅…⁆) in a page's words. */
function listGlossSpans(words: string[]): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | null = null;
  for (const [i, word] of words.entries()) {
    for (const ch of word) {
      if (ch === '⁅') open = i;
      else if (ch === '⁆' && open !== null) {
        spans.push([open, i]);
        open = null;
      }
    }
  }
  return spans;
}

/**
 * An excerpt of `radius` words around the first hit, with hits marked; words are from the page
 * content as Pagefind indexed it (split on white space). A mention's hidden search names
 * (⁅Dina Boluarte⁆) become a gloss part, never brackets that could pass for the article's own,
 * and the window is widened so that it never starts or ends inside one.
 * @example excerptAround('a b c d e'.split(' '), [2], 1) // [{ text: '… b ' }, { text: 'c', mark: true }, { text: ' d …' }]
 */
export function excerptAround(words: string[], locations: number[], radius = 14): ExcerptPart[] {
  const first = locations[0] ?? 0;
  let start = Math.max(0, first - radius);
  let end = Math.min(words.length, first + radius + 1);
  for (const [from, to] of listGlossSpans(words)) {
    if (from < start && start <= to) start = from;
    if (from < end && end <= to) end = to + 1;
  }
  const marked = new Set(locations);
  const parts: ExcerptPart[] = [];
  let gloss: ExcerptText[] | null = null;
  const push = (piece: ExcerptText) => {
    if (!piece.text) return;
    const into: ExcerptPart[] = gloss ?? parts;
    const last = into.at(-1);
    if (!piece.mark && last && !isGloss(last) && !last.mark) last.text += piece.text;
    else into.push({ ...piece });
  };
  if (start > 0) push({ text: '… ' });
  for (let i = start; i < end; i++) {
    if (i > start) push({ text: ' ' });
    for (const piece of (words[i] ?? '').split(/([⁅⁆])/)) {
      if (piece === '⁅') {
        gloss = [];
        parts.push({ gloss });
      } else if (piece === '⁆') gloss = null;
      else push(marked.has(i) && /[\p{L}\p{N}]/u.test(piece) ? { text: piece, mark: true } : { text: piece });
    }
  }
  gloss = null;
  if (end < words.length) push({ text: ' …' });
  return parts;
}

/** Lower-case a word and strip the punctuation around it, for phrase matching. */
function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The quoted phrases of a query.
 * @example listPhrases('"Constituent Assembly" CGTP') // ['Constituent Assembly']
 */
export function listPhrases(query: string): string[] {
  return [...query.matchAll(/"([^"]+)"/g)].map((m) => (m[1] ?? '').trim()).filter((p) => p.includes(' '));
}

/**
 * The position of every word of every occurrence of a phrase in a page's words (Pagefind reports
 * only some of them).
 * @example findPhrase('a Constituent Assembly, and a constituent assembly'.split(' '), 'Constituent Assembly') // [1, 2, 5, 6]
 */
export function findPhrase(words: string[], phrase: string): number[] {
  const target = phrase.split(/\s+/).map(normaliseWord);
  const normalised = words.map(normaliseWord);
  const found: number[] = [];
  for (let i = 0; i + target.length <= normalised.length; i++) {
    if (target.every((t, k) => normalised[i + k] === t)) found.push(...target.map((_, k) => i + k));
  }
  return found;
}
