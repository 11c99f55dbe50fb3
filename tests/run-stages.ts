/**
 * `npm test`: every stage in order (lint, type check, unit tests, build, browser tests), stopping at
 * the first failure with its exit code, then the seconds each stage took and the test counts.
 *
 * `.ci/setup` runs before this file (it installs tsx, which runs it); the npm script passes the time
 * it started in TEST_STARTED_AT, so setup has its row too. The last line is the plain
 * `N passed, N failed` CI reads, from the counts the test runners wrote as JSON.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Counts {
  passed: number;
  failed: number;
}

interface Stage {
  name: string;
  /** npm script and its extra arguments. */
  run: string[];
  env?: Record<string, string>;
  /** The stage's test counts, read from its runner's JSON report. */
  counts?: () => Counts;
}

const reports = mkdtempSync(join(tmpdir(), 'uprising-reader-test-'));
const unitReport = join(reports, 'unit.json');
const e2eReport = join(reports, 'e2e.json');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

const stages: Stage[] = [
  { name: 'lint', run: ['lint'] },
  { name: 'check', run: ['check'] },
  {
    name: 'unit',
    run: ['test:unit', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`],
    counts: () => {
      const report = readJson(unitReport) as { numPassedTests: number; numFailedTests: number };
      return { passed: report.numPassedTests, failed: report.numFailedTests };
    },
  },
  { name: 'build', run: ['build'] },
  {
    name: 'e2e',
    run: ['test:e2e', '--', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
    counts: () => {
      // Playwright's words: expected = passed, unexpected = failed, flaky = passed on a retry.
      const { stats } = readJson(e2eReport) as { stats: { expected: number; unexpected: number; flaky: number } };
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
    },
  },
];

/** Run an npm script with the terminal as its output; resolves to its exit code. */
function runScript(args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', () => done(127));
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

const rows: [string, number][] = [];
const counts: [string, Counts][] = [];
const startedAt = Number(process.env['TEST_STARTED_AT']);
if (startedAt > 0) rows.push(['setup', (Date.now() - startedAt) / 1000]);

let exitCode = 0;
for (const stage of stages) {
  console.log(`\n== ${stage.name}: npm run ${stage.run.join(' ')}\n`);
  const started = performance.now();
  exitCode = await runScript(stage.run, stage.env);
  rows.push([stage.name, (performance.now() - started) / 1000]);
  if (stage.counts) {
    try {
      counts.push([stage.name, stage.counts()]);
    } catch {
      // No report: the runner stopped before it could write one, and its exit code says so.
    }
  }
  if (exitCode !== 0) {
    console.log(`\n${stage.name} failed (exit code ${String(exitCode)}); the stages after it did not run.`);
    break;
  }
}
rmSync(reports, { recursive: true, force: true });

const width = Math.max(...rows.map(([name]) => name.length), 'total'.length);
console.log(`\n${'stage'.padEnd(width)}  seconds`);
for (const [name, seconds] of [...rows, ['total', rows.reduce((sum, [, s]) => sum + s, 0)] as const])
  console.log(`${name.padEnd(width)}  ${seconds.toFixed(1).padStart(7)}`);
console.log('');
for (const [name, { passed, failed }] of counts) console.log(`${name}: ${passed} passed, ${failed} failed`);
const total = counts.reduce((sum, [, c]) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), {
  passed: 0,
  failed: 0,
});
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = exitCode;
