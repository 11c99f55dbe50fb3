/** Alignment of the whole corpus, computed once per build and shared by every per-article JSON. */
import { alignPassages, type Alignment } from '../similarity/alignment.ts';
import { listBodyPassages } from '../passages/body.ts';

let cached: { key: string; value: Alignment } | null = null;

/**
 * Align the passages of all articles (memoised on the article ids and bodies).
 * @example alignCorpus([{ id: 'a', body: 'The Juliaca massacre.' }, { id: 'b', body: 'A massacre in Juliaca.' }, { id: 'c', body: 'A strike in Lima.' }]).a
 * // { p1: { b: { id: 'p1', score: 1 } } }
 */
export function alignCorpus(articles: { id: string; body: string }[]): Alignment {
  const key = articles.map((a) => `${a.id}:${a.body.length}`).join('|');
  if (cached?.key === key) return cached.value;
  const value = alignPassages(
    articles.flatMap((a) => listBodyPassages(a.body).map((p) => ({ article: a.id, id: p.id, text: p.text }))),
  );
  cached = { key, value };
  return value;
}
