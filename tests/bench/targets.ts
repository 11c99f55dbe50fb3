/**
 * Issue #14's targets, judged from one bench run: each figure beside its target and beside the
 * figure of the run before (the results file the run replaces), met or missed, and for a miss the
 * part of the profile that says where the seconds, bytes or files go. Pure: the runner measures,
 * this judges, so a unit test can check every verdict on figures it makes up.
 */
import type { LighthousePreset, LighthouseRun, PageWeight, SearchFigure } from './browser.ts';
import { PHASE_NAMES } from './build-phases.ts';
import type { Row } from './figures.ts';

/** What one run measured: what the results file holds. */
export interface RunFigures {
  rows: Row[];
  pages: PageWeight[];
  search: SearchFigure[];
  lighthouse: Partial<Record<LighthousePreset, LighthouseRun>>;
}

export interface Verdict {
  figure: string;
  target: string;
  now: string;
  /** The same figure in the run before, or '–'. */
  before: string;
  /** Undefined when this run did not measure it (a size or a step skipped). */
  met: boolean | undefined;
  /** For a miss: where it goes, from the profile. */
  why?: string;
}

/** The corpus size the issue sets its targets at. */
export const TARGET_ARTICLES = 2000;

/** A measured value, and how a reader sees it. */
interface Measure {
  value: number;
  text: string;
}

