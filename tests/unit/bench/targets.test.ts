import { describe, expect, it } from 'vitest';
import type { Row } from '../../bench/figures.ts';
import { judgeTargets, targetsMarkdown, type RunFigures } from '../../bench/targets.ts';

/** A size's figures; only what a test sets matters. */
function row(articles: number, figures: Partial<Row> = {}): Row {
  return {
    articles,
    ingest: 1,
    build: 4,
    index: 1,
    total: 6,
    peakMb: 600,
    largestProcessMb: 500,
    ingestPeakMb: 300,
    buildPeakMb: 600,
    distMb: 10,
    baseline: 4,
    baselinePeakMb: 550,
    baselineLargestProcessMb: 540,
    baselineDistMb: 5,
    ratio: 1.5,
    cpu: 6,
    baselineCpu: 4,
    filesPerArticle: 3,
    profile: {
      'article pages': { bytes: 8 * 2 ** 20, files: articles, renderMs: 100 },
      downloads: { bytes: 2 * 2 ** 20, files: 3, renderMs: 10 },
    },
    phases: { render: 3, bundle: 0.5 },
    baselinePhases: { render: 2 },
    ...figures,
  };
}

const figures = (rows: Row[], rest: Partial<RunFigures> = {}): RunFigures => ({
  rows,
  pages: [],
  search: [],
  lighthouse: {},
  ...rest,
});

const verdict = (all: ReturnType<typeof judgeTargets>, figure: RegExp) => all.find((v) => figure.test(v.figure));

