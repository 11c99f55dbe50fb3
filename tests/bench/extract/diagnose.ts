/**
 * Why a page scored low: compare the prediction with the ground truth the way the benchmark's
 * scorer does (word 4-shingles over `\w+` tokens) and name the largest stretch of extra or missing
 * words, where it sits (before, inside or after the article) and how it begins. A one-line reason
 * for a person to read, not a score: the score comes from the benchmark's own evaluate.py.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
const N = 4;

/** The scorer's tokens (Python's `\w+` with re.UNICODE: letters, digits, underscore). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Which tokens of `a` sit inside at least one 4-shingle that `b` also has. */
function covered(a: string[], b: string[]): boolean[] {
  const shingles = new Set<string>();
  for (let i = 0; i + N <= b.length; i += 1) shingles.add(b.slice(i, i + N).join(' '));
  const out = Array.from({ length: a.length }, () => false);
  for (let i = 0; i + N <= a.length; i += 1) {
    if (shingles.has(a.slice(i, i + N).join(' '))) for (let j = i; j < i + N; j += 1) out[j] = true;
  }
  return out;
}

/** One stretch of words in one text that the other text lacks. */
interface Run {
  start: number;
  length: number;
  where: string;
  words: string;
}

function runsOfUncovered(tokens: string[], mask: boolean[], places: [string, string, string]): Run[] {
  const first = mask.indexOf(true);
  const last = mask.lastIndexOf(true);
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (mask[i]) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < tokens.length && !mask[i]) i += 1;
    const where = first === -1 || start < first ? places[0] : start > last ? places[2] : places[1];
    runs.push({ start, length: i - start, where, words: tokens.slice(start, start + 8).join(' ') });
  }
  return runs.sort((x, y) => y.length - x.length);
}

/** The scorer's per-page counts of 4-shingles: true positives, false positives, false negatives. */
function shingleCounts(truth: string, pred: string): { tp: number; fp: number; fn: number; repeated: number } {
  const count = (tokens: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i < Math.max(1, tokens.length - N + 1); i += 1) {
      const key = tokens.slice(i, i + N).join(' ');
      if (key !== '') m.set(key, (m.get(key) ?? 0) + 1);
    }
    return m;
  };
  const t = count(tokenize(truth));
  const p = count(tokenize(pred));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let repeated = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
    if (tc > 0) repeated += Math.max(0, pc - tc);
  }
  return { tp, fp, fn, repeated };
}

/** The shingle F1 of one page (the scorer's per-page figure, unnormalised counts give the same ratio). */
export function pageF1(truth: string, pred: string): number {
  const { tp, fp, fn } = shingleCounts(truth, pred);
  if (fp === 0 && fn === 0) return 1;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** A one-line reason: the largest problem first, then the runner-up if it is sizeable. */
export function diagnose(truth: string, pred: string): string {
  const t = tokenize(truth);
  const p = tokenize(pred);
  if (p.length === 0) return `nothing extracted (truth has ${t.length} words)`;
  const extra = runsOfUncovered(p, covered(p, t), ['before the article', 'inside the article', 'after the article']);
  const missing = runsOfUncovered(t, covered(t, p), ['at its start', 'in its middle', 'at its end']);
  const extraWords = extra.reduce((s, r) => s + r.length, 0);
  const missingWords = missing.reduce((s, r) => s + r.length, 0);
  // Shingles of the truth that the prediction has more often than the truth: words said twice.
  const { repeated } = shingleCounts(truth, pred);
  const repeats =
    repeated >= 20
      ? `repeats ${repeated} word groups of the article (e.g. a caption or pull quote also in the text)`
      : '';
  if (extraWords + missingWords === 0) return repeats || 'same words; differs only in order';
  const describe = (kind: 'extra' | 'missed', r: Run | undefined, total: number): string =>
    r === undefined
      ? ''
      : kind === 'extra'
        ? `extra ${total} words (largest: ${r.length} ${r.where}, "${r.words}…")`
        : `missed ${total} of ${t.length} truth words (largest: ${r.length} ${r.where}, "${r.words}…")`;
  const parts =
    extraWords >= missingWords
      ? [
          describe('extra', extra[0], extraWords),
          missingWords >= 20 ? describe('missed', missing[0], missingWords) : '',
        ]
      : [describe('missed', missing[0], missingWords), extraWords >= 20 ? describe('extra', extra[0], extraWords) : ''];
  return [...parts, repeats].filter(Boolean).join('; ');
}
