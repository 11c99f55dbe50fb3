/**
 * The excerpt of a matching passage: the window of its words that holds the most of the query
 * (the most different words, then the most hits), every matched word marked as printed, whatever
 * its form ("repressive" for "repression").
 */
import { tokenize } from './search-words.ts';

/** Plain or marked text of an excerpt. */
export interface ExcerptText {
  text: string;
  mark?: boolean;
}

/** Words an excerpt shows: about two lines. */
export const EXCERPT_WORDS = 28;

/**
 * The best window of `size` words: the one whose hits cover the most parts, then hold the most
 * hits; the first such. `marks` holds, per part of the query, the word positions of its hits.
 * @example bestWindow([[2], [30, 40]], 50, 10) // 0
 */
export function bestWindow(marks: number[][], words: number, size: number): number {
  const hits = marks.flatMap((positions, part) => positions.map((position) => ({ position, part })));
  if (words <= size || hits.length === 0) return 0;
  hits.sort((a, b) => a.position - b.position);
  let best = { start: 0, parts: -1, count: -1 };
  // A window worth having starts a little before one of the hits.
  for (const hit of hits) {
    const start = Math.max(0, Math.min(hit.position - 3, words - size));
    const inside = hits.filter((h) => h.position >= start && h.position < start + size);
    const parts = new Set(inside.map((h) => h.part)).size;
    if (parts > best.parts || (parts === best.parts && inside.length > best.count))
      best = { start, parts, count: inside.length };
  }
  return best.start;
}

/**
 * An excerpt of a passage's text around its hits, the hit words marked (words side by side as one
 * mark); an ellipsis where the text goes on. `marks` are word positions as {@link tokenize} counts them.
 * @example makeExcerpt('The CGTP called a strike.', [[1]]) // [{ text: 'The ' }, { text: 'CGTP', mark: true }, { text: ' called a strike.' }]
 */
export function makeExcerpt(text: string, marks: number[][], size = EXCERPT_WORDS): ExcerptText[] {
  const tokens = tokenize(text);
  const start = bestWindow(marks, tokens.length, size);
  const end = Math.min(tokens.length, start + size);
  const from = start === 0 ? 0 : (tokens[start]?.start ?? 0);
  const to = end >= tokens.length ? text.length : (tokens[end - 1]?.end ?? text.length);
  const marked = new Set(marks.flat());
  const parts: ExcerptText[] = [];
  const push = (piece: ExcerptText) => {
    if (!piece.text) return;
    const last = parts.at(-1);
    if (last && !last.mark && !piece.mark) last.text += piece.text;
    else parts.push(piece);
  };
  if (from > 0) push({ text: '… ' });
  let at = from;
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (!token || !marked.has(i)) continue;
    const last = parts.at(-1);
    // Words marked side by side ("general strike", a quoted figure) make one mark.
    if (last?.mark && marked.has(i - 1) && /^[\s\p{P}]*$/u.test(text.slice(at, token.start)))
      last.text += text.slice(at, token.end);
    else {
      push({ text: text.slice(at, token.start) });
      push({ text: text.slice(token.start, token.end), mark: true });
    }
    at = token.end;
  }
  push({ text: text.slice(at, to) });
  if (to < text.length) push({ text: ' …' });
  return parts;
}