describe('judgeTargets', () => {
  it('judges at 2,000 articles, each figure against its limit, with the profile beside each miss', () => {
    const rows = [
      row(100, { total: 6, baseline: 2, peakMb: 600, baselinePeakMb: 550 }),
      // 2,000 articles: time 8× the baseline (missed), memory 1.1× (met), bytes 4× (met), 7 files per article (missed).
      row(2000, {
        total: 80,
        baseline: 10,
        ratio: 8,
        peakMb: 1100,
        baselinePeakMb: 1000,
        distMb: 40,
        baselineDistMb: 10,
        filesPerArticle: 7,
      }),
      // A larger opt-in size is reported, not judged.
      row(10000, { ratio: 1 }),
    ];
    const all = judgeTargets(figures(rows));
    const time = verdict(all, /^pipeline time/);
    expect(time).toMatchObject({ figure: 'pipeline time ÷ plain Astro, 2,000 articles', met: false, before: '–' });
    expect(time?.now).toMatch(/^8\.00× \(80\.0 s \/ 10\.0 s/);
    // The miss says where the seconds go, ours largest first, then the baseline's.
    expect(time?.why).toBe(
      "ours: rendering pages and files 3.0 s, ingest 1.0 s, bundling (Vite) 0.5 s; the baseline's: rendering pages and files 2.0 s",
    );
    expect(verdict(all, /^peak memory/)).toMatchObject({ met: true });
    // A miss says which processes hold the memory, and the largest one's figure beside the baseline's.
    const heavy = judgeTargets(figures([row(2000, { peakMb: 1500, buildPeakMb: 1500, baselinePeakMb: 1000 })]));
    expect(verdict(heavy, /^peak memory/)?.why).toBe(
      "the build's processes together peak at 1,500 MB (Astro's, with the search step's worker, and Pagefind's own beside it), the ingest's at 300 MB; the largest single process alone 500 MB against the baseline's 540 MB (0.93×)",
    );
    expect(verdict(all, /^peak memory/)?.why).toBeUndefined();
    expect(verdict(all, /^dist/)).toMatchObject({ met: true, now: '4.0× (40.0 MB / 10.0 MB)' });
    expect(verdict(all, /^files per article/)).toMatchObject({
      met: false,
      why: 'most: article pages 2,000 files, downloads 3 files',
    });
    // Growth from 100: ours ×13.33 against the baseline's ×5.
    expect(verdict(all, /^growth of time/)).toMatchObject({
      met: false,
      now: "2.67 (ours ×13.33, the baseline's ×5.00)",
    });
    // (80 − 6) s / 1,900 articles = 38.9 ms; fixed 6 − 0.0389 × 100 = 2.1 s. Baseline: 8 s / 1,900 = 4.2 ms; 1.6 s.
    expect(verdict(all, /^growth of time/)?.why).toMatch(
      /^per added article ours 38\.9 ms, the baseline's 4\.2 ms; fixed part ours 2\.1 s, the baseline's 1\.6 s/,
    );
  });

  it('says "not measured" for what a shorter run skipped, and judges at the largest size below 2,000', () => {
    const all = judgeTargets(figures([row(100), row(500, { ratio: 1.9 })]));
    expect(verdict(all, /^pipeline time/)).toMatchObject({
      figure: 'pipeline time ÷ plain Astro, 500 articles',
      met: true,
    });
    for (const skipped of [/^search/, /^Lighthouse/, /^article page/])
      for (const v of all.filter((x) => skipped.test(x.figure)))
        expect(v).toMatchObject({ met: undefined, now: 'not measured in this run' });
  });

  it('judges search at both sites, the second query on the worst pair, and Lighthouse on its lowest score', () => {
    const search = [
      { articles: 5, query: 'CGTP', results: 3, bytes: 40 * 1024, ms: 90, secondBytes: 0 },
      { articles: 2000, query: 'CGTP', results: 9, bytes: 101 * 1024, ms: 170, secondBytes: 31 * 1024 },
      { articles: 2000, query: 'Juliaca massacre', results: 9, bytes: 80 * 1024, ms: 310, secondBytes: 2 * 1024 },
    ];
    const scores = { home: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 } };
    const lighthouse = {
      desktop: { scores, misses: { home: [] } },
      mobile: { scores: { home: { ...scores.home, performance: 99 } }, misses: { home: ['largest-contentful-paint'] } },
    };
    const all = judgeTargets(figures([row(2000)], { search, lighthouse }));
    expect(verdict(all, /first query, gzip, 5 articles/)).toMatchObject({ met: true, now: '40.0 KB' });
    expect(verdict(all, /first query, gzip, 2,000 articles/)).toMatchObject({ met: false, now: '101.0 KB' });
    expect(verdict(all, /first results painted, 2,000/)).toMatchObject({ met: false, now: '310 ms' });
    expect(verdict(all, /second query/)).toMatchObject({ met: false, now: '31.0 KB' });
    expect(verdict(all, /^Lighthouse/)).toMatchObject({
      met: false,
      now: '99',
      why: 'mobile, home: largest-contentful-paint',
    });
  });

  it('puts the run before beside each figure it also measured', () => {
    const before = figures([row(2000, { ratio: 9, total: 90, baseline: 10 })]);
    const all = judgeTargets(figures([row(2000, { ratio: 7 })]), before);
    expect(verdict(all, /^pipeline time/)?.before).toMatch(/^9\.00× \(90\.0 s \/ 10\.0 s/);
    expect(verdict(all, /^growth of time/)?.before).toBe('–');
  });

  it('puts no figure of another corpus size beside it', () => {
    const before = figures([row(100), row(500, { ratio: 5 })]);
    const all = judgeTargets(figures([row(100), row(2000, { ratio: 7 })]), before);
    expect(verdict(all, /^pipeline time/)?.before).toBe('–');
    expect(verdict(all, /^growth of time/)?.before).toBe('–');
  });
});

describe('targetsMarkdown', () => {
  it('writes a row per target and a line per miss', () => {
    const all = judgeTargets(figures([row(2000, { ratio: 3 })]));
    const lines = targetsMarkdown(all);
    expect(lines.filter((l) => l.startsWith('| ') && !l.startsWith('| figure') && !l.startsWith('| ---'))).toHaveLength(
      all.length,
    );
    expect(lines.filter((l) => l.startsWith('- **'))).toHaveLength(all.filter((v) => v.met === false).length);
    expect(lines.join('\n')).toMatch(
      /\| pipeline time ÷ plain Astro, 2,000 articles \| ≤ 2\.0× \| 3\.00× .* \| missed \|/,
    );
  });
});
