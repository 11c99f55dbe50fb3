/** What an article page shows around its body: header rows, citations, meta tags, neighbours, links. */
import type { ArticleData } from '../../schemas/article.ts';
import { apa, chicago, mla, type CitationInput } from '../citations/citations.ts';
import { toCitationInput } from '../citations/citation-input.ts';
import { CITE_FORMATS, type CiteFormat } from '../citations/citation-files.ts';
import type { ArticleView } from '../corpus/load-corpus.ts';
import { describeDate, formatIsoDate, shortDate } from '../dates/dates.ts';
import type { Topic } from '../annotations/annotation-index.ts';
import { absoluteUrl, entityNoteId, routes } from '../routes/routes.ts';
import { countLabel } from './count-label.ts';
import { findNeighbours } from './neighbours.ts';
import { listPageMetadataRows } from './page-metadata-rows.ts';
import { readingTime } from './reading-time.ts';

/** One row of the header's metadata list: what the site states, with its basis where it has one. */
export interface HeaderRow {
  label: string;
  value: string;
  /** Where `value` comes from, shown under it. */
  evidence?: string;
  /** `value` links here when set. */
  href?: string;
}

/** A citation of the whole article in one style. */
export interface CitationStyle {
  name: string;
  text: string;
}

/** A `<meta>` tag for reference managers (Highwire `citation_*`) and link previews (Open Graph). */
export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/** A link to another article with its title. */
export interface ArticleLink {
  href: string;
  title: string;
}

/** An article page, apart from its body and annotations. */
export interface ArticlePageView {
  title: string;
  description: string;
  /** The absolute permalink of the page. */
  pageUrl: string;
  /** Serialised into the page for the browser's citation tools. */
  citation: CitationInput;
  metaTags: MetaTag[];
  /** One line under the title: publisher · current · date of writing · author; the rows give each basis. */
  attribution: string;
  rows: HeaderRow[];
  citationStyles: CitationStyle[];
  /** This article's reference-manager files, made in the browser from `citation` (no file per article in dist/). */
  citeDownloads: { label: string; format: CiteFormat; fileName: string }[];
  /** The whole corpus's reference-manager files. */
  corpusCiteFiles: { label: string; href: string }[];
  /** The comparison view with this article chosen and the other column open. */
  compareAny: string;
  previous: ArticleLink | null;
  next: ArticleLink | null;
}

/** Names of a credit list, as one phrase. */
const names = (list: readonly { name: string }[]) => list.map((p) => p.name).join(', ');

/** The date row's value: the date in words and, where the printed date differs, that date as printed. */
function writtenValue(
  data: Pick<ArticleData, 'date' | 'dateRange' | 'dateBasis' | 'datePrinted' | 'datePrintedIso'>,
): string {
  const printedDiffers = data.datePrintedIso !== null && data.datePrintedIso !== data.date;
  if (!printedDiffers) return describeDate(data);
  return `${describeDate(data)} · printed “${data.datePrinted}”${data.datePrintedIso ? ` (${formatIsoDate(data.datePrintedIso)})` : ''}`;
}

/** The header's metadata rows, in the order a reader meets them. */
function headerRows({ entry, publisher, tendency }: ArticleView): HeaderRow[] {
  const data = entry.data;
  const { provenance } = data;
  const photo = data.photo;
  return [
    {
      label: 'Author',
      value: data.authors.length > 0 ? names(data.authors) : 'Unknown',
      evidence: provenance.authors.note,
    },
    ...(data.translators.length > 0 ? [{ label: 'Translated by', value: names(data.translators) }] : []),
    {
      label: 'Published by',
      value: publisher?.data.name ?? 'Unknown',
      evidence: provenance.publisher.note,
      ...(publisher ? { href: routes.tendency(publisher.data.tendency.id, publisher.id) } : {}),
    },
    {
      label: 'Current',
      value: tendency ? `${tendency.data.name} (${tendency.data.fullName})` : 'Unknown',
      evidence: provenance.tendency.note,
      ...(tendency ? { href: routes.tendency(tendency.id) } : {}),
    },
    { label: 'Written', value: writtenValue(data), evidence: data.dateNote },
    ...(data.original ? [{ label: 'First published', value: data.original.text }] : []),
    ...data.notes.map((note) => ({ label: 'Note', value: note })),
    {
      label: 'Source',
      value: data.sourceUrl ?? 'Unknown',
      evidence: provenance.sourceUrl.note,
      ...(data.sourceUrl ? { href: data.sourceUrl } : {}),
    },
    ...listPageMetadataRows(data.page),
    ...(photo
      ? [
          {
            label: 'Photo',
            value: `${[photo.caption, photo.credit && `Credit: ${photo.credit}`].filter(Boolean).join(' ')} (not reproduced)`,
          },
        ]
      : []),
    {
      label: 'Length',
      value: `${data.wordCount.toLocaleString('en')} words · ${data.passageCount} paragraphs · ${readingTime(data.wordCount)}`,
    },
  ];
}

