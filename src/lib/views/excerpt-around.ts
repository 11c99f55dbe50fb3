/** A short excerpt of a passage around the words that tie it to a list, those words marked. */
import { markRanges } from './mark-ranges.ts';

/** Words of context either side of the first mention in an excerpt. */
export const CONTEXT_WORDS = 12;

const SPACE = /\s/;
const isSpace = (text: string, i: number) => SPACE.test(text.charAt(i));

/**
 * Where the `count` words before `end` begin, each word with the space after it: a word begins
 * where a space is followed by a non-space (or at the start of the text). Scans only those words,
 * not the whole passage: a topic page makes hundreds of excerpts from long passages.
 * @example wordsBackFrom('one two three ', 14, 2) // 4
 */
export function wordsBackFrom(text: string, end: number, count: number): number {
  if (count <= 0) return end;
  let found = 0;
  for (let i = end - 1; i > 0; i--) {
    if (isSpace(text, i - 1) && !isSpace(text, i) && ++found === count) return i;
  }
  return 0;
}

/**
 * Where the `count` words after `start` end, each word with the space before it: a word ends where
 * a non-space is followed by a space (or at the end of the text).
 * @example wordsOnFrom(' four five six', 0, 2) // 10
 */
export function wordsOnFrom(text: string, start: number, count: number): number {
  if (count <= 0) return start;
  let found = 0;
  for (let i = start + 1; i < text.length; i++) {
    if (!isSpace(text, i - 1) && isSpace(text, i) && ++found === count) return i;
  }
  return text.length;
}

/**
 * The words around the first mention, with every mention inside that window marked and "…" where
 * the passage goes on (a mention that starts inside the window is kept whole).
 * @example excerptAround('one two three CGTP four five', [{ start: 14, end: 18 }], 2) // [{ text: '… two three ' }, { text: 'CGTP', mark: true }, { text: ' four five' }]
 */
export function excerptAround(
  text: string,
  mentions: readonly { start: number; end: number }[],
  words = CONTEXT_WORDS,
): { text: string; mark?: boolean }[] {
  const first = mentions[0];
  if (!first) return [{ text }];
  const from = wordsBackFrom(text, first.start, words);
  let to = wordsOnFrom(text, first.end, words);
  const inside = mentions.filter((m) => m.start >= first.start && m.start < to);
  for (const m of inside) to = Math.max(to, m.end);
  const parts = markRanges(
    text.slice(from, to),
    inside.map((m) => ({ start: m.start - from, end: m.end - from })),
  );
  const firstPart = parts[0];
  if (from > 0) {
    if (firstPart && !firstPart.mark) firstPart.text = `… ${firstPart.text}`;
    else parts.unshift({ text: '… ' });
  }
  const lastPart = parts.at(-1);
  if (to < text.length) {
    if (lastPart && !lastPart.mark) lastPart.text = `${lastPart.text} …`;
    else parts.push({ text: ' …' });
  }
  return parts;
}
