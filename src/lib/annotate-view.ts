/**
 * The annotations as the reader sees them, built as hast (never as HTML strings): entity
 * mentions linked to their topic page, [sic] and disagreement notes beside a passage, and the
 * related passages in other articles.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Entity } from '../schemas/annotations.ts';
import { passageKey, type AnnotationIndex, type PassageNote, type Topic } from './annotations.ts';
import { MONTHS, splitIsoDate } from './dates.ts';
import type { Mention } from './mentions.ts';
import { foldQuotes } from './text-quote.ts';
import type { PassageDecoration } from './render-article.ts';

/** What the view needs to know about each article. */
export interface ArticleLabel {
  /** "World Socialist Web Site, 24 Jan 2023". */
  label: string;
  /** A short title, for link text. */
  title: string;
}

/**
 * A short date for labels: `24 Jan 2023`, or a bracketed range for an estimated date.
 * @example shortDate('2023-02-15', { from: '2023-02-15', to: '2023-02-28' }) // '[15–28 Feb 2023]'
 */
export function shortDate(date: string | null, range: { from: string; to: string } | null): string {
  const short = (iso: string) => {
    const [y, m, d] = splitIsoDate(iso);
    return { d, m: (MONTHS[m - 1] ?? '').slice(0, 3), y };
  };
  if (range) {
    const a = short(range.from);
    const b = short(range.to);
    if (a.y === b.y && a.m === b.m) return `[${a.d}–${b.d} ${a.m} ${a.y}]`;
    return `[${a.d} ${a.m} ${a.y} – ${b.d} ${b.m} ${b.y}]`;
  }
  if (!date) return 'undated';
  const a = short(date);
  return `${a.d} ${a.m} ${a.y}`;
}

/**
 * Where an entity's topic page is.
 * @example topicHref('cgtp') // '/topics/cgtp/'
 */
export function topicHref(entity: string): string {
  return `/topics/${entity}/`;
}

/**
 * The id of an entity's note on an article page (its entry in "Names and terms").
 * @example entityNoteId('cgtp') // 'note-cgtp'
 */
export function entityNoteId(entity: string): string {
  return `note-${entity}`;
}

/**
 * "16 passages in 5 articles".
 * @example countLabel(1, 1) // '1 passage in 1 article'
 */
export function countLabel(passages: number, articles: number): string {
  return `${passages} passage${passages === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`;
}

/**
 * The names an entity is searched by where a mention prints a form whose words they do not
 * already contain (an acronym, a translation, a misspelling): its canonical and English names.
 * @example searchNames({ name: 'Dina Boluarte' }, 'Boularte') // ['Dina Boluarte']
 * @example searchNames({ name: 'Pedro Castillo' }, 'Castillo') // []
 */
export function searchNames(entity: Pick<Entity, 'name' | 'english'>, printed: string): string[] {
  const words = (s: string) =>
    foldQuotes(s)
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);
  const names = [entity.name, entity.english].filter((n): n is string => typeof n === 'string');
  const known = new Set(names.flatMap(words));
  return words(printed).every((w) => known.has(w)) ? [] : names;
}

/**
 * A mention as hast: a link to the topic page, described by the entity's note on the page, and
 * (where the printed form differs) the canonical names as hidden, low-weight text for the search
 * index, so that searching the right name finds a variant or a misspelling.
 */
export function mentionNodes(mention: Mention, entity: Entity): ElementContent[] {
  const link = h(
    'a',
    {
      className: mention.sic ? ['mention', 'sic'] : ['mention'],
      href: topicHref(entity.id),
      dataEntity: entity.id,
      ariaDescribedBy: entityNoteId(entity.id),
    },
    mention.text,
  );
  const names = searchNames(entity, mention.text);
  if (names.length === 0) return [link];
  // Bracketed so the search page can tell these words from the printed text in an excerpt.
  return [
    link,
    h('span', { hidden: true, dataPagefindWeight: '0.5', className: ['search-alias'] }, `⁅${names.join(' · ')}⁆`),
  ];
}

