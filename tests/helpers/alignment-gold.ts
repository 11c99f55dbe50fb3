/**
 * The alignment gold set (tests/fixtures/alignment-gold.yaml), validated against the committed
 * corpus, and the two figures measured on it: precision@1 of Align and precision@3 of related
 * passages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import type { Alignment } from '../../src/lib/similarity/alignment.ts';
import type { RelatedPassage } from '../../src/lib/similarity/related.ts';
import { ROOT } from './project.ts';

const Judgement = z.strictObject({
  counterparts: z.union([z.literal('none'), z.array(z.string().regex(/^p\d+$/)).min(1)]),
  reason: z.string().min(10),
});
const GoldFile = z.strictObject({
  articles: z.record(z.string(), z.string()),
  passages: z.array(
    z.strictObject({
      from: z.string().regex(/^\w+ p\d+$/),
      topic: z.string(),
      to: z.record(z.string(), Judgement),
    }),
  ),
});

/** One judged pair: does passage `id` of `article` have a counterpart in `other`, and which. */
export interface GoldPair {
  article: string;
  id: string;
  other: string;
  /** Every passage of `other` that counts; empty when there is no true counterpart. */
  counterparts: string[];
  topic: string;
  reason: string;
}

/**
 * The gold pairs, with slugs resolved. Throws, naming the entry, on an unknown article or passage,
 * or a source passage not judged against every other article.
 */
export function loadGold(passageIds: Map<string, Set<string>>): GoldPair[] {
  const file = GoldFile.parse(parseYaml(readFileSync(join(ROOT, 'tests/fixtures/alignment-gold.yaml'), 'utf8')));
  const slug = (key: string, where: string) => {
    const s = file.articles[key];
    if (!s || !passageIds.has(s)) throw new Error(`alignment-gold.yaml: ${where}: unknown article "${key}"`);
    return s;
  };
  const check = (article: string, id: string, where: string) => {
    if (!passageIds.get(article)?.has(id))
      throw new Error(`alignment-gold.yaml: ${where}: ${article} has no passage ${id}`);
  };
  return file.passages.flatMap((entry) => {
    const [key = '', id = ''] = entry.from.split(' ');
    const article = slug(key, entry.from);
    check(article, id, entry.from);
    const others = Object.keys(file.articles).filter((k) => k !== key);
    const judged = Object.keys(entry.to).sort();
    if (judged.join() !== [...others].sort().join())
      throw new Error(`alignment-gold.yaml: ${entry.from}: judge it against exactly ${others.join(', ')}`);
    return Object.entries(entry.to).map(([otherKey, j]) => {
      const other = slug(otherKey, entry.from);
      const counterparts = j.counterparts === 'none' ? [] : j.counterparts;
      for (const c of counterparts) check(other, c, `${entry.from} → ${otherKey}`);
      return { article, id, other, counterparts, topic: entry.topic, reason: j.reason };
    });
  });
}

/**
 * The gold set cut in two halves by source passage, alternately in the file's order (the 1st, 3rd,
 * 5th… source passage in `development`, the others in `heldOut`), so that a change can be developed
 * looking at one half and checked on the other: a gain on one half only is a sign of fitting the set.
 * @example splitGold(loadGold(ids)).heldOut.length // 48 (12 source passages × 4 articles)
 */
export function splitGold(gold: GoldPair[]): { development: GoldPair[]; heldOut: GoldPair[] } {
  const sources = [...new Set(gold.map((p) => `${p.article}#${p.id}`))];
  const inDevelopment = new Set(sources.filter((_, i) => i % 2 === 0));
  return {
    development: gold.filter((p) => inDevelopment.has(`${p.article}#${p.id}`)),
    heldOut: gold.filter((p) => !inDevelopment.has(`${p.article}#${p.id}`)),
  };
}

/** A figure and the cases that cost it. */
export interface Score {
  correct: number;
  total: number;
  precision: number;
  misses: string[];
}

const ratio = (correct: number, total: number) => (total === 0 ? 0 : correct / total);

/**
 * Precision@1 of Align: a pair is right when Align's counterpart in that article is one of the
 * gold ones, or, for a pair with no true counterpart, when Align gives none.
 */
export function scoreAlignment(
  gold: GoldPair[],
  alignment: Alignment,
): Score & { withCounterpart: Score; withoutCounterpart: Score } {
  const misses: string[] = [];
  const right = (pair: GoldPair) => {
    const pick = alignment[pair.article]?.[pair.id]?.[pair.other];
    return pair.counterparts.length === 0 ? !pick : pick !== undefined && pair.counterparts.includes(pick.id);
  };
  const part = (pairs: GoldPair[]): Score => {
    const correct = pairs.filter(right).length;
    return { correct, total: pairs.length, precision: ratio(correct, pairs.length), misses: [] };
  };
  let correct = 0;
  for (const pair of gold) {
    const pick = alignment[pair.article]?.[pair.id]?.[pair.other];
    if (right(pair)) correct += 1;
    else
      misses.push(
        `${pair.article} ${pair.id} → ${pair.other}: gave ${pick ? `${pick.id} (${pick.score})` : 'none'}, gold ${pair.counterparts.join('/') || 'none'}`,
      );
  }
  return {
    correct,
    total: gold.length,
    precision: ratio(correct, gold.length),
    misses,
    withCounterpart: part(gold.filter((p) => p.counterparts.length > 0)),
    withoutCounterpart: part(gold.filter((p) => p.counterparts.length === 0)),
  };
}

/**
 * Precision@3 of related passages: of the (at most three) related passages shown for each gold
 * source passage, the share that are gold counterparts (every other article is judged, so every
 * shown passage can be scored). Showing nothing scores nothing either way, so `found` also counts
 * the source passages that have a true counterpart somewhere and get at least one of them shown.
 */
export function scoreRelated(
  gold: GoldPair[],
  related: Map<string, RelatedPassage[]>,
): Score & { found: number; findable: number } {
  const sources = [...new Set(gold.map((p) => `${p.article}#${p.id}`))];
  const misses: string[] = [];
  let correct = 0;
  let shown = 0;
  let found = 0;
  let findable = 0;
  for (const source of sources) {
    const pairs = gold.filter((p) => `${p.article}#${p.id}` === source);
    const isTrue = (r: RelatedPassage) => pairs.some((p) => p.other === r.article && p.counterparts.includes(r.id));
    const list = (related.get(source) ?? []).slice(0, 3);
    const hits = list.filter(isTrue).length;
    correct += hits;
    shown += list.length;
    if (pairs.some((p) => p.counterparts.length > 0)) {
      findable += 1;
      if (hits > 0) found += 1;
    }
    for (const r of list.filter((x) => !isTrue(x))) misses.push(`${source}: showed ${r.article} ${r.id} (${r.score})`);
  }
  return { correct, total: shown, precision: ratio(correct, shown), misses, found, findable };
}
