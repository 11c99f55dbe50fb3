/**
 * `npm run bench:extract`: the project's main-content extractor on the ScrapingHub
 * article-extraction benchmark (181 news pages with hand-marked article bodies; MIT licence;
 * github.com/scrapinghub/article-extraction-benchmark), scored by the benchmark's own evaluate.py.
 * Not part of `npm test`.
 *
 *   --benchmark DIR   the benchmark folder (default ../shared/article-extraction-benchmark from the repo)
 *   --runs N          timed passes over all pages; pages per second is their median (default 3)
 *   --n-bootstrap N   passed to evaluate.py (default 1000, its own default)
 *   --keep            keep the temporary scoring folder and print its path
 *   --worst N         how many of the worst pages to list (default 10)
 *   --skip a,b        leave out some of the extractor's rules (EXTRACT_RULES) to measure each one
 *
 * Never writes into the benchmark folder: the scorer runs in a temporary copy holding the ground
 * truth, evaluate.py, the two published outputs it ships and ours.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXTRACT_RULES, extractContent, type ExtractRule } from '../../../src/ingest/html/extract-content.ts';
import { decodePage } from './decode-page.ts';
import { diagnose, pageF1 } from './diagnose.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The default benchmark folder: ../shared/article-extraction-benchmark beside the repository. In a
 * git worktree, "the repository" is also the main checkout that owns it, so that one is tried second.
 */
function defaultBenchmark(): string {
  const beside = resolve(ROOT, '../shared/article-extraction-benchmark');
  if (existsSync(beside)) return beside;
  const common = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const main =
    common.status === 0 ? resolve(common.stdout.trim(), '..', '../shared/article-extraction-benchmark') : beside;
  return existsSync(main) ? main : beside;
}

