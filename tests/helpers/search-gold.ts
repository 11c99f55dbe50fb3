/**
 * The search gold set (tests/fixtures/search-gold.yaml), validated against the committed corpus,
 * and the measures of a ranking on it: nDCG@10, recall@10, MRR and P@5.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { ROOT } from './project.ts';

const GoldFile = z.strictObject({
  articles: z.record(z.string(), z.string()),
  queries: z.array(
    z.strictObject({
      query: z.string().min(1),
      kind: z.enum(['name', 'concept', 'event', 'word-form', 'spanish', 'question']),
      half: z.enum(['dev', 'check']),
      need: z.string().min(10),
      judgements: z
        .array(
          z.strictObject({
            passage: z.string().regex(/^[A-Z]{2} p\d+$/),
            grade: z.union([z.literal(1), z.literal(2)]),
            reason: z.string().min(10),
          }),
        )
        .min(1),
    }),
  ),
});

/** One judged query: its relevant passages (`slug pN`) with their grades. */
export interface GoldQuery {
  query: string;
  kind: string;
  half: 'dev' | 'check';
  grades: Map<string, 1 | 2>;
}

/**
 * The gold queries, passages resolved to `slug pN`.
 * @throws Error naming the query on an unknown article or passage, or a passage judged twice.
 */
export function loadSearchGold(passageIds: Map<string, Set<string>>): GoldQuery[] {
  const file = GoldFile.parse(parseYaml(readFileSync(join(ROOT, 'tests/fixtures/search-gold.yaml'), 'utf8')));
  return file.queries.map((q) => {
    const grades = new Map<string, 1 | 2>();
    for (const j of q.judgements) {
      const [key = '', id = ''] = j.passage.split(' ');
      const slug = file.articles[key];
      if (!slug || !passageIds.get(slug)?.has(id))
        throw new Error(`search-gold.yaml: "${q.query}": no passage ${j.passage} in the committed corpus`);
      if (grades.has(`${slug} ${id}`)) throw new Error(`search-gold.yaml: "${q.query}": ${j.passage} judged twice`);
      grades.set(`${slug} ${id}`, j.grade);
    }
    return { query: q.query, kind: q.kind, half: q.half, grades };
  });
}

/** The measures of one ranking against one query's grades. */
export interface QueryScores {
  ndcg10: number;
  /** Relevant passages in the first 10, over all relevant passages. */
  recall10: number;
  /** The same over min(10, relevant): 1 for a perfect ranking whatever the number of relevant passages. */
  cappedRecall10: number;
  mrr: number;
  p5: number;
}

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => Math.log2(rank + 2);

/**
 * Score a ranking (`slug pN`, best first) against graded judgements.
 * @example scoreRanking(['a p1', 'a p2'], new Map([['a p2', 2]])).mrr // 0.5
 */
export function scoreRanking(ranking: string[], grades: Map<string, number>): QueryScores {
  const top = ranking.slice(0, 10);
  const dcg = top.reduce((sum, id, rank) => sum + gain(grades.get(id) ?? 0) / discount(rank), 0);
  const ideal = [...grades.values()]
    .sort((a, b) => b - a)
    .slice(0, 10)
    .reduce((sum, grade, rank) => sum + gain(grade) / discount(rank), 0);
  const found = top.filter((id) => grades.has(id)).length;
  const first = ranking.findIndex((id) => grades.has(id));
  return {
    ndcg10: ideal === 0 ? 0 : dcg / ideal,
    recall10: grades.size === 0 ? 0 : found / grades.size,
    cappedRecall10: grades.size === 0 ? 0 : found / Math.min(10, grades.size),
    mrr: first < 0 ? 0 : 1 / (first + 1),
    p5: ranking.slice(0, 5).filter((id) => grades.has(id)).length / 5,
  };
}

/** The mean of each measure over several queries. */
export function meanScores(all: QueryScores[]): QueryScores {
  const mean = (key: keyof QueryScores) => all.reduce((s, x) => s + x[key], 0) / Math.max(1, all.length);
  return {
    ndcg10: mean('ndcg10'),
    recall10: mean('recall10'),
    cappedRecall10: mean('cappedRecall10'),
    mrr: mean('mrr'),
    p5: mean('p5'),
  };
}
