/** What an article page needs from the annotations, in one call: so the page stays markup. */
import { decorateArticle, topicsOfArticle } from '../annotations/annotate-hast.ts';
import type { Annotations } from '../corpus/load-annotations.ts';
import { articlesToCompare } from '../similarity/related.ts';
import { listBodyPassages } from '../passages/body.ts';

/** Each passage's decoration (for `renderBody`), the topics in order of first mention, and the articles to compare with. */
export function annotateArticle(annotations: Annotations, article: string, body: string) {
  const ids = listBodyPassages(body).map((p) => p.id);
  return {
    decorate: decorateArticle(annotations.index, article, annotations.labels),
    topics: topicsOfArticle(annotations.index, article, ids),
    compareWith: articlesToCompare(annotations.index.related, article, ids).flatMap((id) => {
      const view = annotations.articleById.get(id);
      return view ? [{ id, title: view.entry.data.title, label: annotations.labels.get(id)?.label ?? id }] : [];
    }),
  };
}
