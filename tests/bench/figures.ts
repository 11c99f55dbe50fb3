/** The figures one corpus size yields in `npm run bench`, shared by the runner and the report. */
import type { BuildPhases } from './build-phases.ts';

/** Per kind of output: bytes and files in dist/, and the milliseconds Astro logged rendering them. */
export type Profile = Record<string, { bytes: number; files: number; renderMs: number }>;

export interface Row {
  articles: number;
  ingest: number;
  build: number;
  index: number;
  total: number;
  /**
   * The larger of the ingest's and the build's peaks (they run one after the other), each the
   * highest resident memory of its whole process tree (Pagefind's own process included).
   */
  peakMb: number;
  /** The largest single process's peak (GNU time), as the rounds before the fourth measured memory. */
  largestProcessMb: number;
  ingestPeakMb: number;
  buildPeakMb: number;
  distMb: number;
  baseline: number;
  baselinePeakMb: number;
  baselineLargestProcessMb: number;
  baselineDistMb: number;
  ratio: number;
  /** CPU seconds of ingest and build (Pagefind included), and the baseline's. */
  cpu: number;
  baselineCpu: number;
  /** Files in dist/ per article (static hosts cap file counts). */
  filesPerArticle: number;
  profile: Profile;
  /** Seconds per phase of our build and of the baseline's (medians over the runs). */
  phases: BuildPhases;
  baselinePhases: BuildPhases;
  /** Min and max over the runs of the figures that vary from run to run (absent for one run). */
  spread?: Partial<Record<SpreadKey, [number, number]>>;
}

export const SPREAD_KEYS = [
  'ingest',
  'build',
  'index',
  'total',
  'peakMb',
  'largestProcessMb',
  'ingestPeakMb',
  'buildPeakMb',
  'baseline',
  'baselinePeakMb',
  'baselineLargestProcessMb',
  'cpu',
  'baselineCpu',
] as const;
export type SpreadKey = (typeof SPREAD_KEYS)[number];
