import { describe, expect, it } from 'vitest';
import { MIN_CLOSE_SCORE, scoreCorpus } from '../../../../src/lib/similarity/score-corpus.ts';
import { alignPassages } from '../../../../src/lib/similarity/alignment.ts';
import { listScoreInputs, resolveAnnotations } from '../../../../src/lib/annotations/annotation-index.ts';
import { loadCorpusPassages, loadCurated } from '../../../helpers/annotations.ts';

describe('scoreCorpus: one pass read as related passages and as alignment', () => {
  const passages = loadCorpusPassages();
  const curated = loadCurated();
  const inputs = listScoreInputs(passages, resolveAnnotations({ passages, ...curated }));
  const { related, alignment } = scoreCorpus(inputs);

  it('gives every related passage as the alignment counterpart of its article, with the same score', () => {
    let checked = 0;
    for (const p of inputs) {
      const best = related.get(`${p.article}#${p.id}`)?.[0];
      if (!best) continue;
      // The best related passage is the best of its article, so alignment names it too.
      expect(alignment[p.article]?.[p.id]?.[best.article]).toEqual({ id: best.id, score: best.score });
      expect(best.score).toBeGreaterThanOrEqual(MIN_CLOSE_SCORE);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('aligns on the curated entities as well as the words, as related passages do', () => {
    const byText = alignPassages(inputs.map(({ article, id, text }) => ({ article, id, text })));
    const differs = inputs.some(
      (p) => JSON.stringify(byText[p.article]?.[p.id]) !== JSON.stringify(alignment[p.article]?.[p.id]),
    );
    expect(differs).toBe(true);
  });

  it('never relates or aligns a passage with its own article', () => {
    for (const p of inputs) {
      expect(Object.keys(alignment[p.article]?.[p.id] ?? {})).not.toContain(p.article);
      for (const r of related.get(`${p.article}#${p.id}`) ?? []) expect(r.article).not.toBe(p.article);
    }
  });
});
