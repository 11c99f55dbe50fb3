/**
 * Excerpts of a matching passage: the words around its first hit, hits marked, and the site's
 * gloss (the other names a mention is indexed under) set apart from the article's own words.
 */

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
 * passage's words as the index holds them (split on white space). A mention's hidden search names
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
