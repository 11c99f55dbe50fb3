import type { Paragraph } from 'mdast';
import type { RemovedLine } from '../schemas/report.ts';

export type { RemovedLine } from '../schemas/report.ts';

/** What the text itself says about the article, gathered by the header and credit plugins. */
export interface TextMeta {
  title: { text: string; line: number } | null;
  kicker: string | null;
  dek: string | null;
  /** `role`: a role or place the byline prints beside the name ("Lima correspondent"). */
  authors: { name: string; line: number; role?: string }[];
  translators: { name: string; line: number }[];
  datesPrinted: { text: string; iso: string; line: number }[];
  photo: { credit: string | null; caption: string | null } | null;
  original: { outlet: string | null; language: string | null; datePrinted: string | null; text: string } | null;
  notes: string[];
  related: { title: string; line: number }[];
}

/** A fresh, empty {@link TextMeta}. */
export function createTextMeta(): TextMeta {
  return {
    title: null,
    kicker: null,
    dek: null,
    authors: [],
    translators: [],
    datesPrinted: [],
    photo: null,
    original: null,
    notes: [],
    related: [],
  };
}

declare module 'vfile' {
  interface DataMap {
    /** Lines taken out of the body, in seed order once sorted. */
    removed: RemovedLine[];
    /** Metadata the text states. */
    meta: TextMeta;
  }
}

/** Line span of a block the plain-text parser made. */
export function lineOf(node: Paragraph): number {
  return node.position?.start.line ?? 0;
}
