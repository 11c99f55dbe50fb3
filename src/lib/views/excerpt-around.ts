/** A short excerpt of a passage around the words that tie it to a list, those words marked. */
import { markRanges } from './mark-ranges.ts';

/** Words of context either side of the first mention in an excerpt. */
export const CONTEXT_WORDS = 12;

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
  const before = text.slice(0, first.start).split(/(?<=\s)(?=\S)/);
  const after = text.slice(first.end).split(/(?<=\S)(?=\s)/);
  const head = words > 0 ? before.slice(-words).join('') : '';
  const from = first.start - head.length;
  let to = first.end + after.slice(0, words).join('').length;
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
