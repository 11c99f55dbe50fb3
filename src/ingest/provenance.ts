/**
 * The small pieces every resolver states its basis with: a sources.yaml value's own basis and
 * note, an unknown basis, and the lines of the saved page a value was read from, in a reader's words.
 */
import type { Provenance } from '../schemas/basis.ts';

/**
 * A field nobody knows, with the sentence that says why.
 * @example unknownProvenance('No public address is known.') // { basis: 'unknown', note: 'No public address is known.' }
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
 * The distinct lines of the saved page items were read from, in their order, as a reader's note says them.
 * @example savedPageLines([{ line: 3 }, { line: 3 }, { line: 5 }]) // 'lines 3 and 5 of the saved page'
 */
export function savedPageLines(items: { line: number }[]): string {
  const lines = [...new Set(items.map((i) => i.line))];
  if (lines.length === 1) return `line ${lines[0]} of the saved page`;
  return `lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)} of the saved page`;
}

/** A value a saved web page states in its metadata, and the element it came from ("JSON-LD datePublished"). */
export interface Found<T> {
  value: T;
  evidence: string;
}

/**
 * The basis and note of a value read from a saved web page's metadata.
 * @example pageProvenance({ evidence: 'og:site_name' }) // { basis: 'page-metadata', note: 'From the page’s metadata (og:site_name).' }
 */
export function pageProvenance(found: Pick<Found<unknown>, 'evidence'>): Provenance {
  return { basis: 'page-metadata', note: `From the page’s metadata (${found.evidence}).` };
}
