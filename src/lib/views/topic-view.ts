/**
 * What a topic page shows: how each article names an entity, and every passage that mentions it.
 *
 * A topic small enough for one page lists its passages in full there. A larger one (a person the
 * whole corpus names) gets a summary page (how each current names it, its first passages in full)
 * and numbered pages that list every passage by article, each as a short excerpt around the
 * mention linked to the passage: every passage stays one link away without JavaScript, and the
 * topic pages grow with the mentions, not with the mentions times the length of a passage.
 */
import type { Entity, EntityKind } from '../../schemas/annotations.ts';
import { countLabel } from './count-label.ts';
import { markRanges } from './mark-ranges.ts';
import { excerptAround } from './excerpt-around.ts';
import {
  isLargeList,
  pageCount,
  pageLink as listPageLink,
  pageLinks,
  pageNeighbours,
  pageSlice,
  SUMMARY_PASSAGES,
  type PageLink,
} from './passage-pages.ts';
import { routes } from '../routes/routes.ts';
import { type ArticleLabel } from '../annotations/annotate-hast.ts';
import type { Topic } from '../annotations/annotation-index.ts';
import { aliasText } from '../annotations/mentions.ts';
import type { Annotations } from '../corpus/load-annotations.ts';

/** One article's part of a topic page. */
export interface TopicArticleGroup {
  article: string;
  title: string;
  label: string;
  tendency: string | null;
  /** Forms printed in this article, with counts. */
  forms: { form: string; count: number; sic: boolean }[];
  passages: { id: string; n: number; parts: { text: string; mark?: boolean }[] }[];
}

/** The whole topic page. */
export interface TopicView {
  entity: Entity;
  summary: string;
  groups: TopicArticleGroup[];
}

/** How one current names a topic: the summary page's table. */
export interface CurrentRow {
  current: string;
  articles: number;
  passages: number;
  forms: TopicArticleGroup['forms'];
}

/** A link to one numbered page of a large topic's passages. */
export type TopicPageLink = PageLink;

/** A large topic's summary page. */
export interface TopicSummaryView {
  entity: Entity;
  summary: string;
  currents: CurrentRow[];
  /** The first passages in full, by article. */
  first: TopicArticleGroup[];
  pages: TopicPageLink[];
}

/** One numbered page of a large topic: excerpts by article. */
export interface TopicPassagesView {
  entity: Entity;
  summary: string;
  page: number;
  label: string;
  topicHref: string;
  previous: TopicPageLink | null;
  next: TopicPageLink | null;
  groups: TopicArticleGroup[];
}

/** Kinds in the order of the topic index, with their headings. */
export const KIND_HEADINGS: [EntityKind, string][] = [
  ['organisation', 'Organisations'],
  ['person', 'People'],
  ['place', 'Places'],
  ['concept', 'Concepts and demands'],
];

/** The topic of entity `id`, or a clear error. */
function topicOf(annotations: Annotations, id: string): Topic {
  const topic = annotations.index.topics.get(id);
  if (!topic) throw new Error(`no topic ${id}`);
  return topic;
}

/** Whether topic `id` is too large for one page (a summary and numbered pages instead). */
export function isLargeTopic(topic: Pick<Topic, 'passages'>): boolean {
  return isLargeList(topic.passages.length);
}

/** The numbered pages of every large topic, for the router. */
export function listTopicPages(annotations: Annotations): { id: string; page: number }[] {
  return [...annotations.index.topics.values()].filter(isLargeTopic).flatMap((topic) =>
    Array.from({ length: pageCount(topic.passages.length) }, (_, i) => ({
      id: topic.entity.id,
      page: i + 1,
    })),
  );
}

