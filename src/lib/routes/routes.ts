/**
 * The one owner of the site's URL scheme: every internal path, permalink and element id the
 * pages and scripts link to is made here, and nowhere else. Paths honour Astro's `base`, so the
 * site works under a sub-path (`/reader/`) as well as at the root.
 *
 * {@link createRoutes} is pure and table-tested; {@link routes} binds it to the build's base.
 */

/** Files of the corpus download (/data/). */
export type DataFile =
  | 'articles.json'
  | 'passages.jsonl'
  | 'passages.csv'
  | 'coverage.csv'
  | 'annotations.jsonld'
  | 'citations.bib'
  | 'citations.ris'
  | 'citations.json';

/** The two tables of the coverage matrix: curated events and topics. */
export type CoverageKind = 'events' | 'topics';

/**
 * An article's slug as ingest makes it (github-slugger on the title, composed to NFC): letters,
 * combining marks ("İ", Indic vowel signs), digits, `-` and `_`, at most 100 characters. The one
 * rule: ingest's slugs and the collection's links both use it.
 */
export const ARTICLE_SLUG = /^[\p{L}\p{M}\p{N}_-]{1,100}$/u;

/**
 * A passage id: `p` and the ¶ number, no leading zero, at most six digits (no article has a
 * million paragraphs; a longer number would print as "¶1e+23").
 */
const PASSAGE_ID = /^p([1-9]\d{0,5})$/;

/**
 * The id of passage number `n`.
 * @example passageId(3) // 'p3'
 */
export function passageId(n: number): string {
  return `p${n}`;
}

/**
 * Parse a fragment such as `p12` back to its number, or null when it is not a passage id.
 * @example passageNumber('p12') // 12
 * @example passageNumber('h-p2') // null
 * @example passageNumber('p100000000000000000000000') // null
 */
export function passageNumber(id: string): number | null {
  const match = PASSAGE_ID.exec(id);
  return match ? Number(match[1]) : null;
}

/** `article#pN`: the key of a passage across the corpus. */
export type PassageKey = `${string}#${string}`;

/**
 * The corpus-wide key of a passage.
 * @example passageKey('some-article', 'p3') // 'some-article#p3'
 */
export function passageKey(article: string, id: string): PassageKey {
  return `${article}#${id}`;
}

/**
 * A heading's id from its slug, never shadowing a passage id.
 * @example headingId('p2') // 'h-p2'
 * @example headingId('the-strike') // 'the-strike'
 */
export function headingId(slug: string): string {
  return passageNumber(slug) === null ? slug : `h-${slug}`;
}

/**
 * The id of an entity's note on an article page (its entry in "Names and terms").
 * @example entityNoteId('cgtp') // 'note-cgtp'
 */
export function entityNoteId(entity: string): string {
  return `note-${entity}`;
}

/**
 * The id of a passage in one column of the comparison view, where both articles share the page.
 * @example columnPassageId('left', 'p3') // 'left-p3'
 */
export function columnPassageId(side: string, id: string): string {
  return `${side}-${id}`;
}

/**
 * The id of an event on the timeline: the event's own id, so `/timeline/#<event>` reaches it.
 * @example timelineEventId('juliaca-massacre') // 'juliaca-massacre'
 */
export function timelineEventId(event: string): string {
  return event;
}

/**
 * The id of an article's date of writing on the timeline.
 * @example writtenId('a-slug') // 'written-a-slug'
 */
export function writtenId(slug: string): string {
  return `written-${slug}`;
}

/**
 * The id of the caption of a claim's table of statements on the disagreements page.
 * @example statementsId('death-toll') // 'statements-death-toll'
 */
export function statementsId(claim: string): string {
  return `statements-${claim}`;
}

/**
 * The id of a claim's chart section on the timeline.
 * @example chartId('death-toll') // 'chart-death-toll'
 */
export function chartId(claim: string): string {
  return `chart-${claim}`;
}

/**
 * The id of a current's (tendency's) part of a page that groups passages by current.
 * @example currentGroupId('lit-ci') // 'current-lit-ci'
 */
export function currentGroupId(tendency: string): string {
  return `current-${tendency}`;
}

/**
 * The id of an article's part of a page that groups passages by article (topic and coverage pages).
 * @example articleGroupId('a-slug') // 'in-a-slug'
 */
