import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../bench/build-phases.ts';

/** What `astro build` printed for a 2,000-article site (lines copied from a real build, route lines cut). */
const LOG = `15:58:22 [content] Syncing content
15:58:24 [content] Synced content
15:58:24 [types] Generated 2.99s
15:58:27 [build] Waiting for integration "uprising-reader:check-annotations", hook "astro:build:start"...
15:58:29 [uprising-reader:check-annotations] every annotation in content/ resolves against the articles (checked in 1850 ms)
15:58:29 [build] ✓ Completed in 8.40s.
15:58:31 [build] Building static entrypoints...
15:58:34 [vite] ✓ built in 3.09s
15:58:34 [vite] ✓ built in 46ms
 generating static routes 
15:58:42   ├─ /align/a.json (+2ms) 
15:59:10 ✓ Completed in 35.82s.
15:59:10 [build] ✓ Completed in 39.12s.
15:59:24 [build] 4110 page(s) built in 63.20s`;

describe('buildPhases', () => {
  it("reads each phase's seconds from Astro's timings and the integrations' lines", () => {
    expect(buildPhases(LOG)).toEqual({
      types: 2.99,
      check: 1.85,
      // "Collecting build info" (8.40 s) less the sync and types and the check it holds.
      setup: 3.56,
      // Both of Vite's bundles.
      bundle: 3.14,
      // The "Completed" after "generating static routes", not the build's own total after it.
      render: 35.82,
    });
  });

  it('leaves out what a build does not log (the plain baseline has no annotation check)', () => {
    const baseline = LOG.split('\n')
      .filter((line) => !/uprising-reader/.test(line))
      .join('\n');
    expect(Object.keys(buildPhases(baseline)).sort()).toEqual(['bundle', 'render', 'setup', 'types']);
    expect(buildPhases(baseline).setup).toBe(5.41);
  });

  it('reads a duration of minutes and seconds, as Astro prints a long rendering', () => {
    expect(buildPhases(LOG.replace('✓ Completed in 35.82s.', '✓ Completed in 6m 12s.')).render).toBe(372);
  });

  it("reads Astro's durations in milliseconds as well as seconds", () => {
    expect(buildPhases('[types] Generated 412ms\n[vite] ✓ built in 900ms\n[vite] ✓ built in 1.5s')).toEqual({
      types: 0.41,
      bundle: 2.4,
    });
  });
});
