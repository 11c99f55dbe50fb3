/** What the coverage pages show: the matrix of rows × currents and articles, and each row's passages. */
import type { Annotations } from '../corpus/load-annotations.ts';
import {
  countPassages,
  coverageStatus,
  listCoverageRows,
  ratePerThousand,
  type CoverageRow,
  type CoverageStatus,
} from '../annotations/coverage.ts';
import {
  articleGroupId,
  currentGroupId,
  passageKey,
  routes,
  timelineEventId,
  type CoverageKind,
} from '../routes/routes.ts';
import {
  currentsOf,
  listPassagesByCurrent,
  type CurrentGroup,
  type CurrentPassages,
  type ListedPassage,
} from './by-current.ts';
import { layoutList, layoutListPage, listLinks, type ListedCurrent, type PageHref } from './by-current-pages.ts';
import { isLargeList, pageCount, type PageLink } from './passage-pages.ts';
import { describeSpan } from './timeline-view.ts';
import { coverageToCsv, listCoverageCsvRows } from '../data/coverage-csv.ts';

/** How the rows are ordered: events by date and topics by name, or by number of passages. */
export type CoverageSort = 'time' | 'total';

/** One cell: a count linked to its passages, or why there is none. */
export interface CoverageCell {
  status: CoverageStatus;
  count: number;
  /** Where the passages are listed; null when there are none. */
  href: string | null;
  /** What the cell shows: the count, "not mentioned" or "written before". */
  text: string;
  /** Passages per 1,000 words of the articles counted (current cells only). */
  rate: string | null;
}

/** One row of a table. */
export interface CoverageRowView {
  kind: CoverageKind;
  id: string;
  title: string;
  /** The event on the timeline, or the topic's page. */
  href: string;
  /** The page listing the row's passages by current. */
  detailHref: string;
  /** The event's date in words; null for topics. */
  when: string | null;
  total: number;
  currents: { total: CoverageCell; articles: CoverageCell[] }[];
}

/** One table of the matrix. */
export interface CoverageTable {
  kind: CoverageKind;
  /** The table's heading id. */
  id: string;
  /** Its caption's id (it names the scrolling region around the table). */
  captionId: string;
  heading: string;
  caption: string;
  /** The header of the row-name column. */
  rowHeader: string;
  rows: CoverageRowView[];
}

/**
 * The matrix gives each article a column of its own while the corpus has at most this many articles;
 * beyond, each current as a whole (a column per article would grow the page with the corpus: 44 MB
 * at 2,000 articles). Each article's counts stay in coverage.csv and beside the article on the row's pages.
 */
export const MATRIX_ARTICLE_COLUMNS = 30;

/** The matrix page. */
export interface CoverageView {
  sort: CoverageSort;
  /** The columns: each current, with its articles when they have columns of their own. */
  currents: CurrentGroup[];
  /** Whether each article has a column (false: the corpus is too large, see {@link MATRIX_ARTICLE_COLUMNS}). */
  articleColumns: boolean;
  /** Articles in the corpus. */
  articleCount: number;
  tables: CoverageTable[];
  /** The same page in the other order. */
  other: { href: string; label: string };
}

const NOT_MENTIONED = 'not mentioned';
const WRITTEN_BEFORE = 'written before';

function titleOf(annotations: Annotations, row: CoverageRow): string {
  if (row.kind === 'topics') return annotations.index.entities.get(row.id)?.name ?? row.id;
  return annotations.index.events.find((e) => e.event.id === row.id)?.event.title ?? row.id;
}

function whenOf(row: CoverageRow): string | null {
  if (row.date === null) return null;
  const [from = row.date, to = null] = row.date.split('/');
  return describeSpan(from, to);
}

/** A cell for some articles of a current (or one article), with its link and words. */
function cell(row: CoverageRow, articles: CurrentGroup['articles'], href: string, words: number | null): CoverageCell {
  const count = countPassages(
    row,
    articles.map((a) => a.id),
  );
  const status = coverageStatus(
    row,
    articles.map((a) => a.coverage),
  );
  return {
    status,
    count,
    href: count > 0 ? href : null,
    text: status === 'mentioned' ? String(count) : status === 'written-before' ? WRITTEN_BEFORE : NOT_MENTIONED,
    rate: words === null ? null : ratePerThousand(count, words),
  };
}

function rowView(
  annotations: Annotations,
  currents: CurrentGroup[],
  row: CoverageRow,
  articleColumns: boolean,
): CoverageRowView {
  // A cell links to where its passages begin: the row's page, or the numbered page of a long row.
  const links = listLinks(
    listRow(row, currents),
    currents,
    ROW_ANCHORS,
    (anchor) => routes.coverageRow(row.kind, row.id, anchor),
    rowPages(row),
  );
  return {
    kind: row.kind,
    id: row.id,
    title: titleOf(annotations, row),
    href: row.kind === 'events' ? routes.timeline(timelineEventId(row.id)) : routes.topic(row.id),
    detailHref: routes.coverageRow(row.kind, row.id),
    when: whenOf(row),
    total: countPassages(
      row,
      currents.flatMap((c) => c.articles.map((a) => a.id)),
    ),
    currents: currents.map((c, i) => ({
      total: cell(row, c.articles, links.current(i), c.words),
      articles: articleColumns ? c.articles.map((a) => cell(row, [a], links.article(a.id), null)) : [],
    })),
  };
}