export function articleGroupId(slug: string): string {
  return `in-${slug}`;
}

/**
 * The id of a term on a framing group's page, or of its passages in one current's articles.
 * @example lexiconTermId('coup-regime') // 'term-coup-regime'
 * @example lexiconTermId('coup-regime', 'icfi') // 'term-coup-regime-in-icfi'
 */
export function lexiconTermId(term: string, tendency?: string): string {
  return tendency ? `term-${term}-in-${tendency}` : `term-${term}`;
}

/**
 * `base` with exactly one slash at each end (`/`, `/reader/`).
 * @example normaliseBase('reader') // '/reader/'
 */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Every internal URL of the site, as root-relative paths under the base. */
export interface Routes {
  /** The base itself: the home page. */
  home(): string;
  /** The list of every article. */
  articles(): string;
  /** An article page. */
  article(slug: string): string;
  /** A passage of an article: the article page with the passage's fragment. */
  passage(slug: string, id: string): string;
  /** An article page that marks the searched terms and lands on a passage. */
  passageHighlight(slug: string, id: string, terms: string): string;
  /** The per-article alignment JSON the comparison view reads. */
  alignJson(slug: string): string;
  /** Whether a path is an article page's (what `article` makes, or its index.html), not the list of articles. */
  isArticle(pathname: string): boolean;
  /** The comparison view, with none, one or both articles chosen. */
  compare(left?: string, right?: string): string;
  /** The topic index, or a kind's section of it. */
  topics(kind?: string): string;
  /** A topic (entity) page. */
  topic(id: string): string;
  /** A page of a large topic's passages, by article (numbered from 1). */
  topicPassages(id: string, page: number): string;
  /** The list of tendencies ("currents" to readers). */
  tendencies(): string;
  /** A tendency's page, or a publisher's entry on it. */
  tendency(id: string, publisher?: string): string;
  /** The search page, with a query when given. */
  search(query?: string): string;
  /** The timeline, or an event, date of writing or chart on it. */
  timeline(anchor?: string): string;
  /** The disagreements page, or one claim on it. */
  disagreements(claim?: string): string;
  /** The coverage matrix, in time order or sorted by total. */
  coverage(sort?: 'total'): string;
  /** The passages behind one row of the coverage matrix, or a current's or article's part of them. */
  coverageRow(kind: CoverageKind, id: string, anchor?: string): string;
  /** A numbered page (from 1) of a large coverage row's passages, or a current's or article's part of it. */
  coverageRowPassages(kind: CoverageKind, id: string, page: number, anchor?: string): string;
  /** The framing lexicon, or one group on it. */
  framing(anchor?: string): string;
  /** A framing group's passages, or one term's part of them. */
  framingGroup(id: string, anchor?: string): string;
  /** A numbered page (from 1) of a frequent framing term's passages, or a current's part of it. */
  framingTermPassages(group: string, term: string, page: number, anchor?: string): string;
  /** The data page. */
  data(): string;
  /** The Atom feed of the articles. */
  feed(): string;
  /** The sitemap index (written by @astrojs/sitemap). */
  sitemap(): string;
  /** A downloadable data file. */
  dataFile(file: DataFile): string;
  /** Page `n` (from 1) of the Web Annotation collection (/data/annotations.jsonld). */
  annotationPage(n: number): string;
  /** The About page, or a section of it. */
  about(section?: string): string;
  /** The collection page, with a collection's query string (from src/lib/collection/) when given. */
  collection(query?: string): string;
  /** A file of the search index (`manifest.json.gz`, `t/3.json.gz`, …). */
  searchIndex(file: string): string;
  /** A file in public/ (favicon). */
  asset(file: string): string;
  /** The site's own path of a root-relative path, or null when it lies outside the base. */
  strip(pathname: string): string | null;
}

const fragment = (id: string | undefined) => (id ? `#${id}` : '');

/**
 * The routes of a site served under `base`.
 * @example createRoutes('/reader/').passage('a-slug', 'p3') // '/reader/articles/a-slug/#p3'
 * @example createRoutes('/').compare('a', 'b') // '/compare/?left=a&right=b'
 */
