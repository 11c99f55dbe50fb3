/**
 * The annotation index of the built corpus and the similarity scores of its passages, computed
 * once per build and shared by every page (article pages read the related passages, the
 * alignment files the alignment: one scoring pass for both).
 */
import { getCollection } from 'astro:content';
import {
  resolveAnnotations,
  scoreAnnotatedCorpus,
  type AnnotationIndex,
  type CorpusPassage,
} from '../annotations/annotation-index.ts';
import type { Alignment } from '../similarity/score-corpus.ts';
import { shortDate } from '../dates/dates.ts';
import { type ArticleLabel } from '../annotations/annotate-hast.ts';
import { loadCorpus, type ArticleView } from './load-corpus.ts';
import { listBodyPassages } from '../passages/body.ts';

/** The index, the corpus it was built on, and what pages need to label and quote passages. */
export interface Annotations {
  index: AnnotationIndex;
  /** Each passage's counterparts in the best-matching other articles (the comparison view's). */
  alignment: Alignment;
  articles: ArticleView[];
  /** The same articles by id: a page looking one up must not scan the corpus. */
  articleById: Map<string, ArticleView>;
  passages: Map<string, CorpusPassage>;
  labels: Map<string, ArticleLabel>;
}

let cached: Promise<Annotations> | null = null;

/** Load the curated collections and resolve them against the articles (memoised per build). */
export function loadAnnotations(): Promise<Annotations> {
  cached ??= (async () => {
    const [{ articles }, entities, events, claims] = await Promise.all([
      loadCorpus(),
      getCollection('entities'),
      getCollection('events'),
      getCollection('claims'),
    ]);
    const passages = articles.flatMap(({ entry }) =>
      listBodyPassages(entry.body ?? '').map((p) => ({ article: entry.id, id: p.id, n: p.n, text: p.text })),
    );
    const resolved = resolveAnnotations({
      passages,
      entities: entities.map((e) => e.data),
      events: events.map((e) => e.data),
      claims: claims.map((c) => c.data),
    });
    const { related, alignment } = scoreAnnotatedCorpus(passages, resolved);
    const labels = new Map(
      articles.map(({ entry, publisher }) => [
        entry.id,
        {
          label: `${publisher?.data.name ?? 'Unknown publisher'}, ${shortDate(entry.data.date, entry.data.dateRange)}`,
          title: entry.data.title,
        },
      ]),
    );
    return {
      index: { ...resolved, related, alignment },
      alignment,
      articles,
      articleById: new Map(articles.map((a) => [a.entry.id, a])),
      passages: new Map(passages.map((p) => [`${p.article}#${p.id}`, p])),
      labels,
    };
  })();
  return cached;
}
