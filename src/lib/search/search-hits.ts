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

/**
 * An excerpt of `radius` words around the first hit, with hits marked; words are from the page
 * content as Pagefind indexed it (split on white space).
 * @example excerptAround('a b c d e'.split(' '), [2], 1) // [{ text: '… b ' }, { text: 'c', mark: true }, { text: ' d …' }]
 */
export function excerptAround(words: string[], locations: number[], radius = 14): { text: string; mark?: boolean }[] {
  const first = locations[0] ?? 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(words.length, first + radius + 1);
  const marked = new Set(locations);
  const parts: { text: string; mark?: boolean }[] = [];
  let plain = start > 0 ? '… ' : '';
  for (let i = start; i < end; i++) {
    // A mention's hidden search names (⁅Dina Boluarte⁆) show as a bracketed gloss.
    const word = (words[i] ?? '').replace(/⁅/g, '[').replace(/⁆/g, ']');
    if (marked.has(i)) {
      if (plain) parts.push({ text: plain });
      parts.push({ text: word, mark: true });
      plain = ' ';
    } else plain += `${word} `;
  }
  plain = plain.trimEnd() + (end < words.length ? ' …' : '');
  if (plain.trim()) parts.push({ text: plain.startsWith(' ') || parts.length === 0 ? plain : ` ${plain}` });
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
