/**
 * Where a build's seconds go, by phase, read from what `astro build` prints: Astro's own timings
 * (content sync and types, setting up, bundling with Vite, rendering the pages) and those our
 * integrations log (the annotation check; the search index is rendered with the pages). Read the same way for our
 * site and the plain baseline, so each phase stands beside the baseline's.
 */

/** Seconds per phase of one `astro build`; a phase the log does not mention is absent. */
export interface BuildPhases {
  /** Content sync and type generation (Astro's "[types] Generated"). */
  types?: number;
  /** Our annotation check, run before the pages (astro:build:start). */
  check?: number;
  /** The rest of Astro's set-up before bundling: config, Vite's dependency scan. */
  setup?: number;
  /** Vite's bundles, summed. */
  bundle?: number;
  /** Astro rendering every page and file ("generating static routes"). */
  render?: number;
}

/**
 * The phases in the order a build runs them, with the words a reader sees; a phase `beside`
 * another runs at the same time (on the other core), so it is not added to the build's time.
 */
export const PHASE_NAMES: [keyof BuildPhases, string, { beside?: boolean }?][] = [
  ['types', 'content sync and types'],
  ['check', 'annotation check'],
  ['setup', 'other set-up (config, dependency scan)'],
  ['bundle', 'bundling (Vite)'],
  ['render', 'rendering pages and files'],
];

/**
 * Seconds of an Astro duration as it prints them ("8.40s", "412ms", "6m 12s": the minutes, if any,
 * are folded into the amount by the pattern below).
 * @example seconds('412ms') // 0.412
 */
function seconds(amount: string, unit: string): number {
  const [minutes, rest] = amount.includes('m ') ? amount.split('m ') : ['0', amount];
  return Number(minutes) * 60 + (unit === 'ms' ? Number(rest) / 1000 : Number(rest));
}

const DURATION = String.raw`((?:\d+m )?\d+(?:\.\d+)?)(ms|s)`;

/**
 * The phases of one build, from its printed output.
 * @example buildPhases('[types] Generated 2.5s').types // 2.5
 */
export function buildPhases(log: string): BuildPhases {
  const phases: BuildPhases = {};
  const types = new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(log);
  if (types) phases.types = seconds(types[1] as string, types[2] as string);
  const check = /resolves against the articles \(checked in (\d+) ms\)/.exec(log);
  if (check) phases.check = Number(check[1]) / 1000;
  // Astro's first "✓ Completed in" closes "Collecting build info", which holds the sync, types and the check.
  const collected = new RegExp(String.raw`\[build\] ✓ Completed in ${DURATION}`).exec(log);
  if (collected)
    phases.setup = Math.max(
      0,
      seconds(collected[1] as string, collected[2] as string) - (phases.types ?? 0) - (phases.check ?? 0),
    );
  const bundles = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))];
  if (bundles.length > 0) phases.bundle = bundles.reduce((sum, m) => sum + seconds(m[1] as string, m[2] as string), 0);
  // Rendering: the "✓ Completed in" that follows Astro's "generating static routes".
  const generating = log.indexOf('generating static routes');
  if (generating >= 0) {
    const rendered = new RegExp(String.raw`✓ Completed in ${DURATION}`).exec(log.slice(generating));
    if (rendered) phases.render = seconds(rendered[1] as string, rendered[2] as string);
  }
  for (const key of Object.keys(phases) as (keyof BuildPhases)[])
    phases[key] = Math.round((phases[key] as number) * 100) / 100;
  return phases;
}
