import { z } from 'astro/zod';

/**
 * Why the site states a metadata value. Every field the site shows carries one.
 * - `in-text`: the seed file itself says it;
 * - `source-url`: read off the article's public URL (e.g. /2022/12/17/ in the path);
 * - `verified-elsewhere`: checked against a public copy of the same article;
 * - `internal-evidence`: inferred from what the article reports;
 * - `devised`: made up by the editors, and shown as such (archival square brackets);
 * - `page-metadata`: a saved web page states it in its own metadata (JSON-LD, `citation_*`, Open
 *   Graph / `article:*` meta, `<time datetime>`, `<link rel="canonical">`); the note names the element;
 * - `unknown`: nobody knows; the value is null and the site says so.
 */
export const BasisSchema = z.enum([
  'in-text',
  'source-url',
  'verified-elsewhere',
  'internal-evidence',
  'devised',
  'page-metadata',
  'unknown',
]);
export type Basis = z.infer<typeof BasisSchema>;

/** The basis of one field, with the evidence in one sentence. */
export const ProvenanceSchema = z.object({
  /** Why the value is what it is. */
  basis: BasisSchema,
  /** The evidence in a sentence (a seed line number, a URL segment, a quotation). */
  note: z.string().min(1),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;
