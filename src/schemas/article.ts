import { z } from 'astro/zod';
import { ProvenanceSchema } from './basis.ts';
import { HttpUrlSchema } from './sources.ts';
import { UNSAFE_TEXT } from './patterns.ts';

const IsoDate = z.iso.date();

/**
 * Text a reader sees as a title or a name: at most `max` characters, and none of the control or
 * text-direction characters no title needs (a saved page's 220 KB headline, or a U+202E that turns
 * a title around, is refused with what to fix).
 */
function displayText(max: number, what: string) {
  return z
    .string()
    .min(1)
    .max(
      max,
      `is longer than the ${max} characters a ${what} may have: correct the saved page or give the ${what} in sources.yaml`,
    )
    .refine((text) => !new RegExp(UNSAFE_TEXT.source, 'u').test(text), {
      message: `holds a control or text-direction character (such as U+202E), which no ${what} needs and which can disguise it: remove it from the saved page`,
    });
}

/** A person or organisation credited with (part of) the text. */
const CreditSchema = z.object({ name: displayText(200, 'name') });

/** A removed line kept as data: a related-reading title from "You might be interested in: …". */
const RelatedSchema = z.object({
  /** Title as printed. */
  title: z.string().min(1),
  /** Seed line it came from. */
  line: z.number().int().positive(),
});

/** A value a saved web page states about itself, with the element it was read from (basis `page-metadata`). */
function pageValue<T extends z.ZodType>(value: T) {
  return z
    .object({ value, note: z.string().min(1) })
    .strict()
    .nullable();
}

/**
 * What a saved web page says about itself beyond the fields every article has; present only for
 * articles ingested from HTML. Each value is null when the page does not say it.
 */
const PageSchema = z
  .object({
    /** The site's own name for itself (og:site_name, JSON-LD publisher); not a catalogue id. */
    siteName: pageValue(z.string().min(1)),
    /** The page's language tag (`<html lang>`, JSON-LD inLanguage). */
    language: pageValue(z.string().min(1)),
    /** The section the site files the article under (JSON-LD articleSection, article:section). */
    section: pageValue(z.string().min(1)),
    /** When the page says it was last changed (JSON-LD dateModified, article:modified_time). */
    dateModified: pageValue(IsoDate),
    /** The page's own address for itself (`<link rel="canonical">`, og:url). */
    canonicalUrl: pageValue(HttpUrlSchema),
  })
  .strict();

/**
 * Frontmatter of one generated article (content/articles/<slug>.md).
 * Written by ingest and read by Astro with this same schema, so the two cannot drift.
 * Field names `publisher`, `date` and `tendency` are fixed by the product brief.
 */
export const ArticleSchema = z
  .object({
    /** Title as printed, or a devised one (shown in square brackets). */
    title: displayText(300, 'title'),
    /** `printed`: from the text; `devised`: made up by the editors. */
    titleBasis: z.enum(['printed', 'devised']),
    /** A short label printed above the title, if any. */
    kicker: displayText(300, 'kicker').nullable(),
    /** The standfirst under the title, if printed. */
    dek: displayText(2000, 'standfirst').nullable(),
    /** Authors; empty when unknown (never invented). */
    authors: z.array(CreditSchema),
    /** Translators named in the text. */
    translators: z.array(CreditSchema),
    /** Publisher id (content/publishers.yaml), or null when unknown. */
    publisher: z.string().min(1).nullable(),
    /** Tendency id (content/tendencies.yaml), or null when unknown. */
    tendency: z.string().min(1).nullable(),
    /** Best estimate of the date of writing (the start of `dateRange` when only a range is known). */
    date: IsoDate.nullable(),
    /** When only a range is known: first and last possible day. */
    dateRange: z.object({ from: IsoDate, to: IsoDate }).nullable(),
    /** Basis of `date`. */
    dateBasis: ProvenanceSchema.shape.basis,
    /** Date as printed in the text, verbatim, when one is printed. */
    datePrinted: z.string().min(1).nullable(),
    /** The printed date as ISO, when one is printed. */
    datePrintedIso: IsoDate.nullable(),
    /** The evidence for `date` in a sentence. */
    dateNote: z.string().min(1),
    /** Where the text says it first appeared. */
    original: z
      .object({
        outlet: z.string().min(1).nullable(),
        language: z.string().min(1).nullable(),
        /** As printed (often without a year): "March 26". */
        datePrinted: z.string().min(1).nullable(),
        /** The whole note, verbatim. */
        text: z.string().min(1),
      })
      .nullable(),
    /** Public URL of the article, or null when unknown. */
    sourceUrl: HttpUrlSchema.nullable(),
    /** Photo credit and caption printed with the article. */
    photo: z.object({ credit: z.string().min(1).nullable(), caption: z.string().min(1).nullable() }).nullable(),
    /** Editorial notes printed with the text ("This article is adapted from …"), verbatim. */
    notes: z.array(z.string().min(1)),
    /** Titles from "You might be interested in: …" lines. */
    related: z.array(RelatedSchema),
    /** The basis of every other sourced field, with its evidence (the date has its own fields). */
    provenance: z.object({
      title: ProvenanceSchema,
      authors: ProvenanceSchema,
      translators: ProvenanceSchema,
      publisher: ProvenanceSchema,
      tendency: ProvenanceSchema,
      sourceUrl: ProvenanceSchema,
    }),
    /** What a saved web page says about itself (HTML input only). */
    page: PageSchema.optional(),
    /** The seed this was generated from. */
    seed: z.object({ file: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    /** Words in the body (headings and passages). */
    wordCount: z.number().int().nonnegative(),
    /** Number of passages (¶). */
    passageCount: z.number().int().nonnegative(),
  })
  .strict();
export type ArticleData = z.infer<typeof ArticleSchema>;