/** Topic passages grouped by article, in the order given (the corpus's order of writing). */
function groupPassages(
  annotations: Annotations,
  topic: Topic,
  passages: Topic['passages'],
  parts: (text: string, mentions: Topic['passages'][number]['mentions']) => { text: string; mark?: boolean }[],
): TopicArticleGroup[] {
  const sic = new Set(topic.entity.aliases.filter((a) => typeof a !== 'string' && a.sic).map(aliasText));
  const groups: TopicArticleGroup[] = [];
  for (const p of passages) {
    let group = groups.at(-1);
    if (group?.article !== p.article) {
      const view = annotations.articleById.get(p.article);
      group = {
        article: p.article,
        title: view?.entry.data.title ?? p.article,
        label: (annotations.labels.get(p.article) as ArticleLabel).label,
        tendency: view?.tendency?.data.name ?? null,
        forms: [...(topic.forms.get(p.article) ?? new Map<string, number>())]
          .map(([form, count]) => ({ form, count, sic: sic.has(form) }))
          .sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1)),
        passages: [],
      };
      groups.push(group);
    }
    group.passages.push({
      id: p.id,
      n: p.n,
      parts: parts(annotations.passages.get(`${p.article}#${p.id}`)?.text ?? '', p.mentions),
    });
  }
  return groups;
}

/** The topic page of entity `id` (all its passages in full), articles in order of writing. */
export function buildTopicView(annotations: Annotations, id: string): TopicView {
  const topic = topicOf(annotations, id);
  return {
    entity: topic.entity,
    summary: countLabel(topic.passages.length, topic.articleCount),
    groups: groupPassages(annotations, topic, topic.passages, markRanges),
  };
}

/** An article's label, naming where a page of a topic's passages starts and ends. */
const labelOf = (annotations: Annotations) => (p: Topic['passages'][number]) =>
  annotations.labels.get(p.article)?.label ?? p.article;

/** A large topic's summary page: how each current names it, its first passages, its numbered pages. */
export function buildTopicSummary(annotations: Annotations, id: string): TopicSummaryView {
  const topic = topicOf(annotations, id);
  const rows = new Map<string, { articles: Set<string>; passages: number; forms: Map<string, number> }>();
  for (const p of topic.passages) {
    const current = annotations.articleById.get(p.article)?.tendency?.data.name ?? 'Unknown';
    const row = rows.get(current) ?? { articles: new Set(), passages: 0, forms: new Map() };
    row.articles.add(p.article);
    row.passages++;
    for (const m of p.mentions) row.forms.set(m.text, (row.forms.get(m.text) ?? 0) + 1);
    rows.set(current, row);
  }
  const sic = new Set(topic.entity.aliases.filter((a) => typeof a !== 'string' && a.sic).map(aliasText));
  return {
    entity: topic.entity,
    summary: countLabel(topic.passages.length, topic.articleCount),
    currents: [...rows]
      .map(([current, row]) => ({
        current,
        articles: row.articles.size,
        passages: row.passages,
        forms: [...row.forms]
          .map(([form, count]) => ({ form, count, sic: sic.has(form) }))
          .sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1)),
      }))
      .sort((a, b) => b.passages - a.passages || a.current.localeCompare(b.current, 'en')),
    first: groupPassages(annotations, topic, topic.passages.slice(0, SUMMARY_PASSAGES), markRanges),
    pages: pageLinks(topic.passages, (page) => routes.topicPassages(id, page), labelOf(annotations)),
  };
}

/** Numbered page `page` (from 1) of a large topic: its passages as excerpts, by article. */
export function buildTopicPassages(annotations: Annotations, id: string, page: number): TopicPassagesView {
  const topic = topicOf(annotations, id);
  const href = (n: number) => routes.topicPassages(id, n);
  return {
    entity: topic.entity,
    summary: countLabel(topic.passages.length, topic.articleCount),
    page,
    label: listPageLink(topic.passages, page, href, labelOf(annotations)).label,
    topicHref: routes.topic(id),
    ...pageNeighbours(topic.passages, page, href, labelOf(annotations)),
    groups: groupPassages(annotations, topic, pageSlice(topic.passages, page), (text, mentions) =>
      excerptAround(text, mentions),
    ),
  };
}
