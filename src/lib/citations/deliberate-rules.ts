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
  {
    // The official styles re-case a title and a site's name headline-style (CMOS 17 §8.159, MLA 9
    // §2.106 with §5.25–5.30; APA 7 title-cases the site's name) by an English stop-word list. The
    // site gives both exactly as printed, as the page header and its citation_* tags do, so that
    // a reader finds the same words in the source; the catalogue's site names are the editors'.
    id: 'title-and-site-as-printed',
    manual: 'site rule: printed capitalisation kept (departs from CMOS 17 §8.159 and MLA 9 title case)',
    forms: ['chicago-note', 'chicago-bibliography', 'apa-reference', 'mla'],
    applies: () => true,
    reconcile: (official, ours, input) => ({
      official: [input.title, typographic(input.publisher ?? '')]
        .filter(Boolean)
        .reduce((text, printed) => text.replace(new RegExp(escape(printed), 'iu'), printed), official),
      ours,
    }),
  },
  {
    // A devised title is the editors' description of an untitled text: MLA 9 (p. 105) uses a
    // description in place of a title, without quotation marks and in sentence case; the site
    // keeps it in square brackets, as editors mark supplied matter (CMOS 17 §6.99). The official
    // styles cannot tell a description from a title and quote it.
    id: 'devised-title-unquoted',
    manual: 'MLA 9 p. 105 (description in place of a title); CMOS 17 §6.99 (brackets for supplied matter)',
    forms: ['chicago-note', 'chicago-bibliography', 'mla'],
    applies: (input) => input.titleBasis === 'devised',
    reconcile: (official, ours, input) => ({
      official: official.replace(new RegExp(`“${escape(input.title)}([.,]?)”`, 'u'), `${input.title}$1`),
      ours,
    }),
  },
  {
    // A title with no author leads the entry; the official Chicago style puts the site's owner
    // in the author's place, which CMOS 17 §14.207 allows ("may") but does not require.
    id: 'title-leads-without-author',
    manual: 'CMOS 17 §14.207 (the owner of a site may stand as author, or the title leads)',
    forms: ['chicago-bibliography'],
    applies: (input) => input.authors.length === 0 && input.publisher !== null,
    reconcile: (official, ours, input) => ({
      official: official.replace(
        new RegExp(`^${escape(input.publisher ?? '')}\\. “(.*?),” `, 'u'),
        `“$1.” ${input.publisher ?? ''}, `,
      ),
      ours,
    }),
  },
  {
    // A re-dated article is cited as printed, with its date of writing: APA 7 §9.41 and §8.15
    // (republished work: the date of the version used, then the original date); Chicago and MLA
    // add the date of writing in brackets. CSL-JSON has one issued date (the date of writing).
    id: 'printed-date-with-date-of-writing',
    manual: 'APA 7 §9.41 and §8.15 (republished works); CMOS 17 §14.? / MLA 9: bracketed supplied date',
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
  {
    // A date of writing known only by estimate is bracketed (with "written" in Chicago and MLA),
    // as supplied information is; CSL-JSON marks it `approximate`, which these styles ignore.
    id: 'estimated-date-bracketed',
    manual: 'APA 7 §9.? / CMOS 17 §14.? / MLA 9: information supplied by the citer in square brackets',
    forms: ['chicago-note', 'chicago-bibliography', 'apa-reference', 'apa-in-text', 'mla'],
    applies: (input) => input.date !== null && !input.dateStated,
    reconcile: (official, ours) => ({
      official,
      ours: ours.replace(/\[written ([^\]]+)\]/u, '$1').replace(/\[(\d{4}(?:, [^\]]+)?)\]/u, '$1'),
    }),
  },
  {
    // A passage citation links the passage itself, the site's permalink for it (CMOS 17 §14.9:
    // prefer a stable link); the official styles give the item's URL only.
    id: 'passage-permalink',
    manual: 'CMOS 17 §14.9 (permalinks)',
    forms: ['chicago-note'],
    applies: () => true,
    reconcile: (official, ours) => ({ official, ours: ours.replace(/#p\d+\.$/u, '.') }),
  },
  {
    // MLA 9 §5.?: a translator of the source itself follows the source's title ("Title." Translated
    // by …, Container, …); the official style places every translator after the container.
    id: 'mla-translator-after-title',
    manual: 'MLA 9, other contributors: a contributor to the source follows its title',
    forms: ['mla'],
    applies: (input) => input.translators.length > 0 && input.publisher !== null,
    reconcile: (official, ours, input) => ({
      official: official.replace(
        new RegExp(`([”\\]]) ${escape(input.publisher ?? '')}, translated by ([^,]+),`, 'u'),
        `$1 Translated by $2, ${input.publisher ?? ''},`,
      ),
      ours,
    }),
  },
  {
    // MLA 9 recommends omitting the scheme (https://) from a URL; the official style keeps it.
    id: 'mla-url-without-scheme',
    manual: 'MLA 9, location: URLs without http:// or https://',
    forms: ['mla'],
    applies: () => true,
    reconcile: (official, ours) => ({ official: official.replace(/https?:\/\//u, ''), ours }),
  },
];