const HEADINGS: Record<CoverageKind, { heading: string; caption: string; rowHeader: string }> = {
  events: {
    heading: 'Events',
    caption: 'Passages that report each event, by current and by article',
    rowHeader: 'Event',
  },
  topics: {
    heading: 'Topics',
    caption: 'Passages that mention each topic, by current and by article (topics named in at least two articles)',
    rowHeader: 'Topic',
  },
};

/** Order rows: events by date and topics by name, or by total (most passages first). */
function sortRows(rows: CoverageRowView[], sort: CoverageSort): CoverageRowView[] {
  const byName = (a: CoverageRowView, b: CoverageRowView) =>
    a.kind === 'topics' ? a.title.localeCompare(b.title, 'en') : 0;
  return [...rows].sort((a, b) => (sort === 'total' ? b.total - a.total : 0) || byName(a, b));
}

/** Build the matrix page in one order. */
export function buildCoverageView(annotations: Annotations, sort: CoverageSort): CoverageView {
  const currents = currentsOf(annotations.articles, annotations.labels);
  const articleColumns = annotations.articles.length <= MATRIX_ARTICLE_COLUMNS;
  const rows = rowsOf(annotations).map((row) => rowView(annotations, currents, row, articleColumns));
  const kinds: CoverageKind[] = ['events', 'topics'];
  return {
    sort,
    currents: articleColumns ? currents : currents.map((c) => ({ ...c, articles: [] })),
    articleColumns,
    articleCount: annotations.articles.length,
    tables: kinds.map((kind) => ({
      kind,
      id: kind,
      captionId: `${kind}-caption`,
      ...HEADINGS[kind],
      rows: sortRows(
        rows.filter((r) => r.kind === kind),
        sort,
      ),
    })),
    other:
      sort === 'time'
        ? { href: routes.coverage('total'), label: 'by number of passages' }
        : { href: routes.coverage(), label: 'events by date, topics by name' },
  };
}

/** Every row of the matrix, for the pages that list a row's passages. */
export function listCoverageRowIds(annotations: Annotations): { kind: CoverageKind; id: string }[] {
  return rowsOf(annotations).map(({ kind, id }) => ({ kind, id }));
}

/** The matrix's rows per index, computed once: every row's pages read them. */
const rowsByIndex = new WeakMap<Annotations['index'], CoverageRow[]>();
function rowsOf(annotations: Annotations): CoverageRow[] {
  let rows = rowsByIndex.get(annotations.index);
  if (!rows) {
    rows = listCoverageRows(annotations.index);
    rowsByIndex.set(annotations.index, rows);
  }
  return rows;
}

/** Each row's passages in order, computed once per row. */
const listedRows = new WeakMap<CoverageRow, ListedPassage[]>();

/** A row's passages in the one order every page of it follows: by current, article, then number. */
function listRow(row: CoverageRow, currents: readonly CurrentGroup[]): ListedPassage[] {
  let listed = listedRows.get(row);
  if (!listed) {
    listed = listPassagesByCurrent(currents, (article) => row.passages.get(article) ?? []);
    listedRows.set(row, listed);
  }
  return listed;
}

/** A row's numbered pages, at a heading. */
const rowPages =
  (row: Pick<CoverageRow, 'kind' | 'id'>): PageHref =>
  (page, anchor) =>
    routes.coverageRowPassages(row.kind, row.id, page, anchor);

/** The ids of a current's and an article's headings on a row's pages. */
const ROW_ANCHORS = { current: currentGroupId, article: articleGroupId };

/** A current on a row's page, with why it has no passages. */
export type CoverageCurrent = ListedCurrent & {
  status: CoverageStatus;
  /** Why it has none: "Not mentioned in its articles." or that they were written before the event. */
  statusText: string;
  /** Its articles without a passage on the row, each with why (named when few). */
  silent: (CurrentGroup['articles'][number] & { text: string })[];
};

/** A row's page: what it is, and its passages by current and article (all, or a summary and numbered pages). */
export interface CoverageDetailView {
  kind: CoverageKind;
  title: string;
  when: string | null;
  /** The event's summary or the topic's definition. */
  about: string;
  href: string;
  hrefLabel: string;
  total: number;
  /** "5 passages speak of it, …". */
  summary: string;
  /** Whether the passages are too many for this page: a summary, and numbered pages. */
  large: boolean;
  currents: CoverageCurrent[];
  /** The numbered pages of a long row; empty otherwise. */
  pages: PageLink[];
}

/** One numbered page of a long row: its passages as excerpts, by current and article. */
export interface CoverageRowPassagesView {
  kind: CoverageKind;
  title: string;
  /** The row's own page (its summary). */
  rowHref: string;
  /** "1,234 passages speak of it". */
  summary: string;
  page: number;
  label: string;
  previous: PageLink | null;
  next: PageLink | null;
  currents: CurrentPassages[];
}

