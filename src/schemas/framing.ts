/**
 * Schema of content/framing.yaml: the framing lexicon, groups of competing words the articles
 * print for the same thing (what the government is called, how the deaths are named …).
 * Every form must occur in some article body; the build stops, naming the group and the form,
 * when one does not (src/lib/annotations/framing.ts).
 */
import { z } from 'astro/zod';
import { KEBAB_ID } from './patterns.ts';

const Id = z.string().regex(KEBAB_ID, 'use kebab-case: lower-case letters, digits and hyphens');

/** One term of a group: a phrase as printed, with the other forms the texts print it in. */
export const FramingTermSchema = z.strictObject({
  /** The term's id, unique in its group (it names the term's place on the group's page). */
  id: Id,
  /** The term as the articles print it (case aside): "coup regime". */
  term: z.string().min(2),
  /** Other printed forms counted as the same term: a plural, a possessive. Matched like `term`. */
  forms: z.array(z.string().min(2)).default([]),
});
export type FramingTerm = z.infer<typeof FramingTermSchema>;

/** A group of terms for the same thing. One entry of content/framing.yaml. */
export const FramingGroupSchema = z.strictObject({
  id: Id,
  /** What the terms name, as a heading: "What the government is called". */
  title: z.string().min(1),
  /** One neutral line on what the group counts. */
  note: z.string().min(20),
  terms: z.array(FramingTermSchema).min(2),
});
export type FramingGroup = z.infer<typeof FramingGroupSchema>;
