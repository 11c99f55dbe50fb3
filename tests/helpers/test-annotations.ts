/** The `Annotations` a page receives, built from the committed content/ for unit tests of view-models. */
import type { Annotations } from '../../src/lib/corpus/load-annotations.ts';
import { loadCorpusPassages, loadIndex } from './annotations.ts';
import { loadArticleViews } from './corpus-views.ts';

/** Index, articles and passages as `loadAnnotations()` gives them at build time (labels are the slugs). */
export function loadTestAnnotations(): Annotations {
  const passages = loadCorpusPassages();
  const articles = loadArticleViews();
  const index = loadIndex();
  return {
    index,
    alignment: index.alignment,
    articles,
    articleById: new Map(articles.map((a) => [a.entry.id, a])),
    passages: new Map(passages.map((p) => [`${p.article}#${p.id}`, p])),
    labels: new Map(articles.map((a) => [a.entry.id, { label: a.entry.id, title: a.entry.data.title }])),
  };
}
