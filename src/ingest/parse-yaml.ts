/** Parse hand-written YAML with line numbers, turning syntax errors into {@link IngestErrors}. */
import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { IngestError, IngestErrors } from './errors.ts';

const SYNTAX_FIX = 'fix the YAML syntax (indentation, quotes, colons) at that line';

/**
 * Keys that occur twice in one map, with their offsets. The yaml library's own `uniqueKeys`
 * check compares each key with every earlier one, which is quadratic on a file of many entries;
 * a set per map keeps it linear.
 */
function findDuplicateKeys(doc: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key) && isScalar(pair.key) && pair.key.range) offsets.push(pair.key.range[0]);
        seen.add(key);
      }
    },
  });
  return offsets.sort((a, b) => a - b);
}

/**
 * Parse `text`; return the document and its line counter.
 * @throws IngestErrors naming the file and the line of each syntax error.
 */
export function parseYamlWithLines(file: string, text: string): { doc: Document.Parsed; counter: LineCounter } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  const errors = doc.errors.map(
    (e) =>
      new IngestError(
        file,
        e.linePos?.[0]?.line ?? null,
        `malformed YAML: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
        SYNTAX_FIX,
      ),
  );
  if (errors.length === 0) {
    for (const offset of findDuplicateKeys(doc))
      errors.push(
        new IngestError(file, counter.linePos(offset).line, 'malformed YAML: Map keys must be unique', SYNTAX_FIX),
      );
  }
  if (errors.length > 0) throw new IngestErrors(errors);
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
