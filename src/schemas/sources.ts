import { z } from 'astro/zod';
import { BasisSchema } from './basis.ts';
import { HTTP_PROTOCOL, ISO_DATE_OR_INTERVAL, isCalendarDate } from './patterns.ts';

/** An ISO date (2023-01-24) or an ISO interval of dates (2023-01-20/2023-01-23), real days, running forward. */
export const DateOrIntervalSchema = z
  .string()
  .regex(ISO_DATE_OR_INTERVAL, 'a date must be YYYY-MM-DD, or an interval YYYY-MM-DD/YYYY-MM-DD')
  .superRefine((value, ctx) => {
    if (!ISO_DATE_OR_INTERVAL.test(value)) return; // the regex has said so
    const days = value.split('/');
    const impossible = days.find((day) => !isCalendarDate(day));
    if (impossible) ctx.addIssue({ code: 'custom', message: `${impossible} is not a date in the calendar` });
    else if (days.length === 2 && (days[0] as string) > (days[1] as string))
      ctx.addIssue({ code: 'custom', message: `the interval ${value} ends before it starts` });
  });

/** A web address the site may link to: http or https only, never `javascript:` or `data:`. */
export const HttpUrlSchema = z.url({ protocol: HTTP_PROTOCOL, error: 'must be an http:// or https:// address' });

/** One sourced value: the value, why we hold it, and the evidence in a sentence. */
function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value, basis: BasisSchema, note: z.string().min(1, 'give the evidence in a sentence') }).strict();
}

/**
 * What seeds/sources.yaml may say about one seed file: only what the text cannot say.
 * Every value carries its basis and a one-sentence note.
 */
export const SourceEntrySchema = z
  .object({
    /** A title for a text that prints none (basis `devised`), or in place of the printed one, which its note then quotes. */
    title: sourced(z.string().min(1)).optional(),
    /** Authors known only from elsewhere (the text prints no byline). */
    authors: sourced(z.array(z.string().min(1))).optional(),
    /** Publisher id, from content/publishers.yaml. */
    publisher: sourced(z.string().min(1)).optional(),
    /** Tendency id, from content/tendencies.yaml. */
    tendency: sourced(z.string().min(1)).optional(),
    /** Public URL of the article, or null when unknown. */
    sourceUrl: sourced(HttpUrlSchema.nullable()).optional(),
    /** Date of writing, where the text prints none or the printed one is wrong. */
    date: sourced(DateOrIntervalSchema).optional(),
  })
  .strict();
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/** seeds/sources.yaml: seed file name → entry. */
export const SourcesSchema = z.record(
  z.string().regex(/^[^/\\]+\.(?:txt|html?)$/, 'keys are seed file names ending in .txt, .html or .htm'),
  SourceEntrySchema,
);
export type Sources = z.infer<typeof SourcesSchema>;
