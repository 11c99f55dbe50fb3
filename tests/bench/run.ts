/**
 * `npm run bench`: speed and size as the corpus grows, against a plain-Astro baseline, plus
 * page weights, search cost and Lighthouse scores. Not part of `npm test`: this machine is shared
 * and noisy, so the figures are reported, not asserted.
 *
 * Writes tests/bench/results/latest.json and latest.md (the table the README quotes).
 * BENCH_SIZES=100,500 and BENCH_SKIP=lighthouse,search,relevance shorten a run; BENCH_KEEP=1 keeps the builds.
 * The relevance section runs the gold set's queries through our engine and Pagefind's
 * (`search-relevance.ts`).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { listPassages } from '../../src/lib/passages/passages.ts';
import { parseBody } from '../../src/lib/passages/body.ts';
import { loadCommitted } from '../helpers/corpus.ts';
import { writeBaselineProject } from './baseline.ts';
import {
  measurePages,
  measureSearch,
  runLighthouse,
  type LighthouseRun,
  type LighthousePreset,
  type PageWeight,
  type SearchFigure,
} from './browser.ts';
import { buildPhases, PHASE_NAMES, type BuildPhases } from './build-phases.ts';
import { SPREAD_KEYS, type Profile, type Row, type SpreadKey } from './figures.ts';
import { measureRelevance } from './search-relevance.ts';
import { makeSyntheticCorpus } from './synthetic-corpus.ts';
import { judgeTargets, targetRow, targetsMarkdown, type RunFigures } from './targets.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules', '.bin');
const sizes = (process.env['BENCH_SIZES'] ?? '100,500,2000').split(',').map(Number);
const skip = new Set((process.env['BENCH_SKIP'] ?? '').split(',').filter(Boolean));
/** Runs per corpus size (ours and the baseline's, one after the other each time): figures are their medians. */
const runs = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));

/** A step that did not finish: what broke, for the report (a finding at sizes past the targets). */
class StepFailed extends Error {
  constructor(
    readonly step: string,
    readonly output: string,
  ) {
    super(`${step} failed`);
  }
}

/** What broke, in a line: out of memory, or the first error line of the output. */
function whatBroke(failure: StepFailed): string {
  const { output } = failure;
  // Astro names the integration hook it is running; the last one named is where it stopped.
  const hook = [...output.matchAll(/Waiting for integration "([^"]+)", hook "([^"]+)"/g)].at(-1);
  const where = hook ? ` in ${hook[1]} (${hook[2]})` : '';
  if (/heap out of memory|Allocation failed/.test(output))
    return `ran out of memory${where} (V8's default heap limit, about 4 GB)`;
  const line = output.split('\n').find((l) => /error/i.test(l)) ?? output.trim().split('\n').at(-1) ?? '';
  return `stopped${where}: ${line.trim().slice(0, 200)}`;
}

/**
 * One timed child process: wall-clock seconds, CPU seconds (user + system, itself and its
 * children: the figure a busy shared machine disturbs least) and peak resident memory (GNU time).
 */
interface Timed {
  seconds: number;
  cpuSeconds: number;
  /** The whole process tree's highest resident memory (sampled: tree-memory.ts). */
  peakMb: number;
  /** The largest single process's (GNU time): the figure of the rounds before the fourth. */
  largestProcessMb: number;
  stdout: string;
}

/**
 * CPU seconds the whole machine has spent busy since boot (Linux's /proc/stat: every state but idle
 * and I/O wait), or undefined elsewhere.
 */
function machineBusySeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return undefined;
  }
}

/**
 * The machine's load during each timed step: the CPU seconds other processes used while it ran
 * (the machine's busy time less the step's own), and the step's wall seconds. The load average
 * would count the step's own threads; this counts only what disturbed it.
 */
const otherLoad: { seconds: number; otherCpu: number }[] = [];