/** The header's one-line attribution; estimated dates keep their brackets and no author is invented. */
function attributionLine({ entry, publisher, tendency }: ArticleView): string {
  const data = entry.data;
  return [
    publisher?.data.name ?? 'publisher unknown',
    tendency ? tendency.data.name : 'current unknown',
    data.date ? `written ${shortDate(data.date, data.dateRange)}` : 'date unknown',
    data.authors.length > 0 ? `by ${names(data.authors)}` : 'author unknown',
  ].join(' · ');
}

/** Highwire `citation_*` and Open Graph tags, which reference managers and link previews read. */
function metaTags(
  data: Pick<ArticleData, 'title' | 'authors' | 'date' | 'dek'>,
  publisher: string | null,
  pageUrl: string,
): MetaTag[] {
  return [
    { name: 'citation_title', content: data.title },
    ...data.authors.map((a) => ({ name: 'citation_author', content: a.name })),
    // Highwire dates are year/month/day.
    ...(data.date ? [{ name: 'citation_date', content: data.date.replace(/-/g, '/') }] : []),
    ...(publisher ? [{ name: 'citation_publisher', content: publisher }] : []),
    { name: 'citation_public_url', content: pageUrl },
    { name: 'citation_language', content: 'en' },
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: data.title },
    { property: 'og:url', content: pageUrl },
    { property: 'og:site_name', content: 'Uprising Reader' },
    ...(data.dek ? [{ property: 'og:description', content: data.dek }] : []),
    ...(data.date ? [{ property: 'article:published_time', content: data.date }] : []),
    ...data.authors.map((a) => ({ property: 'article:author', content: a.name })),
  ];
}

/**
 * Everything an article page shows around its body; `around` (the corpus in date order, or just
 * the article with the ones written before and after it) gives previous / next.
 */
export function buildArticleView(
  view: ArticleView,
  around: readonly ArticleView[],
  site: URL | undefined,
): ArticlePageView {
  const { entry, publisher } = view;
  const data = entry.data;
  const publisherName = publisher?.data.name ?? null;
  const pageUrl = absoluteUrl(routes.article(entry.id), site);
  const citation = toCitationInput(data, publisherName, pageUrl);
  const { previous, next } = findNeighbours(
    around.map((a) => ({ id: a.entry.id, title: a.entry.data.title })),
    entry.id,
  );
  const link = (item: { id: string; title: string } | null) =>
    item ? { href: routes.article(item.id), title: item.title } : null;
  const { note, bibliography } = chicago(citation);
  return {
    title: data.title,
    description: data.dek ?? data.title,
    pageUrl,
    citation,
    metaTags: metaTags(data, publisherName, pageUrl),
    attribution: attributionLine(view),
    rows: headerRows(view),
    citationStyles: [
      { name: 'Chicago (note)', text: note },
      { name: 'Chicago (bibliography)', text: bibliography },
      { name: 'APA', text: apa(citation).reference },
      { name: 'MLA', text: mla(citation) },
    ],
    citeDownloads: (Object.keys(CITE_FORMATS) as CiteFormat[]).map((format) => ({
      label: CITE_FORMATS[format].label,
      format,
      fileName: `${entry.id}.${format}`,
    })),
    corpusCiteFiles: [
      { label: 'citations.bib', href: routes.dataFile('citations.bib') },
      { label: 'citations.ris', href: routes.dataFile('citations.ris') },
      { label: 'citations.json', href: routes.dataFile('citations.json') },
    ],
    compareAny: routes.compare(entry.id),
    previous: link(previous),
    next: link(next),
  };
}

/** An entry of "Names and terms in this article". */
export interface GlossaryEntry {
  name: string;
  english: string | null;
  href: string;
  /** The id mention links point their description at. */
  noteId: string;
  definition: string;
  /** "Mentioned in … ; printed here as “…”." */
  count: string;
}

/** The glossary entries of an article's topics, in the order given (first mention). */
export function listGlossaryEntries(topics: readonly Topic[], article: string): GlossaryEntry[] {
  return topics.map(({ entity, passages, articleCount, forms }) => ({
    name: entity.name,
    english: entity.english ?? null,
    href: routes.topic(entity.id),
    noteId: entityNoteId(entity.id),
    definition: entity.definition,
    count: `Mentioned in ${countLabel(passages.length, articleCount)}; printed here as ${[...(forms.get(article)?.keys() ?? [])].map((f) => `“${f}”`).join(', ')}.`,
  }));
}

/** A comparison to offer: the other article, by title and by its short label (publisher and date). */
export interface CompareCandidate {
  href: string;
  title: string;
  label: string;
}

/** Links to the comparison view with `article` beside each candidate. */
export function listCompareCandidates(
  article: string,
  candidates: readonly { id: string; title: string; label: string }[],
): CompareCandidate[] {
  return candidates.map((c) => ({ href: routes.compare(article, c.id), title: c.title, label: c.label }));
}