/** The notes and related passages printed beside one passage, or null when there are none. */
export function passageAside(
  index: AnnotationIndex,
  article: string,
  passage: string,
  labels: Map<string, ArticleLabel>,
  excerpt: (article: string, passage: string) => string,
): Element | null {
  const notes = index.notes.get(passageKey(article, passage)) ?? [];
  const related = index.related.get(passageKey(article, passage)) ?? [];
  if (notes.length === 0 && related.length === 0) return null;
  const n = passage.slice(1);
  const labelOf = (a: string) => labels.get(a)?.label ?? a;
  const children: ElementContent[] = notes.map((note) => noteNode(note, labelOf));
  if (related.length > 0) {
    children.push(
      h('details', { className: ['related'] }, [
        h('summary', `Related in other articles (${related.length})`),
        h(
          'ul',
          related.map((r) =>
            h('li', [
              h('a', { href: `/articles/${r.article}/#${r.id}` }, `${labelOf(r.article)}, ¶${r.id.slice(1)}`),
              ': ',
              h('q', excerpt(r.article, r.id)),
            ]),
          ),
        ),
      ]),
    );
  }
  // A note, not an aside: a landmark per passage would drown the page's real landmarks.
  return h(
    'div',
    { className: ['passage-notes'], role: 'note', ariaLabel: `Notes on paragraph ${n}`, dataPagefindIgnore: '' },
    children,
  );
}

function noteNode(note: PassageNote, labelOf: (article: string) => string): Element {
  if (note.kind === 'sic') {
    return h('p', { className: ['note', 'note-sic'] }, [
      h('span', { className: ['note-label'] }, '[sic]'),
      ' “',
      note.form,
      '” is printed for ',
      h('a', { href: topicHref(note.entity.id) }, note.entity.name),
      '.',
    ]);
  }
  const own = note.own.map((s) => s.statement.value).join('; ');
  const others: (ElementContent | string)[] = [];
  note.others.forEach((s, i) => {
    if (i > 0) others.push('; ');
    others.push(
      h('a', { href: `/articles/${s.match.article}/#${s.match.passage}` }, labelOf(s.match.article)),
      ` reports ${s.statement.value}`,
    );
  });
  return h('p', { className: ['note', 'note-claim'] }, [
    h('span', { className: ['note-label'] }, 'Sources differ'),
    ' ',
    h('a', { href: `/disagreements/#${note.claim.id}` }, note.claim.question),
    `: here ${own}; `,
    ...others,
    '.',
  ]);
}

/**
 * The topics mentioned in an article, in order of first mention.
 * @example topicsOfArticle(index, 'a').map((t) => t.entity.id) // ['boluarte', 'cgtp', …]
 */
export function topicsOfArticle(index: AnnotationIndex, article: string, passageIds: string[]): Topic[] {
  const seen = new Map<string, Topic>();
  for (const id of passageIds) {
    for (const m of index.mentions.get(passageKey(article, id)) ?? []) {
      const topic = index.topics.get(m.entity);
      if (topic && !seen.has(m.entity)) seen.set(m.entity, topic);
    }
  }
  return [...seen.values()];
}

/**
 * The decoration of each passage of one article: its mentions as links, its notes and related passages.
 * @example renderBody(body, { decorate: decorateArticle(index, 'some-article', labels, excerpt) })
 */
export function decorateArticle(
  index: AnnotationIndex,
  article: string,
  labels: Map<string, ArticleLabel>,
  excerpt: (article: string, passage: string) => string,
): (passageId: string) => PassageDecoration {
  return (passageId) => ({
    mentions: (index.mentions.get(passageKey(article, passageId)) ?? []).map((mention) => ({
      mention,
      nodes: mentionNodes(mention, index.entities.get(mention.entity) as Entity),
    })),
    aside: passageAside(index, article, passageId, labels, excerpt),
  });
}

/**
 * Split a text into plain and marked runs at the given ranges (sorted, not overlapping).
 * @example markRanges('the CGTP called', [{ start: 4, end: 8 }]) // [{ text: 'the ' }, { text: 'CGTP', mark: true }, { text: ' called' }]
 */
export function markRanges(text: string, ranges: { start: number; end: number }[]): { text: string; mark?: boolean }[] {
  const parts: { text: string; mark?: boolean }[] = [];
  let cursor = 0;
  for (const r of ranges) {
    if (r.start < cursor) continue;
    if (r.start > cursor) parts.push({ text: text.slice(cursor, r.start) });
    parts.push({ text: text.slice(r.start, r.end), mark: true });
    cursor = r.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
}