function findRow(annotations: Annotations, kind: CoverageKind, id: string): CoverageRow {
  const row = rowsOf(annotations).find((r) => r.kind === kind && r.id === id);
  if (!row) throw new Error(`no coverage row ${kind}/${id}`);
  return row;
}

const textOf = (annotations: Annotations) => (article: string, passage: string) =>
  annotations.passages.get(passageKey(article, passage))?.text ?? '';

/** "5 passages speak of it" (an event) or "5 passages name it" (a topic). */
function speakOf(kind: CoverageKind, total: number): string {
  const verb =
    kind === 'events' ? (total === 1 ? 'speaks of it' : 'speak of it') : total === 1 ? 'names it' : 'name it';
  return `${total.toLocaleString('en')} passage${total === 1 ? '' : 's'} ${verb}`;
}

/** Build the page of row `id` of table `kind`. */
export function buildCoverageDetail(annotations: Annotations, kind: CoverageKind, id: string): CoverageDetailView {
  const row = findRow(annotations, kind, id);
  const currents = currentsOf(annotations.articles, annotations.labels);
  const listed = listRow(row, currents);
  const laid = layoutList(currents, listed, textOf(annotations), ROW_ANCHORS, rowPages(row));
  const event = annotations.index.events.find((e) => e.event.id === id)?.event;
  const entity = annotations.index.entities.get(id);
  const total = listed.length;
  const whySilent = (a: CurrentGroup['articles'][number]) =>
    coverageStatus(row, [a.coverage]) === 'written-before' ? WRITTEN_BEFORE + ' the event' : NOT_MENTIONED;
  return {
    kind,
    title: titleOf(annotations, row),
    when: whenOf(row),
    about: (kind === 'events' ? event?.summary : entity?.definition) ?? '',
    href: kind === 'events' ? routes.timeline(timelineEventId(id)) : routes.topic(id),
    hrefLabel: kind === 'events' ? 'This event on the timeline' : 'The topic’s page: definition and names',
    total,
    summary: laid.large
      ? `${speakOf(kind, total)}. Here are the first of each current in full, the words that tie them to it marked.`
      : `${speakOf(kind, total)}, by current and article in order of writing; the words that tie each passage to it are marked.`,
    large: laid.large,
    pages: laid.pages,
    currents: laid.currents.map((c) => {
      const status = coverageStatus(
        row,
        c.group.articles.map((a) => a.coverage),
      );
      const silentAll = c.group.articles.filter((a) => (row.passages.get(a.id)?.length ?? 0) === 0);
      const before = silentAll.filter((a) => whySilent(a) !== NOT_MENTIONED).length;
      return {
        ...c,
        silent: c.silent.map((a) => ({ ...a, text: whySilent(a) })),
        silentText:
          c.silentText !== ''
            ? `Not in ${c.silentCount.toLocaleString('en')} of its ${c.group.articles.length.toLocaleString('en')} articles${before > 0 ? ` (${before.toLocaleString('en')} ${WRITTEN_BEFORE} the event)` : ''}.`
            : '',
        status,
        statusText:
          status === 'written-before'
            ? 'Not mentioned: its articles were written before the event.'
            : status === 'not-mentioned'
              ? 'Not mentioned in its articles.'
              : '',
      };
    }),
  };
}

/** The numbered pages of every long row, for the router. */
export function listCoverageRowPages(annotations: Annotations): { kind: CoverageKind; id: string; page: number }[] {
  return rowsOf(annotations).flatMap((row) => {
    let count = 0;
    for (const passages of row.passages.values()) count += passages.length;
    return isLargeList(count)
      ? Array.from({ length: pageCount(count) }, (_, i) => ({ kind: row.kind, id: row.id, page: i + 1 }))
      : [];
  });
}

/** Numbered page `page` (from 1) of long row `id` of table `kind`. */
export function buildCoverageRowPassages(
  annotations: Annotations,
  kind: CoverageKind,
  id: string,
  page: number,
): CoverageRowPassagesView {
  const row = findRow(annotations, kind, id);
  const currents = currentsOf(annotations.articles, annotations.labels);
  const listed = listRow(row, currents);
  const laid = layoutListPage(currents, listed, page, textOf(annotations), ROW_ANCHORS, rowPages(row));
  return {
    kind,
    title: titleOf(annotations, row),
    rowHref: routes.coverageRow(kind, id),
    summary: speakOf(kind, listed.length),
    page,
    label: laid.label,
    previous: laid.previous,
    next: laid.next,
    currents: laid.currents,
  };
}

/** coverage.csv: every row in time order, with each current and each article. */
export function buildCoverageCsv(annotations: Annotations): string {
  return coverageToCsv(
    listCoverageCsvRows(rowsOf(annotations), currentsOf(annotations.articles, annotations.labels), (row) =>
      titleOf(annotations, row),
    ),
  );
}
