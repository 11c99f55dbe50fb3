/** A text split into plain and marked runs, for marking mentions and hits without building HTML. */

/**
 * Split a text into plain and marked runs at the given ranges (sorted, not overlapping).
 * @example markRanges('the CGTP called', [{ start: 4, end: 8 }]) // [{ text: 'the ' }, { text: 'CGTP', mark: true }, { text: ' called' }]
 */
export function markRanges(text: string, ranges: { start: number; end: number }[]): { text: string; mark?: boolean }[] {
  const parts: { text: string; mark?: boolean }[] = [];
  let cursor = 0;
  for (const r of ranges) {
    if (r.start < cursor) continue;
    if (r.start > cursor) parts.push({ text: text.slice(cursor, r.start) });
    parts.push({ text: text.slice(r.start, r.end), mark: true });
    cursor = r.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
}
