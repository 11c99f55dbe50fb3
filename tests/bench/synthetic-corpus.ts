/**
 * Synthetic corpora for the benchmark: N articles made by recombining the passages of the real
 * articles (deterministically), as plain-text seeds with a sources.yaml entry each, so that they
 * go through the real ingest like any saved article.
 */
import { stringify } from 'yaml';

/** A generated seed folder, in memory. */
export interface SyntheticCorpus {
  /** file name → text. */
  seeds: Map<string, string>;
  sourcesYaml: string;
}

/** mulberry32: a small seeded PRNG, so every run builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CURRENTS = [
  { publisher: 'lit-ci', tendency: 'lit-ci' },
  { publisher: 'left-voice', tendency: 'ft-ci' },
  { publisher: 'wsws', tendency: 'icfi' },
  { publisher: 'workers-voice', tendency: 'lit-ci' },
];

/**
 * Make `count` articles of 12–30 passages each, drawn from `passages`, dated across the uprising.
 * @example makeSyntheticCorpus(['A passage.', 'Another.'], ['A title'], 3).seeds.size // 3
 */
export function makeSyntheticCorpus(passages: string[], titles: string[], count: number): SyntheticCorpus {
  const next = random(count);
  const seeds = new Map<string, string>();
  const sources: Record<string, unknown> = {};
  const start = Date.UTC(2022, 11, 7);
  for (let i = 0; i < count; i++) {
    const name = `synthetic_${String(i).padStart(5, '0')}.txt`;
    const length = 12 + Math.floor(next() * 19);
    const body = Array.from({ length }, () => passages[Math.floor(next() * passages.length)] ?? '');
    const title = `Synthetic ${i + 1}: ${titles[i % titles.length] ?? 'Untitled'}`;
    seeds.set(name, `${title}\n\n${body.join('\n\n')}\n`);
    const current = CURRENTS[i % CURRENTS.length] ?? CURRENTS[0];
    const day = new Date(start + Math.floor(next() * 120) * 86_400_000).toISOString().slice(0, 10);
    sources[name] = {
      publisher: { value: current?.publisher, basis: 'devised', note: 'Synthetic benchmark article.' },
      tendency: { value: current?.tendency, basis: 'devised', note: 'Synthetic benchmark article.' },
      sourceUrl: { value: null, basis: 'unknown', note: 'Synthetic benchmark article.' },
      date: { value: day, basis: 'devised', note: 'Synthetic benchmark article.' },
    };
  }
  return { seeds, sourcesYaml: stringify(sources) };
}