export function createRoutes(base: string): Routes {
  const root = normaliseBase(base);
  const at = (path: string) => `${root}${path}`;
  return {
    home: () => root,
    articles: () => at('articles/'),
    article: (slug) => at(`articles/${slug}/`),
    passage: (slug, id) => at(`articles/${slug}/#${id}`),
    passageHighlight: (slug, id, terms) => at(`articles/${slug}/?highlight=${encodeURIComponent(terms)}#${id}`),
    alignJson: (slug) => at(`align/${slug}.json`),
    isArticle: (pathname) =>
      pathname.startsWith(at('articles/')) && /^[^/]+\/(index\.html)?$/.test(pathname.slice(at('articles/').length)),
    compare: (left, right) => {
      const query = new URLSearchParams();
      if (left) query.set('left', left);
      if (right) query.set('right', right);
      const search = query.toString();
      return at(`compare/${search ? `?${search}` : ''}`);
    },
    topics: (kind) => at(`topics/${fragment(kind)}`),
    topic: (id) => at(`topics/${id}/`),
    topicPassages: (id, page) => at(`topics/${id}/passages/${String(page)}/`),
    tendencies: () => at('currents/'),
    tendency: (id, publisher) => at(`currents/${id}/${fragment(publisher)}`),
    search: (query) => at(`search/${query ? `?q=${encodeURIComponent(query)}` : ''}`),
    timeline: (anchor) => at(`timeline/${fragment(anchor)}`),
    disagreements: (claim) => at(`disagreements/${fragment(claim)}`),
    coverage: (sort) => at(sort === 'total' ? 'coverage/by-total/' : 'coverage/'),
    coverageRow: (kind, id, anchor) => at(`coverage/${kind}/${id}/${fragment(anchor)}`),
    coverageRowPassages: (kind, id, page, anchor) =>
      at(`coverage/${kind}/${id}/passages/${String(page)}/${fragment(anchor)}`),
    framing: (anchor) => at(`framing/${fragment(anchor)}`),
    framingGroup: (id, anchor) => at(`framing/${id}/${fragment(anchor)}`),
    framingTermPassages: (group, term, page, anchor) =>
      at(`framing/${group}/${term}/passages/${String(page)}/${fragment(anchor)}`),
    data: () => at('data/'),
    feed: () => at('feed.xml'),
    sitemap: () => at('sitemap-index.xml'),
    dataFile: (file) => at(`data/${file}`),
    annotationPage: (n) => at(`data/annotations/${String(n)}.jsonld`),
    about: (section) => at(`about/${fragment(section)}`),
    collection: (query) => at(`collection/${query ? `?${query.replace(/^\?/, '')}` : ''}`),
    searchIndex: (file) => at(`search-index/${file}`),
    asset: (file) => at(file),
    strip: (pathname) => (pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : null),
  };
}

/**
 * An absolute URL of a route on the public site.
 * @example absoluteUrl('/reader/articles/a/#p1', 'https://example.org') // 'https://example.org/reader/articles/a/#p1'
 */
export function absoluteUrl(path: string, site: string | URL | undefined): string {
  if (site === undefined) throw new Error('An absolute URL needs the site address: set SITE_URL (astro.config.ts).');
  return new URL(path, site).href;
}

/** An article page's path below the base, with its slug captured. */
const ARTICLE_PATH = /^\/articles\/([^/]+)\/$/;

/**
 * The passage a link points at, read from its resolved pathname and hash: the inverse of
 * {@link Routes.passage} (a query such as `?highlight=` may stand between), or null when the link
 * is not to a passage of an article.
 * @example readPassageLink(createRoutes('/reader/'), '/reader/articles/a-slug/', '#p3') // { slug: 'a-slug', id: 'p3', n: 3 }
 * @example readPassageLink(createRoutes('/'), '/topics/cgtp/', '#p3') // null
 */
export function readPassageLink(
  site: Routes,
  pathname: string,
  hash: string,
): { slug: string; id: string; n: number } | null {
  const own = site.strip(pathname);
  const slug = own === null ? undefined : ARTICLE_PATH.exec(own)?.[1];
  const id = hash.replace(/^#/, '');
  const n = passageNumber(id);
  if (!slug || n === null) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return null;
  }
  return { slug: decoded, id, n };
}

/** The build's base: Vite replaces `import.meta.env.BASE_URL` in pages and browser scripts alike. */
const BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** The routes of this build. */
export const routes: Routes = createRoutes(BASE);