interface Target {
  figure: (f: RunFigures) => string;
  target: string;
  limit: number;
  /** The figure must reach the limit (a score), not stay under it. */
  atLeast?: boolean;
  measure: (f: RunFigures) => Measure | undefined;
  why?: (f: RunFigures) => string | undefined;
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const thousands = (n: number) => n.toLocaleString('en-GB');

/** The row the targets are judged at: 2,000 articles, or the largest size below it in a shorter run. */
export function targetRow(rows: Row[]): Row | undefined {
  return rows.find((r) => r.articles === TARGET_ARTICLES) ?? rows.filter((r) => r.articles < TARGET_ARTICLES).at(-1);
}

/** The smallest size, from which growth is measured (when it is not the target row itself). */
function firstRow(rows: Row[]): Row | undefined {
  const first = rows[0];
  const at = targetRow(rows);
  return first && at && first.articles < at.articles ? first : undefined;
}

const at = (f: RunFigures) => `${thousands(targetRow(f.rows)?.articles ?? TARGET_ARTICLES)} articles`;

/** The largest search figures at one site size, or undefined. */
function searchAt(f: RunFigures, pick: 'smallest' | 'largest'): SearchFigure[] {
  const sizes = [...new Set(f.search.map((s) => s.articles))].sort((a, b) => a - b);
  const size = pick === 'smallest' ? sizes[0] : sizes.at(-1);
  return size === undefined || (pick === 'largest' && sizes.length < 2)
    ? []
    : f.search.filter((s) => s.articles === size);
}

function worst(figures: SearchFigure[], key: 'bytes' | 'ms' | 'secondBytes'): number | undefined {
  return figures.length === 0 ? undefined : Math.max(...figures.map((s) => s[key]));
}

/** A row's phases, largest first, as "rendering 35.8 s, …" (ours, or the baseline's). */
function phaseList(row: Row, whose: 'ours' | 'baseline'): string {
  const phases = whose === 'ours' ? row.phases : row.baselinePhases;
  const named = PHASE_NAMES.flatMap(([key, name]) =>
    phases?.[key] === undefined ? [] : [[name, phases[key]] as const],
  );
  if (whose === 'ours') named.push(['ingest', row.ingest]);
  return named
    .filter(([, s]) => s >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([name, s]) => `${name} ${f1(s)} s`)
    .join(', ');
}

/** The kinds of output with the most bytes (or files), largest first. */
function largestKinds(row: Row, key: 'bytes' | 'files', count = 5): string {
  return Object.entries(row.profile)
    .sort((a, b) => b[1][key] - a[1][key])
    .slice(0, count)
    .map(([kind, p]) => `${kind} ${key === 'bytes' ? mb(p.bytes) : `${thousands(p.files)} files`}`)
    .join(', ');
}

/** Fixed cost and cost per article of a figure between two sizes (a straight line through both). */
function line(small: Row, large: Row, value: (r: Row) => number): { fixed: number; perArticle: number } {
  const perArticle = (value(large) - value(small)) / (large.articles - small.articles);
  return { fixed: value(small) - perArticle * small.articles, perArticle };
}

/** Why a growth ratio of ratios is what it is: each build's fixed part and part per article. */
function growthWhy(f: RunFigures, ours: (r: Row) => number, theirs: (r: Row) => number, unit: 's' | 'MB'): string {
  const small = firstRow(f.rows) as Row;
  const large = targetRow(f.rows) as Row;
  const o = line(small, large, ours);
  const b = line(small, large, theirs);
  const per = unit === 's' ? (x: number) => `${f1(x * 1000)} ms` : (x: number) => `${f2(x)} MB`;
  const fixed = unit === 's' ? (x: number) => `${f1(x)} s` : (x: number) => `${thousands(Math.round(x))} MB`;
  return `per added article ours ${per(o.perArticle)}, the baseline's ${per(b.perArticle)}; fixed part ours ${fixed(o.fixed)}, the baseline's ${fixed(b.fixed)}: a build with more fixed cost grows less from ${thousands(small.articles)} articles`;
}

const growth = (f: RunFigures, ours: (r: Row) => number, theirs: (r: Row) => number): Measure | undefined => {
  const small = firstRow(f.rows);
  const large = targetRow(f.rows);
  if (!small || !large) return undefined;
  const value = ours(large) / ours(small) / (theirs(large) / theirs(small));
  return {
    value,
    text: `${f2(value)} (ours ×${f2(ours(large) / ours(small))}, the baseline's ×${f2(theirs(large) / theirs(small))})`,
  };
};

/** Near-linear growth of one figure (time or memory) from the smallest size to the target's. */
function growthTarget(name: string, ours: (r: Row) => number, theirs: (r: Row) => number, unit: 's' | 'MB'): Target {
  return {
    figure: (f) => `growth of ${name}, ${thousands(firstRow(f.rows)?.articles ?? 100)} → ${at(f)} (ratio of ratios)`,
    target: '≤ 1.3',
    limit: 1.3,
    measure: (f) => growth(f, ours, theirs),
    why: (f) => growthWhy(f, ours, theirs, unit),
  };
}

const TARGETS: Target[] = [
  {
    figure: (f) => `pipeline time ÷ plain Astro, ${at(f)}`,
    target: '≤ 2.0×',
    limit: 2,
    measure: (f) => {
      const r = targetRow(f.rows);
      return (
        r && {
          value: r.ratio,
          text: `${f2(r.ratio)}× (${f1(r.total)} s / ${f1(r.baseline)} s; CPU ${f2(r.cpu / r.baselineCpu)}×)`,
        }
      );
    },
    why: (f) => {
      const r = targetRow(f.rows) as Row;
      return `ours: ${phaseList(r, 'ours')}; the baseline's: ${phaseList(r, 'baseline')}`;
    },
  },
  growthTarget(
    'time',
    (r) => r.total,
    (r) => r.baseline,
    's',
  ),
  growthTarget(
    'memory',
    (r) => r.peakMb,
    (r) => r.baselinePeakMb,
    'MB',
  ),
  {
    figure: (f) => `peak memory ÷ plain Astro, ${at(f)}`,
    target: '≤ 1.2×',
    limit: 1.2,
    measure: (f) => {
      const r = targetRow(f.rows);
      return (
        r && {
          value: r.peakMb / r.baselinePeakMb,
          text: `${f2(r.peakMb / r.baselinePeakMb)}× (${thousands(r.peakMb)} MB / ${thousands(r.baselinePeakMb)} MB)`,
        }
      );
    },
    why: (f) => {
      const r = targetRow(f.rows) as Row;
      const largest = `; the largest single process alone ${thousands(r.largestProcessMb)} MB against the baseline's ${thousands(r.baselineLargestProcessMb)} MB (${f2(r.largestProcessMb / r.baselineLargestProcessMb)}×)`;
      return `the build's processes together peak at ${thousands(r.buildPeakMb)} MB (Astro's, with the search step's worker, and Pagefind's own beside it), the ingest's at ${thousands(r.ingestPeakMb)} MB${largest}`;
    },
  },
  {
    figure: (f) => `dist/ bytes ÷ plain Astro, ${at(f)}`,
    target: '≤ 5×',
    limit: 5,
    measure: (f) => {
      const r = targetRow(f.rows);
      return (
        r && {
          value: r.distMb / r.baselineDistMb,
          text: `${f1(r.distMb / r.baselineDistMb)}× (${f1(r.distMb)} MB / ${f1(r.baselineDistMb)} MB)`,
        }
      );
    },
    why: (f) => `largest: ${largestKinds(targetRow(f.rows) as Row, 'bytes')}`,
  },
  {
    figure: (f) => `files per article, ${at(f)}`,
    target: '≤ 6',
    limit: 6,
    measure: (f) => {
      const r = targetRow(f.rows);
      return r && { value: r.filesPerArticle, text: f2(r.filesPerArticle) };
    },
    why: (f) => `most: ${largestKinds(targetRow(f.rows) as Row, 'files')}`,
  },
  {
    figure: () => 'article page, five-article site, gzip (HTML, CSS, JS, fetched)',
    target: '≤ 20 KB',
    limit: 20 * 1024,
    measure: (f) => {
      const p = f.pages.find((page) => page.name === 'article');
      const total = p && p.html + p.css + p.js + p.data;
      return p && total !== undefined
        ? { value: total, text: `${kb(total)} (HTML ${kb(p.html)}, CSS ${kb(p.css)}, JS ${kb(p.js)})` }
        : undefined;
    },
  },
  {
    figure: (f) =>
      `search, page and first query, gzip, ${searchAt(f, 'smallest')[0]?.articles ?? 5} articles (worst query)`,
    target: '≤ 100 KB',
    limit: 100 * 1024,
    measure: (f) => {
      const bytes = worst(searchAt(f, 'smallest'), 'bytes');
      return bytes === undefined ? undefined : { value: bytes, text: kb(bytes) };
    },
  },
  {
    figure: (f) =>
      `search, page and first query, gzip, ${thousands(searchAt(f, 'largest')[0]?.articles ?? TARGET_ARTICLES)} articles (worst query)`,
    target: '≤ 100 KB',
    limit: 100 * 1024,
    measure: (f) => {
      const bytes = worst(searchAt(f, 'largest'), 'bytes');
      return bytes === undefined ? undefined : { value: bytes, text: kb(bytes) };
    },
  },
  {
    figure: (f) =>
      `search, submit to first results painted, ${thousands(searchAt(f, 'largest')[0]?.articles ?? TARGET_ARTICLES)} articles (worst query)`,
    target: '≤ 300 ms',
    limit: 300,
    measure: (f) => {
      const ms = worst(searchAt(f, 'largest'), 'ms');
      return ms === undefined ? undefined : { value: ms, text: `${ms} ms` };
    },
  },
  {
    figure: () => 'search, a second query on the same page adds (worst pair, either site)',
    target: '≤ 30 KB',
    limit: 30 * 1024,
    measure: (f) => {
      const bytes = worst(f.search, 'secondBytes');
      return bytes === undefined ? undefined : { value: bytes, text: kb(bytes) };
    },
    why: (f) =>
      `per pair of queries: ${f.search.map((s) => `${s.query} then the next, ${thousands(s.articles)} articles: ${kb(s.secondBytes)}`).join('; ')}; a second query fetches the text blocks of the articles it shows that the first did not`,
  },
  {
    figure: () => 'Lighthouse, lowest score of four categories, desktop and mobile presets',
    target: '100',
    limit: 100,
    atLeast: true,
    measure: (f) => {
      const scores = Object.values(f.lighthouse).flatMap((run) =>
        Object.values(run?.scores ?? {}).flatMap((s) => Object.values(s)),
      );
      return scores.length === 0 ? undefined : { value: Math.min(...scores), text: String(Math.min(...scores)) };
    },
    why: (f) =>
      Object.entries(f.lighthouse)
        .flatMap(([preset, run]) =>
          Object.entries(run?.misses ?? {})
            .filter(([, m]) => m.length > 0)
            .map(([page, m]) => `${preset}, ${page}: ${m.join(', ')}`),
        )
        .join('; '),
  },
];

/** Every target judged on this run's figures, beside the run before's. */
export function judgeTargets(now: RunFigures, before?: RunFigures): Verdict[] {
  return TARGETS.map((t) => {
    const m = t.measure(now);
    // The same figure: its label, which names the corpus sizes, reads the same in both runs.
    const b = before && t.figure(before) === t.figure(now) ? t.measure(before) : undefined;
    const met = m === undefined ? undefined : t.atLeast ? m.value >= t.limit : m.value <= t.limit;
    const verdict: Verdict = {
      figure: t.figure(now),
      target: t.target,
      now: m?.text ?? 'not measured in this run',
      before: b?.text ?? '–',
      met,
    };
    const why = met === false ? t.why?.(now) : undefined;
    if (why) verdict.why = why;
    return verdict;
  });
}

/** The verdicts as Markdown: the table, then why each miss. */
export function targetsMarkdown(verdicts: Verdict[]): string[] {
  const word = (met: boolean | undefined) => (met === undefined ? '–' : met ? 'met' : 'missed');
  const lines = [
    '| figure | target | now | run before | verdict |',
    '| --- | --- | --- | --- | --- |',
    ...verdicts.map((v) => `| ${v.figure} | ${v.target} | ${v.now} | ${v.before} | ${word(v.met)} |`),
  ];
  const misses = verdicts.filter((v) => v.why);
  if (misses.length > 0)
    lines.push('', 'Where each miss comes from:', '', ...misses.map((v) => `- **${v.figure}**: ${v.why}.`));
  return lines;
}
