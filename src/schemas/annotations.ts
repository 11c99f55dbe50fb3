/**
 * Schemas of the hand-written annotations: content/entities.yaml, content/events.yaml and
 * content/claims.yaml. Annotations point at passages by a quote of the text (a W3C
 * TextQuoteSelector), never by ¶ number, so they survive a re-numbering.
 */
import { z } from 'astro/zod';
import { ISO_DATE, ISO_DATE_OR_INTERVAL, KEBAB_ID } from './patterns.ts';
import { BasisSchema } from './basis.ts';

const Id = z.string().regex(KEBAB_ID, 'use kebab-case: lower-case letters, digits and hyphens');
/** An ISO day, or an interval of days `start/end` for a date known only within bounds. */
const IsoDay = z.string().regex(ISO_DATE_OR_INTERVAL, 'write YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD');

/**
 * A quote that picks out one place in one passage (W3C TextQuoteSelector).
 * `source` (an article id) narrows the search; without it the quote must be unique in the corpus.
 * @example { exact: 'killing 19 demonstrators' }
 */
export const QuoteSelectorSchema = z.strictObject({
  /** Article id (its slug); optional. */
  source: Id.optional(),
  /** The words of the passage, exactly as printed (straight and curly quotes are equivalent). */
  exact: z.string().min(3),
  /** Words just before `exact` in the same passage, when `exact` alone is not unique. */
  prefix: z.string().min(1).optional(),
  /** Words just after `exact` in the same passage. */
  suffix: z.string().min(1).optional(),
});
export type QuoteSelector = z.infer<typeof QuoteSelectorSchema>;

/** A name form printed in the texts: a plain string, or an object for a misspelling. */
export const AliasSchema = z.union([
  z.string().min(2),
  z.strictObject({
    text: z.string().min(2),
    /** The form is a misspelling, printed as is and marked [sic]. */
    sic: z.boolean().default(false),
  }),
]);
export type Alias = z.infer<typeof AliasSchema>;

/** What an entity is. `concept` covers ideas, currents of thought and demands. */
export const EntityKindSchema = z.enum(['organisation', 'person', 'place', 'concept']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** A person, organisation, place or concept followed across the corpus. One entry of content/entities.yaml. */
export const EntitySchema = z.strictObject({
  id: Id,
  kind: EntityKindSchema,
  /** Canonical name, in its own language. */
  name: z.string().min(1),
  /** English name, where `name` is not English. */
  english: z.string().min(1).optional(),
  /** One to three neutral sentences. */
  definition: z.string().min(20),
  /** Every form the texts print; each is linked wherever it occurs (whole words, case-sensitive). */
  aliases: z.array(AliasSchema).min(1),
});
export type Entity = z.infer<typeof EntitySchema>;

/** A dated event the articles report. One entry of content/events.yaml. */
export const EventSchema = z.strictObject({
  id: Id,
  /** Short name: "Juliaca massacre". */
  title: z.string().min(1),
  /** ISO day, or `start/end` where the sources disagree or only bound it. */
  date: IsoDay,
  /** Why the date is what it is. */
  dateBasis: BasisSchema,
  /** One neutral sentence on what happened, and where the date comes from. */
  summary: z.string().min(20),
  /** Passages that speak of the event, by quote. */
  passages: z.array(QuoteSelectorSchema).min(1),
  /** Other names it goes by, printed in the articles or in common use ("Toma de Lima"): search finds the event by them. */
  alsoCalled: z.array(z.string().min(2)).default([]),
});
export type Event = z.infer<typeof EventSchema>;

/** One article's statement of a figure or date. */
export const StatementSchema = QuoteSelectorSchema.extend({
  /** The value as the article gives it, in a few words: "at least 60". */
  value: z.string().min(1),
  /** For counts: the number, for charts (a lower bound where the text says "at least"). */
  number: z.number().optional(),
  /** For dates: the ISO day the article gives. */
  day: z.string().regex(ISO_DATE).optional(),
});
export type Statement = z.infer<typeof StatementSchema>;

/** A figure or date that the articles state differently. One entry of content/claims.yaml. */
export const ClaimSchema = z.strictObject({
  id: Id,
  /** What is being counted or dated: "Deaths in the repression". */
  question: z.string().min(1),
  /** `count` claims can be charted against the date of writing. */
  kind: z.enum(['count', 'date', 'share']),
  /** Why the statements differ, where the texts show it (different dates of writing, different measures). */
  note: z.string().min(20),
  /** Draw the figures against the date of writing on the timeline page (count claims only). */
  chart: z.boolean().default(false),
  /** Other names a reader may search it by ("death toll"): search finds the disagreement by them. */
  alsoCalled: z.array(z.string().min(2)).default([]),
  statements: z.array(StatementSchema).min(2),
});
export type Claim = z.infer<typeof ClaimSchema>;
