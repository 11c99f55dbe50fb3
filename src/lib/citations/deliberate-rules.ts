/**
 * Where this site's citations deliberately differ from the official CSL styles run by citeproc-js
 * (Chicago 17 full note and bibliography, APA 7, MLA 9), each with the manual's rule it follows
 * and a `reconcile` that removes exactly that difference from the two texts, so the agreement
 * test (tests/unit/lib/citations/citeproc-agreement.test.ts) fails on any difference not listed.
 * Test-only: no page or script imports this module.
 */
import { typographic, type CitationInput } from './citations.ts';

/** The citation forms compared with the official styles. */
export type CitationForm = 'chicago-note' | 'chicago-bibliography' | 'apa-reference' | 'apa-in-text' | 'mla';

/** A documented departure from the official CSL style. */
export interface DeliberateRule {
  /** A short, stable name. */
  id: string;
  /** The style manual's rule this follows, or the site's rule where it departs knowingly. */
  manual: string;
  /** The forms the difference shows in. */
  forms: readonly CitationForm[];
  /** Whether the article has the feature that makes the difference. */
  applies(input: CitationInput): boolean;
  /** Both texts with this one difference removed. */
  reconcile(official: string, ours: string, input: CitationInput): { official: string; ours: string };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A date as Chicago ("July 23, 2024") or MLA ("23 July 2024", "23 Jan. 2023") writes it.
const PRINTED_DATE = String.raw`(?:\p{L}+\.? \d{1,2}, \d{4}|\d{1,2} \p{L}+\.? \d{4})`;

/** The documented departures, applied in this order. */
export const DELIBERATE_RULES: readonly DeliberateRule[] = [
  /**
   * Titles and site names as printed. The official styles re-case both headline-style by an
   * English stop-word list (CMOS 17 §8.159; MLA 9 §5.25–5.30; APA 7 title-cases a site's name).
   * The site quotes them exactly as the page header and its citation_* tags give them, so a
   * reader finds the same words in the source; the catalogue's site names are the editors' own.
   */
  {
    id: 'title-and-site-as-printed',
    manual: 'site rule, departing from CMOS 17 §8.159 and MLA 9 §5.25–5.30 (headline-style capitals)',
    forms: ['chicago-note', 'chicago-bibliography', 'apa-reference', 'mla'],
    applies: () => true,
    reconcile: (official, ours, input) => ({
      official: [input.title, typographic(input.publisher ?? '')]
        .filter(Boolean)
        .reduce((text, printed) => text.replace(new RegExp(escape(printed), 'iu'), printed), official),
      ours,
    }),
  },
  /**
   * A devised title is a bracketed description, not a quoted title. MLA 9 (p. 105) puts a
   * description of an untitled work in the title's place, unquoted and in sentence case; the site
   * brackets it as the editors' addition. The official styles cannot tell a description from a
   * title, so they quote it (and re-case it: see the rule above).
   */
  {
    id: 'devised-title-unquoted',
    manual: 'MLA 9 p. 105 (a description in place of a missing title)',
    forms: ['chicago-note', 'chicago-bibliography', 'mla'],
    applies: (input) => input.titleBasis === 'devised',
    reconcile: (official, ours, input) => ({
      official: official.replace(new RegExp(`“${escape(input.title)}([.,]?)”`, 'u'), `${input.title}$1`),
      ours,
    }),
  },
  /**
   * With no author, the title leads. The official Chicago style puts the site's owner in the
   * author's place, which CMOS 17 §14.207 allows ("may") but does not require; the site never
   * puts anyone in the author's place.
   */
  {
    id: 'title-leads-without-author',
    manual: 'CMOS 17 §14.207 (the owner of a site may stand as author; otherwise the title leads)',
    forms: ['chicago-bibliography'],
    applies: (input) => input.authors.length === 0 && input.publisher !== null,
    reconcile: (official, ours, input) => ({
      official: official.replace(
        new RegExp(`^${escape(typographic(input.publisher ?? ''))}\\. “(.*?),” `, 'u'),
        `“$1.” ${typographic(input.publisher ?? '')}, `,
      ),
      ours,
    }),
  },
  /**
   * A re-dated article is cited as printed, with its date of writing: APA's pattern for a
   * republished work (APA 7 §9.41 in the reference, §8.15 in text: both years), and in Chicago
   * and MLA the printed date followed by "[written …]". CSL-JSON holds one issued date, the date
   * of writing, so the official styles give only that.
   */
  {
    id: 'printed-date-with-date-of-writing',
    manual: 'APA 7 §9.41 and §8.15 (republished works); the same information in Chicago and MLA',
    forms: ['chicago-note', 'chicago-bibliography', 'apa-reference', 'apa-in-text', 'mla'],
    applies: (input) => input.datePrintedIso !== null,
    reconcile: (official, ours) => ({
      official,
      ours: ours
        .replace(new RegExp(`${PRINTED_DATE} (\\[written [^\\]]+\\])`, 'u'), '$1')
        .replace(/^(.*?)\((\d{4}, [^)]+)\)(.*) \(Original work written (.+)\)$/u, '$1($4)$3')
        .replace(/(\[?\d{4}\]?)\/\d{4}/u, '$1'),
    }),
  },
  /**
   * A date of writing known only by estimate is in square brackets, as information the citer
   * supplies is (with "written" in Chicago and MLA, so it is not read as a publication date).
   * CSL-JSON marks it `approximate`, which these three styles do not print.
   */
  {
    id: 'estimated-date-bracketed',
    manual: 'supplied information in square brackets (CMOS 17, APA 7 and MLA 9 alike)',
    forms: ['chicago-note', 'chicago-bibliography', 'apa-reference', 'apa-in-text', 'mla'],
    applies: (input) => input.date !== null && !input.dateStated,
    reconcile: (official, ours) => ({
      official,
      ours: ours.replace(/\[written ([^\]]+)\]/u, '$1').replace(/\[(\d{4}(?:, [^\]]+)?)\]/u, '$1'),
    }),
  },
  /**
   * A passage's note links the passage itself, the site's permalink for it (CMOS 17 §14.9); the
   * official style gives the article's URL.
   */
  {
    id: 'passage-permalink',
    manual: 'CMOS 17 §14.9 (permalinks)',
    forms: ['chicago-note'],
    applies: () => true,
    reconcile: (official, ours) => ({ official, ours: ours.replace(/#p\d+\.$/u, '.') }),
  },
  /**
   * In MLA, the translator of the source itself follows the source's title ("Title." Translated
   * by …, Site, …), as the handbook's other-contributors element places a contributor to the
   * source; the official style puts every translator after the container.
   */
  {
    id: 'mla-translator-after-title',
    manual: 'MLA 9, other contributors: a contributor to the source follows its title',
    forms: ['mla'],
    applies: (input) => input.translators.length > 0 && input.publisher !== null,
    reconcile: (official, ours, input) => ({
      official: official.replace(
        new RegExp(`([”\\]]) ${escape(typographic(input.publisher ?? ''))}, translated by ([^,]+),`, 'u'),
        `$1 Translated by $2, ${typographic(input.publisher ?? '')},`,
      ),
      ours,
    }),
  },
  /** MLA 9 §5.95: the scheme (https://) may be left out of a URL; the official style keeps it. */
  {
    id: 'mla-url-without-scheme',
    manual: 'MLA 9 §5.95 (URLs)',
    forms: ['mla'],
    applies: () => true,
    reconcile: (official, ours) => ({ official: official.replace(/https?:\/\//u, ''), ours }),
  },
];