const { values } = parseArgs({
  options: {
    benchmark: { type: 'string', default: defaultBenchmark() },
    runs: { type: 'string', default: '3' },
    'n-bootstrap': { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    worst: { type: 'string', default: '10' },
    skip: { type: 'string', default: '' },
  },
});
const bench = resolve(values.benchmark);
const runs = Math.max(1, Number(values.runs));
const skip = values.skip.split(',').filter(Boolean) as ExtractRule[];
const unknownRules = skip.filter((rule) => !(EXTRACT_RULES as readonly string[]).includes(rule));
if (unknownRules.length > 0) {
  console.error(`bench:extract: no rule named ${unknownRules.join(', ')}; the rules are ${EXTRACT_RULES.join(', ')}`);
  process.exit(2);
}

const needed = ['ground-truth.json', 'evaluate.py', 'html'];
const absent = needed.filter((name) => !existsSync(join(bench, name)));
if (absent.length > 0) {
  console.error(
    `bench:extract: the benchmark is not at ${bench} (missing ${absent.join(', ')}).\n` +
      '  fix: clone https://github.com/scrapinghub/article-extraction-benchmark there, or pass --benchmark DIR',
  );
  process.exit(2);
}

/** Published figures this run does not re-score (from the benchmark's README.rst "Results"). */
const PUBLISHED_BEST = {
  name: 'rs_trafilatura 9261e08 (best open-source)',
  f1: '0.970 ± 0.004',
  precision: '0.951 ± 0.006',
  recall: '0.990 ± 0.003',
};
/** The two published outputs the benchmark ships in output/, re-scored here beside ours. */
const SHIPPED = [
  { file: 'readability_js.json', label: 'Readability.js 0.6.0', published: '0.947' },
  { file: 'trafilatura.json', label: 'trafilatura 2.0.0', published: '0.958' },
];

const truth = JSON.parse(readFileSync(join(bench, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string }
>;
const ids = Object.keys(truth);

// Decode once (not timed: decoding is the caller's job, not the extractor's).
const pages = new Map<string, string>();
const charsets = new Map<string, number>();
for (const id of ids) {
  const file = join(bench, 'html', `${id}.html.gz`);
  const page = decodePage(readFileSync(file));
  pages.set(id, page.html);
  const key = `${page.charset} (${page.basis})`;
  charsets.set(key, (charsets.get(key) ?? 0) + 1);
}

const predictions: Record<string, { articleBody: string }> = {};
const refusals: string[] = [];
const seconds: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  for (const id of ids) {
    let body = '';
    try {
      body = extractContent(pages.get(id) ?? '', `${id}.html`, { skip }).text;
    } catch (error) {
      if (run === 0) refusals.push(`${id.slice(0, 12)}: ${(error as Error).message.split('\n')[0] ?? ''}`);
    }
    predictions[id] = { articleBody: body };
  }
  seconds.push((performance.now() - started) / 1000);
}
seconds.sort((a, b) => a - b);
const medianSeconds = seconds[Math.floor(seconds.length / 2)] ?? 0;
const pagesPerSecond = ids.length / medianSeconds;

// Score with the benchmark's own script, in a temporary copy.
const work = mkdtempSync(join(tmpdir(), 'bench-extract-'));
mkdirSync(join(work, 'output'));
copyFileSync(join(bench, 'ground-truth.json'), join(work, 'ground-truth.json'));
copyFileSync(join(bench, 'evaluate.py'), join(work, 'evaluate.py'));
const shipped = new Set(existsSync(join(bench, 'output')) ? readdirSync(join(bench, 'output')) : []);
for (const s of SHIPPED)
  if (shipped.has(s.file)) copyFileSync(join(bench, 'output', s.file), join(work, 'output', s.file));
writeFileSync(join(work, 'output', 'ours.json'), JSON.stringify({ version: 'this project', output: predictions }));
const scored = spawnSync(
  'python3',
  ['evaluate.py', '--n-bootstrap', values['n-bootstrap'], '--output', 'metrics.json'],
  {
    cwd: work,
    encoding: 'utf8',
  },
);
if (scored.status !== 0) {
  console.error(`bench:extract: evaluate.py failed (is python3 installed?)\n${scored.stderr}`);
  process.exit(1);
}
interface Metrics {
  f1: number;
  f1_std: number;
  precision: number;
  precision_std: number;
  recall: number;
  recall_std: number;
  tp_fp_fns: [number, number, number][];
}
const metrics = JSON.parse(readFileSync(join(work, 'metrics.json'), 'utf8')) as Record<string, Metrics>;
const ours = metrics['ours'];
if (ours === undefined) throw new Error('evaluate.py gave no figures for ours.json');

const fmt = (v: number, sd: number): string => `${v.toFixed(3)} ± ${sd.toFixed(3)}`;
const rows: string[][] = [
  [
    `this project (Readability 0.6 + rules${skip.length > 0 ? `, without ${skip.join(', ')}` : ''})`,
    fmt(ours.f1, ours.f1_std),
    fmt(ours.precision, ours.precision_std),
    fmt(ours.recall, ours.recall_std),
    `${pagesPerSecond.toFixed(1)}`,
    'measured here',
  ],
];
for (const s of SHIPPED) {
  const m = metrics[s.file.replace(/\.json$/, '')];
  if (m === undefined) continue;
  rows.push([
    s.label,
    fmt(m.f1, m.f1_std),
    fmt(m.precision, m.precision_std),
    fmt(m.recall, m.recall_std),
    '–',
    `shipped output re-scored here (published F1 ${s.published})`,
  ]);
}
rows.push([
  PUBLISHED_BEST.name,
  PUBLISHED_BEST.f1,
  PUBLISHED_BEST.precision,
  PUBLISHED_BEST.recall,
  '–',
  'published (benchmark README.rst)',
]);
const head = ['system', 'F1', 'precision', 'recall', 'pages/s', 'figure'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;

console.log(`ScrapingHub article-extraction benchmark: ${ids.length} pages from ${bench}`);
console.log(`decoded as: ${[...charsets].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
console.log('');
console.log(line(head));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows) console.log(line(r));
console.log('');
console.log(
  `± is the bootstrap standard deviation evaluate.py reports (${values['n-bootstrap']} resamples). ` +
    `pages/s: extraction only (decoded HTML in, text out), median of ${runs} pass${runs === 1 ? '' : 'es'} ` +
    `(${seconds.map((s) => s.toFixed(1)).join(', ')} s) on ${ids.length} pages.`,
);
if (refusals.length > 0) console.log(`refused (no article body found): ${refusals.length}\n  ${refusals.join('\n  ')}`);

// The ten worst pages by the scorer's per-page F1 (from its own tp/fp/fn).
const perPage = ids.map((id, i) => {
  const [tp = 0, fp = 0, fn = 0] = ours.tp_fp_fns[i] ?? [];
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = fp === 0 && fn === 0 ? 1 : p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { id, f1, p, r };
});
const check = perPage.every(
  (page) =>
    Math.abs(page.f1 - pageF1(truth[page.id]?.articleBody ?? '', predictions[page.id]?.articleBody ?? '')) < 1e-9,
);
console.log('');
console.log(
  `The ${values.worst} worst pages (per-page F1 from evaluate.py's counts${check ? '; diagnosis tokenises as it does' : ''}):`,
);
for (const page of [...perPage].sort((a, b) => a.f1 - b.f1).slice(0, Number(values.worst))) {
  const why = diagnose(truth[page.id]?.articleBody ?? '', predictions[page.id]?.articleBody ?? '');
  console.log(
    `  ${page.id.slice(0, 12)}  F1 ${page.f1.toFixed(3)}  P ${page.p.toFixed(2)}  R ${page.r.toFixed(2)}  ${why}`,
  );
}

if (values.keep) console.log(`\nscoring folder kept: ${work}`);
else rmSync(work, { recursive: true, force: true });
