/**
 * The small pieces every resolver states its basis with: a sources.yaml value's own basis and
 * note, an unknown basis, and the seed lines a value was read from.
 */
import type { Provenance } from '../schemas/basis.ts';

/**
 * A field nobody knows, with the sentence that says why.
 * @example unknownProvenance('No public URL is recorded in sources.yaml.') // { basis: 'unknown', note: 'No public URL is recorded in sources.yaml.' }
 */
export function unknownProvenance(note: string): Provenance {
  return { basis: 'unknown', note };
}

/**
 * The basis and note of a sourced value from sources.yaml, without its value.
 * @example sourcedProvenance({ value: 'x', basis: 'devised', note: 'By the editors.' }) // { basis: 'devised', note: 'By the editors.' }
 */
export function sourcedProvenance(entry: Provenance): Provenance {
  return { basis: entry.basis, note: entry.note };
}

/**
 * The distinct seed lines of items, in their order, as a note says them.
 * @example seedLines([{ line: 3 }, { line: 3 }, { line: 5 }]) // 'line 3, line 5'
 */
export function seedLines(items: { line: number }[]): string {
  return [...new Set(items.map((i) => i.line))].map((l) => `line ${l}`).join(', ');
}
