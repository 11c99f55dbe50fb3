/**
 * The annotations as the reader sees them, built as hast (never as HTML strings): entity
 * mentions linked to their topic page, [sic] and disagreement notes beside a passage, and the
 * related passages in other articles.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { entityNoteId, passageNumber, routes } from '../routes/routes.ts';
import type { Entity } from '../../schemas/annotations.ts';
import { passageKey } from '../routes/routes.ts';
import { type AnnotationIndex, type PassageNote, type Topic } from './annotation-index.ts';
import type { Mention } from './mentions.ts';
import { matchStrength } from '../compare/compare-state.ts';
import type { PassageDecoration } from '../render/render-body.ts';

/** What the view needs to know about each article. */
export interface ArticleLabel {
  /** "World Socialist Web Site, 24 Jan 2023". */
  label: string;
  /** A short title, for link text. */
  title: string;
}

/** A mention as hast: a link to the topic page, described by the entity's note on the page. */
export function mentionNodes(mention: Mention, entity: Entity): ElementContent[] {
  const link = h(
    'a',
    {
      className: mention.sic ? ['mention', 'sic'] : ['mention'],
      href: routes.topic(entity.id),
      ariaDescribedBy: entityNoteId(entity.id),
    },
    mention.text,
  );
  return [link];
}

/**
 * The notes and related passages printed beside one passage, or null when there are none. A related
 * passage is its article, ¶ number and the strength of the match, linked: no excerpt, which cost a
 * page more than its own text at 2,000 articles (and, being a passage's first words, seldom showed
 * what the two passages share).
 */
export function passageAside(
  index: AnnotationIndex,
  article: string,
  passage: string,
  labels: Map<string, ArticleLabel>,
): Element | null {
  const notes = index.notes.get(passageKey(article, passage)) ?? [];
  const related = index.related.get(passageKey(article, passage)) ?? [];
  if (notes.length === 0 && related.length === 0) return null;
  const n = String(passageNumber(passage));
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
              h(
                'a',
                { href: routes.passage(r.article, r.id) },
                `${labelOf(r.article)}, ¶${String(passageNumber(r.id))}`,
              ),
              ` (${matchStrength(r.score)} match)`,
            ]),
          ),
        ),
      ]),
    );
  }
  // A note, not an aside: a landmark per passage would drown the page's real landmarks.
  return h('div', { className: ['passage-notes'], role: 'note', ariaLabel: `Notes on paragraph ${n}` }, children);
}

function noteNode(note: PassageNote, labelOf: (article: string) => string): Element {
  if (note.kind === 'sic') {
    return h('p', { className: ['note', 'note-sic'] }, [
      h('span', { className: ['note-label'] }, '[sic]'),
      ' “',
      note.form,
      '” is printed for ',
      h('a', { href: routes.topic(note.entity.id) }, note.entity.name),
      '.',
    ]);
  }
  const own = note.own.map((s) => s.statement.value).join('; ');
  const others: (ElementContent | string)[] = [];
  note.others.forEach((s, i) => {
    if (i > 0) others.push('; ');
    others.push(
      h('a', { href: routes.passage(s.match.article, s.match.passage) }, labelOf(s.match.article)),
      ` reports ${s.statement.value}`,
    );
  });
  return h('p', { className: ['note', 'note-claim'] }, [
    h('span', { className: ['note-label'] }, 'Sources differ'),
    ' ',
    h('a', { href: routes.disagreements(note.claim.id) }, note.claim.question),
    `: here ${own}; `,
    ...others,
    '.',
  ]);
}

/**
 * The topics mentioned in an article, in order of first mention.
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
 * The decoration of each passage of one article (for `renderBody`'s `decorate`): its mentions as
 * links, its notes and related passages.
 */
export function decorateArticle(
  index: AnnotationIndex,
  article: string,
  labels: Map<string, ArticleLabel>,
): (passageId: string) => PassageDecoration {
  return (passageId) => ({
    mentions: (index.mentions.get(passageKey(article, passageId)) ?? []).map((mention) => ({
      mention,
      nodes: mentionNodes(mention, index.entities.get(mention.entity) as Entity),
    })),
    aside: passageAside(index, article, passageId, labels),
  });
}