function timed(step: string, command: string, args: string[], cwd: string): Timed {
  const busyBefore = machineBusySeconds();
  const out = join(tmpdir(), `bench-time-${process.pid}.txt`);
  // The sampler watches this process's descendants: while spawnSync waits, they are the step's.
  const treeOut = join(tmpdir(), `bench-tree-${process.pid}.txt`);
  const sampler = spawn(process.execPath, [join(import.meta.dirname, 'tree-memory.ts'), String(process.pid), treeOut], {
    stdio: 'ignore',
  });
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', out, command, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${BIN}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  sampler.kill();
  if (run.status !== 0) throw new StepFailed(step, `${run.stdout}\n${run.stderr}`);
  const treeKb = Number(readFileSync(treeOut, 'utf8') || 0);
  const [seconds = '0', kb = '0', user = '0', system = '0'] =
    readFileSync(out, 'utf8').trim().split('\n').at(-1)?.split(' ') ?? [];
  const busyAfter = machineBusySeconds();
  if (busyBefore !== undefined && busyAfter !== undefined)
    otherLoad.push({
      seconds: Number(seconds),
      otherCpu: Math.max(0, busyAfter - busyBefore - Number(user) - Number(system)),
    });
  return {
    seconds: Number(seconds),
    cpuSeconds: Math.round((Number(user) + Number(system)) * 100) / 100,
    // The sampler can miss a short peak that GNU time's single process saw: the larger of the two.
    peakMb: Math.round(Math.max(treeKb, Number(kb)) / 1024),
    largestProcessMb: Math.round(Number(kb) / 1024),
    stdout: run.stdout,
  };
}

/** Every file under `dir`, as its path relative to `dir` and its size in bytes. */
function listFiles(dir: string, prefix = ''): { path: string; bytes: number }[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    const s = statSync(join(dir, path));
    return s.isDirectory() ? listFiles(dir, path) : [{ path, bytes: s.size }];
  });
}

