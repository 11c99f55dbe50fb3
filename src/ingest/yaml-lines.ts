/**
 * Lines of the nodes of a parsed YAML document, by path, for error messages. Each map is indexed
 * once (key → pair) the first time a path goes through it, so finding the lines of every entry
 * of a large file stays linear; searching the map for each problem made 64,000 entries take minutes.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode, type Pair } from 'yaml';

/** Finds the 1-based line of a path's value, or of its key. */
export interface YamlLines {
  /** Line of the value at `path`, or of the nearest part of the path that exists; null if none. */
  valueLine(path: readonly PropertyKey[]): number | null;
  /** Line of the key that ends `path` (for a misspelt field), falling back like `valueLine`. */
  keyLine(path: readonly PropertyKey[]): number | null;
}

/** Index `doc` (parsed with `counter`) for line lookups. */
export function createYamlLines(doc: Document.Parsed, counter: LineCounter): YamlLines {
  const indexes = new WeakMap<object, Map<unknown, Pair>>();
  const pairsOf = (map: { items: Pair[] }): Map<unknown, Pair> => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!index.has(key)) index.set(key, pair);
      }
      indexes.set(map, index);
    }
    return index;
  };
  const lineOf = (node: unknown): number | null => {
    const start = (node as YamlNode | null | undefined)?.range?.[0];
    return start === undefined ? null : counter.linePos(start).line;
  };

  const find = (path: readonly PropertyKey[], wantKey: boolean): number | null => {
    let node: unknown = doc.contents;
    let line = lineOf(node);
    for (const segment of path) {
      let next: unknown;
      let keyLine: number | null = null;
      if (isMap(node)) {
        const pair = pairsOf(node).get(segment);
        if (!pair) return line;
        next = pair.value;
        keyLine = lineOf(pair.key);
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      } else return line;
      // A key with no value (`note:`) has no range of its own: its key's line stands for it.
      line = (wantKey ? keyLine : null) ?? lineOf(next) ?? keyLine ?? line;
      node = next;
    }
    return line;
  };
  return { valueLine: (path) => find(path, false), keyLine: (path) => find(path, true) };
}
