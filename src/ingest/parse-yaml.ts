/** Parse hand-written YAML with line numbers, turning syntax errors into {@link IngestErrors}. */
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { IngestError, IngestErrors } from './errors.ts';

/**
 * Parse `text`; return the document and its line counter.
 * @throws IngestErrors naming the file and the line of each syntax error.
 */
export function parseYamlWithLines(file: string, text: string): { doc: Document.Parsed; counter: LineCounter } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new IngestErrors(
      doc.errors.map(
        (e) =>
          new IngestError(
            file,
            e.linePos?.[0]?.line ?? null,
            `malformed YAML: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
            'fix the YAML syntax (indentation, quotes, colons) at that line',
          ),
      ),
    );
  }
  try {
    doc.toJS(); // an alias bomb (anchors expanding exponentially) throws only here: say so with a line
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let line: number | null = null;
    visit(doc, {
      Alias(_key, node) {
        line = node.range ? counter.linePos(node.range[0]).line : null;
        return visit.BREAK;
      },
    });
    throw new IngestErrors([
      new IngestError(
        file,
        line,
        `YAML aliases (*name) expand too far: ${error.message}`,
        'write the values out instead of repeating anchors (&name) through aliases',
      ),
    ]);
  }
  return { doc, counter };
}
