/** What a topic page shows: how each article names an entity, and every passage that mentions it. */
import type { Entity, EntityKind } from '../../schemas/annotations.ts';
import { countLabel } from './count-label.ts';
import { markRanges } from './mark-ranges.ts';
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

/** Kinds in the order of the topic index, with their headings. */
export const KIND_HEADINGS: [EntityKind, string][] = [
  ['organisation', 'Organisations'],
  ['person', 'People'],
  ['place', 'Places'],
  ['concept', 'Concepts and demands'],
];

/** The topic page of entity `id`, articles in order of writing. */
export function buildTopicView(annotations: Annotations, id: string): TopicView {
  const topic = annotations.index.topics.get(id);
  if (!topic) throw new Error(`no topic ${id}`);
  const sic = new Set(topic.entity.aliases.filter((a) => typeof a !== 'string' && a.sic).map(aliasText));
  // Grouped once: filtering all passages per article would grow with the square of the corpus.
  const byArticle = new Map<string, Topic['passages']>();
  for (const p of topic.passages) {
    const list = byArticle.get(p.article) ?? [];
    list.push(p);
    byArticle.set(p.article, list);
  }
  const groups = annotations.articles
    .filter(({ entry }) => topic.forms.has(entry.id))
    .map(({ entry, tendency }) => {
      const label = annotations.labels.get(entry.id) as ArticleLabel;
      return {
        article: entry.id,
        title: entry.data.title,
        label: label.label,
        tendency: tendency?.data.name ?? null,
        forms: [...(topic.forms.get(entry.id) ?? new Map<string, number>())]
          .map(([form, count]) => ({ form, count, sic: sic.has(form) }))
          .sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1)),
        passages: (byArticle.get(entry.id) ?? []).map((p) => ({
          id: p.id,
          n: p.n,
          parts: markRanges(annotations.passages.get(`${p.article}#${p.id}`)?.text ?? '', p.mentions),
        })),
      };
    });
  return { entity: topic.entity, summary: countLabel(topic.passages.length, topic.articleCount), groups };
}
