/**
 * unified parser plugin: plain text (a web page saved as text) → mdast.
 *
 * Each non-blank line becomes a paragraph: saved pages put one block per line, whether blocks
 * are separated by blank lines or, as in some saves, by single newlines. A hard-wrapped
 * paragraph (a line that stops mid-sentence and a next line that starts in lower case) is
 * joined back into one. Positions keep the seed's line numbers for the ingest report.
 */
import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { normaliseSpace } from '../lib/passages/text.ts';

/** Normalise a decoded seed: drop a BOM, turn CRLF and lone CR into LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/** Does a line stop mid-sentence, so that a lower-case next line continues it? */
function continues(line: string, next: string): boolean {
  return line.length >= 40 && !/[.!?:;"”’)\]…]$/.test(line) && /^[\p{Ll}]/u.test(next);
}

/**
 * Build the mdast tree of a plain text.
 * @example parsePlainText('Title\n\nBody.').children.length // 2
 */
export function parsePlainText(doc: string): Root {
  const lines = normaliseNewlines(doc).split('\n');
  const children: Paragraph[] = [];
  let offset = 0;
  const offsets = lines.map((line) => {
    const at = offset;
    offset += line.length + 1;
    return at;
  });

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (normaliseSpace(raw) === '') continue;
    let end = i;
    let text = normaliseSpace(raw);
    while (end + 1 < lines.length) {
      const next = normaliseSpace(lines[end + 1] ?? '');
      if (next === '' || !continues(text, next)) break;
      text = `${text} ${next}`;
      end++;
    }
    const endLine = lines[end] ?? '';
    children.push({
      type: 'paragraph',
      children: [{ type: 'text', value: text }],
      data: { indented: /^[\s\u00a0]/u.test(raw) },
      position: {
        start: { line: i + 1, column: 1, offset: offsets[i] },
        end: { line: end + 1, column: endLine.length + 1, offset: (offsets[end] ?? 0) + endLine.length },
      },
    } as Paragraph);
    i = end;
  }

  return { type: 'root', children };
}

/** The parser plugin: `unified().use(remarkParsePlainText)`. */
const remarkParsePlainText: Plugin<[], string, Root> = function () {
  this.parser = (doc) => parsePlainText(doc);
};
export default remarkParsePlainText;

declare module 'mdast' {
  interface ParagraphData {
    /** The seed line began with white space (some saves indent the standfirst). */
    indented?: boolean;
  }
}
