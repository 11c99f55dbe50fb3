import { z } from 'astro/zod';
import { KEBAB_ID } from './patterns.ts';

/** A tendency (shown to readers as a "current"), e.g. LIT-CI. One entry of content/tendencies.yaml. */
export const TendencySchema = z.strictObject({
  /** Short id, kebab-case: `lit-ci`. */
  id: z.string().regex(KEBAB_ID),
  /** The abbreviation people use: "LIT-CI". */
  name: z.string().min(1),
  /** Full name in English: "International Workers' League – Fourth International". */
  fullName: z.string().min(1),
  /** Its own name in its own language, where that differs from the English one. */
  ownName: z.string().min(1).nullable().default(null),
  /** Tradition within Trotskyism, or null where the sources do not say. */
  tradition: z.string().min(1).nullable(),
  /** Organisations of this tendency that appear in the corpus. */
  organisations: z.array(z.strictObject({ name: z.string().min(1), note: z.string().min(1) })).default([]),
  /** Where the facts above come from. */
  note: z.string().min(1),
});
export type Tendency = z.infer<typeof TendencySchema>;

/** A publisher (website) of articles. One entry of content/publishers.yaml. */
export const PublisherSchema = z.strictObject({
  /** Short id, kebab-case: `left-voice`. */
  id: z.string().regex(KEBAB_ID),
  /** Name as the site gives it. */
  name: z.string().min(1),
  /** Home page, taken from the verified article URLs. */
  url: z.url().nullable(),
  /** Id of the tendency the publisher belongs to. */
  tendency: z.string().min(1),
  /** Where the facts above come from. */
  note: z.string().min(1),
});
export type Publisher = z.infer<typeof PublisherSchema>;

/** content/tendencies.yaml: a list of tendencies. */
export const TendencyListSchema = z.array(TendencySchema);
/** content/publishers.yaml: a list of publishers. */
export const PublisherListSchema = z.array(PublisherSchema);
