/** Alignment of the whole corpus, computed once per build and shared by every per-article JSON. */
import { alignPassages, type Alignment } from '../similarity/alignment.ts';
import { listBodyPassages } from '../passages/body.ts';

let cached: { key: string; value: Alignment } | null = null;

/** Align the passages of all articles (memoised on the article ids and bodies). */
export function alignCorpus(articles: { id: string; body: string }[]): Alignment {
  const key = articles.map((a) => `${a.id}:${a.body.length}`).join('|');
  if (cached?.key === key) return cached.value;
  const value = alignPassages(
    articles.flatMap((a) => listBodyPassages(a.body).map((p) => ({ article: a.id, id: p.id, text: p.text }))),
  );
  cached = { key, value };
  return value;
}
