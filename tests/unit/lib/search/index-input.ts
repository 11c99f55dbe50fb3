/** Small articles and topics as the passage index takes them, for the index's and the engine's tests. */
import type { Gloss, IndexArticle, IndexTopic, TopicSpan } from '../../../../src/lib/search/passage-index.ts';

/** A passage: its text, with glosses, topics and the quoted spans of its topics when given. */
export const passage = (text: string, glosses: Gloss[] = [], topics: string[] = [], spans: TopicSpan[] = []) => ({
  text,
  glosses,
  topics,
  spans,
});

/** An article of the given passages (texts, or passages made with {@link passage}). */
export function article(
  slug: string,
  date: string | null,
  passages: (string | ReturnType<typeof passage>)[],
  filters: IndexArticle['filters'] = {},
): IndexArticle {
  return {
    meta: { slug, title: `Title ${slug}`, ...(date ? { date } : {}) },
    filters,
    passages: passages.map((p) => (typeof p === 'string' ? passage(p) : p)),
  };
}

/** A curated topic. */
export const topic = (key: string, names: string[], kind: IndexTopic['kind'] = 'entity'): IndexTopic => ({
  key,
  kind,
  label: names[0] ?? key,
  href: `/${key.replace(':', '/')}/`,
  names,
  ...(kind === 'entity' ? { gloss: names.slice(0, 1) } : {}),
});
