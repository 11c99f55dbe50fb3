/** Run the real ingest CLI in temporary projects, and compare output folders before and after. */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './project.ts';

const made: string[] = [];

/** Remove every temporary project made since the last call (call it in `afterEach`). */
export function removeProjects(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A temporary folder under the system's, removed by {@link removeProjects}. */
export function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  made.push(dir);
  return dir;
}

/** A temporary project: seeds/ with the given files, out/ with a sentinel tree a previous ingest wrote. */
export function setUp(seeds: Record<string, string | Uint8Array>): { root: string; out: string } {
  const root = makeTempDir();
  mkdirSync(join(root, 'seeds'));
  for (const [name, content] of Object.entries(seeds)) writeFileSync(join(root, 'seeds', name), content);
  const out = join(root, 'out');
  mkdirSync(join(out, 'articles'), { recursive: true });
  writeFileSync(join(out, 'articles', 'keep.md'), 'sentinel article\n');
  writeFileSync(join(out, 'ingest-report.json'), '{"sentinel":true}\n');
  writeFileSync(
    join(out, 'ingest-manifest.json'),
    `${JSON.stringify({ files: ['articles/keep.md', 'ingest-report.json'] }, null, 2)}\n`,
  );
  return { root, out };
}

/** Every entry under `dir` (files with their text, folders, links and other kinds by type), sorted. */
export function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) {
        result[`${prefix}${name}/`] = '(folder)';
        walk(path, `${prefix}${name}/`);
      } else if (stat.isFile()) result[`${prefix}${name}`] = readFileSync(path, 'utf8');
      else result[`${prefix}${name}`] = '(not a regular file)';
    }
  };
  walk(dir, '');
  return result;
}

/** Arguments for the CLI on a project made by {@link setUp}, then `extra`. */
export function cliArgs(root: string, extra: string[] = []): string[] {
  return [
    join(ROOT, 'src/ingest/cli.ts'),
    '--seeds',
    join(root, 'seeds'),
    '--out',
    join(root, 'out'),
    '--catalog',
    join(ROOT, 'content'),
    ...extra,
  ];
}

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const ENV = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` };

/** Run the CLI with exactly `args` (after the script); a hang fails after `timeout` ms instead of blocking. */
export function runCli(args: string[], timeout = 30_000): { code: number | null; stderr: string; stdout: string } {
  const run = spawnSync(TSX, args, { cwd: ROOT, encoding: 'utf8', env: ENV, timeout, killSignal: 'SIGKILL' });
  return { code: run.status, stderr: run.stderr, stdout: run.stdout };
}

/** Run the CLI on a project made by {@link setUp}. */
export function ingest(root: string, extra: string[] = []): { code: number | null; stderr: string; stdout: string } {
  return runCli(cliArgs(root, extra));
}

/** Start the CLI without waiting; resolves with its exit code and stderr. */
export function ingestAsync(root: string, extra: string[] = []): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, cliArgs(root, extra), { cwd: ROOT, env: ENV });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