function duMb(dir: string): number {
  const bytes = listFiles(dir).reduce((sum, f) => sum + f.bytes, 0);
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

/** What a built file is, for the profile of where the bytes and the seconds go. */
function kindOf(path: string): string {
  const p = path.replace(/^\//, '');
  if (/^articles\/[^/]+\/(index\.html)?$/.test(p)) return 'article pages';
  if (/^articles\/[^/]+\/cite\./.test(p)) return 'citation files';
  if (p.startsWith('align/')) return 'alignment JSON';
  if (/^topics\/[^/]+\/passages\//.test(p)) return 'topic pages of passages';
  if (/^topics\/[^/]+\//.test(p)) return 'topic pages';
  if (/^coverage\/(events|topics)\/[^/]+\/passages\//.test(p)) return 'coverage pages of passages';
  if (/^coverage\/(events|topics)\/[^/]+\//.test(p)) return 'coverage row pages';
  if (/^coverage\//.test(p)) return 'coverage matrix';
  if (/^framing\/[^/]+\/[^/]+\/passages\//.test(p)) return 'framing pages of passages';
  if (/^framing\/[^/]+\//.test(p)) return 'framing group pages';
  if (/^framing\//.test(p)) return 'framing lexicon';
  if (p.startsWith('data/') && !p.endsWith('.html')) return 'downloads';
  if (p.startsWith('search-index/')) return 'search index';
  return 'other pages and assets';
}

function profileBuild(dist: string, buildLog: string): Profile {
  const profile: Profile = {};
  const slot = (kind: string) => (profile[kind] ??= { bytes: 0, files: 0, renderMs: 0 });
  for (const f of listFiles(dist)) {
    slot(kindOf(f.path)).bytes += f.bytes;
    slot(kindOf(f.path)).files++;
  }
  // Astro logs each route it writes as "├─ /path (+12ms)"; the first of a kind also pays for its getStaticPaths.
  for (const [, path = '', ms = '0'] of buildLog.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g))
    slot(kindOf(path)).renderMs += Number(ms);
  return profile;
}

/** A copy of the project that builds `content/` of its own (node_modules shared by symlink). */
function makeProject(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'])
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'content'));
  // The framing lexicon's terms are printed in the real articles, whose passages the corpus recombines.
  for (const file of ['publishers.yaml', 'tendencies.yaml', 'entities.yaml', 'framing.yaml'])
    cpSync(join(ROOT, 'content', file), join(dir, 'content', file));
  // Events and claims quote passages of the real articles; in a recombined corpus a quote matches
  // many places, so the synthetic sites have none (entities, mentions and related passages remain).
  writeFileSync(join(dir, 'content', 'events.yaml'), '[]\n');
  writeFileSync(join(dir, 'content', 'claims.yaml'), '[]\n');
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Each phase's median over the runs that logged it. */
function medianPhases(runs: BuildPhases[]): BuildPhases {
  const phases: BuildPhases = {};
  for (const key of new Set(runs.flatMap((r) => Object.keys(r) as (keyof BuildPhases)[])))
    phases[key] = round2(median(runs.flatMap((r) => (r[key] === undefined ? [] : [r[key]]))));
  return phases;
}

/** The runs of one size as one row: each varying figure the median of the runs, with its min and max. */
function summariseRuns(all: Row[]): Row {
  const first = all[0] as Row;
  if (all.length === 1) return first;
  const row: Row = { ...first, spread: {} };
  for (const key of SPREAD_KEYS) {
    const values = all.map((r) => r[key]);
    row[key] = round2(median(values));
    (row.spread as NonNullable<Row['spread']>)[key] = [Math.min(...values), Math.max(...values)];
  }
  row.ratio = round2(row.total / row.baseline);
  row.phases = medianPhases(all.map((r) => r.phases));
  row.baselinePhases = medianPhases(all.map((r) => r.baselinePhases));
  return row;
}

/** A size that did not get through: which step broke, and how. */
interface Failure {
  articles: number;
  step: string;
  reason: string;
}

function benchCorpus(count: number, dir: string): Row {
  const committed = loadCommitted();
  const passages = committed.flatMap((a) => listPassages(parseBody(a.body)).map((p) => p.text));
  const corpus = makeSyntheticCorpus(
    passages,
    committed.map((a) => a.data.title),
    count,
  );
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  for (const [name, text] of corpus.seeds) writeFileSync(join(dir, 'seeds', name), text);
  writeFileSync(join(dir, 'seeds', 'sources.yaml'), corpus.sourcesYaml);

  const site = join(dir, 'site');
  makeProject(site);
  const ingest = timed(
    'ingest',
    join(BIN, 'tsx'),
    ['src/ingest/cli.ts', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'ingested'), '--catalog', 'content'],
    ROOT,
  );
  cpSync(join(dir, 'ingested', 'articles'), join(site, 'content', 'articles'), { recursive: true });
  cpSync(join(dir, 'ingested', 'ingest-report.json'), join(site, 'content', 'ingest-report.json'));
  const build = timed('build', join(BIN, 'astro'), ['build'], site);

  const baselineDir = join(dir, 'baseline');
  writeBaselineProject(baselineDir, join(ROOT, 'node_modules'), join(site, 'content', 'articles'));
  const baseline = timed('baseline build', join(BIN, 'astro'), ['build'], baselineDir);

  // The search index is rendered with the pages (src/pages/search-index/): no step of its own, so
  // its seconds are part of the build's.
  const index = 0;
  const total = ingest.seconds + build.seconds;
  const profile = profileBuild(join(site, 'dist'), build.stdout);
  const files = Object.values(profile).reduce((n, p) => n + p.files, 0);
  return {
    articles: count,
    ingest: ingest.seconds,
    build: Math.round((build.seconds - index) * 100) / 100,
    index: Math.round(index * 100) / 100,
    total: Math.round(total * 100) / 100,
    peakMb: Math.max(ingest.peakMb, build.peakMb),
    largestProcessMb: Math.max(ingest.largestProcessMb, build.largestProcessMb),
    ingestPeakMb: ingest.peakMb,
    buildPeakMb: build.peakMb,
    distMb: duMb(join(site, 'dist')),
    baseline: baseline.seconds,
    baselinePeakMb: baseline.peakMb,
    baselineLargestProcessMb: baseline.largestProcessMb,
    baselineDistMb: duMb(join(baselineDir, 'dist')),
    ratio: Math.round((total / baseline.seconds) * 100) / 100,
    cpu: Math.round((ingest.cpuSeconds + build.cpuSeconds) * 100) / 100,
    baselineCpu: baseline.cpuSeconds,
    filesPerArticle: Math.round((files / count) * 100) / 100,
    profile,
    phases: buildPhases(build.stdout),
    baselinePhases: buildPhases(baseline.stdout),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The phases of the build at the target size, ours beside the baseline's, seconds. */
function phaseTable(row: Row): string[] {
  const lines = [
    `Where the seconds go at ${row.articles} articles, by phase (medians; Astro's timings and those the integrations log):`,
    '',
    '| phase | ours s | baseline s |',
    '| --- | ---: | ---: |',
    `| ingest | ${row.ingest} | – |`,
  ];
  // Phases beside another are not part of the build's time: the rest is the wall time less the others.
  const sum = (phases: BuildPhases) =>
    PHASE_NAMES.reduce((total, [key, , how]) => total + (how?.beside ? 0 : (phases[key] ?? 0)), 0);
  for (const [key, name] of PHASE_NAMES)
    lines.push(`| ${name} | ${row.phases[key] ?? '–'} | ${row.baselinePhases[key] ?? '–'} |`);
  const rest = (wall: number, phases: BuildPhases) => Math.max(0, wall - sum(phases)).toFixed(2);
  lines.push(
    `| the rest (start-up, writing files, sitemap, exit) | ${rest(row.build + row.index, row.phases)} | ${rest(row.baseline, row.baselinePhases)} |`,
    `| total | ${row.total} | ${row.baseline} |`,
  );
  return lines;
}

function markdown(
  rows: Row[],
  failures: Failure[],
  pages: PageWeight[],
  search: SearchFigure[],
  lighthouse: Partial<Record<LighthousePreset, LighthouseRun>>,
  machine: string,
  before: RunFigures | undefined,
): string {
  const lines: string[] = [];
  lines.push(`Machine: ${machine}.`, '');
  lines.push(
    "Issue #14's targets, judged on this run (the run before: the results file this run replaced):",
    '',
    ...targetsMarkdown(judgeTargets({ rows, pages, search, lighthouse }, before)),
    '',
  );
  if (rows.some((r) => r.spread))
    lines.push(
      `Times and memory: median of ${runs} runs, (min–max) beside it; each run builds our site, then the baseline.`,
      '',
    );
  lines.push(
    '| articles | ingest s | build s | index s | total s | peak MB | dist MB | files / article | baseline s | baseline peak MB | baseline dist MB | CPU s | baseline CPU s | ratio to baseline (time / CPU / memory / bytes) | growth (time / CPU / memory / articles) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    const growth = prev
      ? `${(r.total / prev.total).toFixed(2)}× / ${(r.cpu / prev.cpu).toFixed(2)}× / ${(r.peakMb / prev.peakMb).toFixed(2)}× / ${(r.articles / prev.articles).toFixed(1)}×`
      : '–';
    const cell = (key: SpreadKey) => {
      const range = r.spread?.[key];
      return range ? `${r[key]} (${range[0]}–${range[1]})` : String(r[key]);
    };
    const ratios = `${r.ratio}× / ${(r.cpu / r.baselineCpu).toFixed(2)}× / ${(r.peakMb / r.baselinePeakMb).toFixed(2)}× / ${(r.distMb / r.baselineDistMb).toFixed(1)}×`;
    lines.push(
      `| ${r.articles} | ${cell('ingest')} | ${cell('build')} | ${cell('index')} | ${cell('total')} | ${cell('peakMb')} | ${r.distMb} | ${r.filesPerArticle} | ${cell('baseline')} | ${cell('baselinePeakMb')} | ${r.baselineDistMb} | ${cell('cpu')} | ${cell('baselineCpu')} | ${ratios} | ${growth} |`,
    );
  });
  for (const f of failures) lines.push('', `At ${f.articles} articles the ${f.step} did not finish: it ${f.reason}.`);
  const judged = targetRow(rows);
  if (judged) lines.push('', ...phaseTable(judged));
  const largest = rows.at(-1);
  if (largest) {
    lines.push(
      '',
      `Where the bytes and the seconds go at ${largest.articles} articles (render time as Astro logs it per file; the first file of a kind also pays for its shared data):`,
      '',
      '| output | MB | files | render s |',
      '| --- | ---: | ---: | ---: |',
    );
    for (const [kind, p] of Object.entries(largest.profile).sort((a, b) => b[1].bytes - a[1].bytes))
      lines.push(`| ${kind} | ${(p.bytes / 2 ** 20).toFixed(1)} | ${p.files} | ${(p.renderMs / 1000).toFixed(1)} |`);
  }
  if (pages.length > 0) {
    lines.push('', 'Five-article site, bytes transferred per page type (gzip):', '');
    lines.push(
      '| page | HTML | CSS | JS | fetched by scripts | total | first ¶ within (compressed HTML) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const p of pages)
      lines.push(
        `| ${p.name} | ${kb(p.html)} | ${kb(p.css)} | ${kb(p.js)} | ${kb(p.data)} | ${kb(p.html + p.css + p.js + p.data)} | ${p.firstText === null ? '–' : kb(p.firstText)} |`,
      );
  }
  if (search.length > 0) {
    lines.push('', 'Search (median of five, cold cache; bytes gzip, headers included):', '');
    lines.push(
      '| articles | query | results | page + first query | submit to first results painted | second query adds |',
      '| ---: | --- | ---: | ---: | ---: | ---: |',
    );
    for (const s of search)
      lines.push(`| ${s.articles} | ${s.query} | ${s.results} | ${kb(s.bytes)} | ${s.ms} ms | ${kb(s.secondBytes)} |`);
  }
  for (const [preset, { scores, misses }] of Object.entries(lighthouse)) {
    lines.push('', `Lighthouse (Debian Chromium, ${preset} preset):`, '');
    lines.push(
      '| page | performance | accessibility | best practices | SEO | audits that cost points |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
    );
    for (const [name, s] of Object.entries(scores))
      lines.push(
        `| ${name} | ${s['performance']} | ${s['accessibility']} | ${s['best-practices']} | ${s['seo']} | ${misses[name]?.join(', ') || '–'} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The load in words: on average and at most, how many of the machine's cores other processes kept
 * busy while the builds were timed.
 */
function describeLoad(steps: { seconds: number; otherCpu: number }[]): string {
  if (steps.length === 0) return 'no build timed';
  const wall = steps.reduce((sum, s) => sum + s.seconds, 0);
  const other = steps.reduce((sum, s) => sum + s.otherCpu, 0);
  const worst = Math.max(...steps.map((s) => (s.seconds > 0 ? s.otherCpu / s.seconds : 0)));
  return `while the builds were timed, other processes kept ${(other / wall).toFixed(2)} of ${cpus().length} cores busy on average (at most ${worst.toFixed(2)} during one build)`;
}

/** The figures of the run before, from the results file this run replaces; undefined if none. */
function readBefore(file: string): RunFigures | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RunFigures;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM (${Math.round(freemem() / 2 ** 30)} GB free at start), Node ${process.version}`;
  const work = mkdtempSync(join(tmpdir(), 'uprising-bench-'));
  try {
    const rows: Row[] = [];
    const failures: Failure[] = [];
    for (const size of sizes) {
      const all: Row[] = [];
      try {
        for (let run = 0; run < runs; run++) {
          console.log(`bench: ${size} articles, run ${run + 1} of ${runs} …`);
          // The first run's site stays for the search measurement; the others are removed once measured.
          const dir = join(work, run === 0 ? String(size) : `${size}-run${run + 1}`);
          all.push(benchCorpus(size, dir));
          if (run > 0 && !process.env['BENCH_KEEP']) rmSync(dir, { recursive: true, force: true });
        }
      } catch (error) {
        if (!(error instanceof StepFailed)) throw error;
        // A size past what this machine can build is a finding, not a crash: say what broke first, stop there.
        failures.push({ articles: size, step: error.step, reason: whatBroke(error) });
        console.log(`bench: ${size} articles: the ${error.step} failed: ${whatBroke(error)}`);
        break;
      }
      rows.push(summariseRuns(all));
      console.log(JSON.stringify(rows.at(-1)));
    }
    console.log('bench: page weights of the five-article site …');
    const pages = await measurePages(join(ROOT, 'dist'));
    const biggest = rows.at(-1);
    const queries = ['CGTP', 'Constituent Assembly', 'Juliaca massacre'];
    const search = skip.has('search')
      ? []
      : [
          ...(await measureSearch(join(ROOT, 'dist'), queries)),
          ...(biggest ? await measureSearch(join(work, String(biggest.articles), 'site', 'dist'), queries) : []),
        ];
    console.log("bench: search relevance, our engine beside Pagefind's on the gold set …");
    const relevance = skip.has('relevance') ? null : await measureRelevance();
    const lighthouse = skip.has('lighthouse')
      ? {}
      : {
          desktop: await runLighthouse(join(ROOT, 'dist'), 'desktop'),
          mobile: await runLighthouse(join(ROOT, 'dist'), 'mobile'),
        };
    const results = join(ROOT, 'tests', 'bench', 'results');
    mkdirSync(results, { recursive: true });
    const load = describeLoad(otherLoad);
    const table = [
      markdown(
        rows,
        failures,
        pages,
        search,
        lighthouse,
        `${machine}; ${load}`,
        readBefore(join(results, 'latest.json')),
      ),
      ...(relevance
        ? ['', "## Search relevance: our engine beside Pagefind's, on the gold set", '', relevance.markdown]
        : []),
    ].join('\n');
    // Written as the project's formatter would write them, so that committing a run passes lint.
    const formatted = async (file: string, text: string) =>
      format(text, { ...(await resolveConfig(file)), filepath: file });
    const jsonFile = join(results, 'latest.json');
    const mdFile = join(results, 'latest.md');
    writeFileSync(
      jsonFile,
      await formatted(
        jsonFile,
        JSON.stringify({
          machine,
          otherLoad,
          runs,
          rows,
          failures,
          pages,
          search,
          relevance: relevance ? { rows: relevance.rows, costs: relevance.costs } : null,
          lighthouse,
        }),
      ),
    );
    writeFileSync(mdFile, await formatted(mdFile, table));
    console.log(`\n${table}`);
  } finally {
    if (process.env['BENCH_KEEP']) console.log(`bench: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
