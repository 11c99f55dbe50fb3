/**
 * What ingest reads and what it replaces, through the real CLI (issue #12): it deletes only what
 * it wrote, reads only regular files in the seeds folder, writes one consistent result under a
 * lock, and turns every failure into a message with the file, the problem and the fix.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cliArgs,
  ingest,
  ingestAsync,
  makeTempDir,
  removeProjects,
  runCli,
  setUp,
  snapshot,
} from '../../helpers/ingest-cli.ts';
import { ROOT } from '../../helpers/project.ts';

const GOOD = 'A Title\n\nBy Someone\n\nThe first paragraph of the body, which is long enough to be a paragraph.\n';
const OTHER = 'Another Title\n\nThe first paragraph of another body, which is long enough to be a paragraph.\n';
afterEach(removeProjects);

/** A refusal: exit 1, the problem and a fix said in words (no stack trace), and `out` untouched. */
function expectRefused(
  run: { code: number | null; stderr: string },
  message: RegExp,
  out?: { dir: string; before: Record<string, string> },
) {
  expect(run.stderr).toMatch(message);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('fix: ');
  expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
  if (out) expect(snapshot(out.dir)).toEqual(out.before);
}

describe('1. ingest deletes only what it wrote', () => {
  it('replaces the articles folder of its own earlier run, and records what it wrote', () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    expect(ingest(root).code).toBe(0);
    expect(readdirSync(join(out, 'articles'))).toEqual(['a-title.md']);
    const manifest = JSON.parse(readFileSync(join(out, 'ingest-manifest.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual(['articles/a-title.md', 'ingest-report.json', 'ingest-manifest.json']);
    writeFileSync(join(root, 'seeds', 'a.txt'), OTHER);
    expect(ingest(root).code).toBe(0); // its own output is replaced again, run after run
    expect(readdirSync(join(out, 'articles'))).toEqual(['another-title.md']);
  });

  it("refuses to replace an articles folder holding a file it did not write (a user's notes)", () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    writeFileSync(join(out, 'articles', 'notes.txt'), 'my notes\n');
    const before = snapshot(out);
    expectRefused(ingest(root), /articles\/notes\.txt: .*not written by ingest/, { dir: out, before });
  });

  it('refuses an --out whose articles folder no manifest vouches for', () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'seeds'));
    writeFileSync(join(root, 'seeds', 'a.txt'), GOOD);
    const out = join(root, 'out');
    mkdirSync(join(out, 'articles'), { recursive: true });
    writeFileSync(join(out, 'articles', 'mine.md'), 'hand-written\n');
    const before = snapshot(out);
    expectRefused(ingest(root), /out\/articles: .*not written by ingest/, { dir: out, before });
  });

  it('writes into an --out that does not exist yet', () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'seeds'));
    writeFileSync(join(root, 'seeds', 'a.txt'), GOOD);
    expect(ingest(root).code).toBe(0);
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['articles', 'ingest-manifest.json', 'ingest-report.json']);
  });

  it('refuses the filesystem root as --out', () => {
    const { root } = setUp({ 'a.txt': GOOD });
    const existed = existsSync('/articles') || existsSync('/ingest-report.json');
    const args = ['src/ingest/cli.ts', '--seeds', join(root, 'seeds'), '--out', '/', '--catalog', 'content'];
    expectRefused(runCli(args), /\/: .*filesystem root/);
    if (!existed) expect(existsSync('/articles') || existsSync('/ingest-report.json')).toBe(false);
  });

  it('refuses the seeds folder itself as --out', () => {
    const { root } = setUp({ 'a.txt': GOOD });
    const seeds = join(root, 'seeds');
    const before = snapshot(seeds);
    const args = ['src/ingest/cli.ts', '--seeds', seeds, '--out', seeds, '--catalog', 'content'];
    expectRefused(runCli(args), /seeds: .*the seeds folder/, { dir: seeds, before });
  });
});

describe('2. ingest reads only regular files in the seeds folder', () => {
  it('refuses a symbolic link, even to a readable file (/etc/passwd)', () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    symlinkSync('/etc/passwd', join(root, 'seeds', 'passwd.txt'));
    const before = snapshot(out);
    expectRefused(ingest(root), /passwd\.txt: .*symbolic link/, { dir: out, before });
  });

  it('refuses a dangling symbolic link with a message', () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'seeds', 'gone.txt'));
    const before = snapshot(out);
    expectRefused(ingest(root), /gone\.txt: .*symbolic link/, { dir: out, before });
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    expect(spawnSync('mkfifo', [join(root, 'seeds', 'pipe.txt')]).status).toBe(0);
    const before = snapshot(out);
    expectRefused(runCli([...cliArgs(root)], 20_000), /pipe\.txt: .*not a regular file/, { dir: out, before });
  });

  it('refuses a folder named like a seed', () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    mkdirSync(join(root, 'seeds', 'x.txt'));
    const before = snapshot(out);
    expectRefused(ingest(root), /x\.txt: .*a folder/, { dir: out, before });
  });

  it('refuses a sources.yaml that is a folder', () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    mkdirSync(join(root, 'seeds', 'sources.yaml'));
    const before = snapshot(out);
    expectRefused(ingest(root), /sources\.yaml: .*a folder/, { dir: out, before });
  });

  it('refuses an oversized seed by its size, before reading it', () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    truncateSync(join(root, 'seeds', 'a.txt'), 1024 ** 3); // sparse: 1 GiB that takes no disk
    const before = snapshot(out);
    const args = cliArgs(root);
    // A child that reports its own peak memory: a read of the whole file would take over 1 GiB.
    const probe = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [
        '-e',
        `import('${join(ROOT, 'src/ingest/cli.ts')}').then(async (m) => { const code = await m.main(${JSON.stringify(args.slice(1))}); console.log('maxRSS=' + process.resourceUsage().maxRSS); process.exit(code); })`,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expectRefused({ code: probe.status, stderr: probe.stderr }, /a\.txt: the file is 1024\.0 MiB, over the 2 MiB/, {
      dir: out,
      before,
    });
    const kib = Number(/maxRSS=(\d+)/.exec(probe.stdout)?.[1]);
    expect(kib).toBeLessThan(512 * 1024);
  });
});

describe('3. one writer at a time, one consistent result', () => {
  it('refuses to run while another ingest holds the lock', () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    writeFileSync(join(out, '.ingest-lock'), `${JSON.stringify({ pid: process.pid })}\n`); // this test process is alive
    const before = snapshot(out);
    expectRefused(ingest(root), new RegExp(`another ingest is running \\(pid ${process.pid}\\)`), {
      dir: out,
      before,
    });
  });

  it('recovers a stale lock left by a process that has died', () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    const dead = spawnSync('true').pid;
    writeFileSync(join(out, '.ingest-lock'), `${JSON.stringify({ pid: dead })}\n`);
    writeFileSync(join(out, `.ingest-lock.${dead}.0123abcd`), 'the draft of a run killed while taking the lock\n');
    const run = ingest(root);
    expect(run.stderr).toContain(`note: took over the lock of ingest pid ${dead}, which is no longer running\n`);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles', 'ingest-manifest.json', 'ingest-report.json']);
  });

  it('two runs at once leave one consistent result: articles, report and manifest agree', async () => {
    const { root, out } = setUp({ 'a.txt': GOOD, 'b.txt': OTHER });
    const runs = await Promise.all([ingestAsync(root), ingestAsync(root), ingestAsync(root)]);
    for (const run of runs) {
      if (run.code !== 0) expect(run.stderr, run.stderr).toMatch(/another ingest is running \(pid \d+\)/);
    }
    expect(runs.some((r) => r.code === 0)).toBe(true);
    const articles = readdirSync(join(out, 'articles')).sort();
    expect(articles).toEqual(['a-title.md', 'another-title.md']);
    const report = JSON.parse(readFileSync(join(out, 'ingest-report.json'), 'utf8')) as { seeds: { slug: string }[] };
    expect(report.seeds.map((s) => `${s.slug}.md`).sort()).toEqual(articles);
    const manifest = JSON.parse(readFileSync(join(out, 'ingest-manifest.json'), 'utf8')) as { files: string[] };
    expect(manifest.files.filter((f) => f.startsWith('articles/'))).toEqual(articles.map((a) => `articles/${a}`));
    expect(readdirSync(out).sort()).toEqual(['articles', 'ingest-manifest.json', 'ingest-report.json']);
  });
});

describe('7. every failure is a message', () => {
  it('--out that is a file', () => {
    const { root } = setUp({ 'a.txt': GOOD });
    const file = join(root, 'file');
    writeFileSync(file, 'x\n');
    const args = ['src/ingest/cli.ts', '--seeds', join(root, 'seeds'), '--out', file, '--catalog', 'content'];
    expectRefused(runCli(args), /file: .*not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('x\n');
  });

  it('--out under a file (a folder that cannot be made: as root, the portable stand-in for read-only)', () => {
    const { root } = setUp({ 'a.txt': GOOD });
    writeFileSync(join(root, 'file'), 'x\n');
    const args = ['src/ingest/cli.ts', '--seeds', join(root, 'seeds'), '--out', join(root, 'file', 'out')];
    expectRefused(runCli([...args, '--catalog', 'content']), /file\/out: .*cannot be (made|written)/);
  });

  // A real immutable file, where the machine allows it (root with CAP_LINUX_IMMUTABLE on ext4 and
  // the like); the writer's own tests inject the same failure everywhere.
  const chattrWorks = (() => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'f'), '');
    const works = spawnSync('chattr', ['+i', join(dir, 'f')]).status === 0;
    spawnSync('chattr', ['-i', join(dir, 'f')]);
    return works;
  })();
  it.skipIf(!chattrWorks)('an immutable report (chattr +i): refused, the old result whole', () => {
    const { root, out } = setUp({ 'a.txt': GOOD });
    const report = join(out, 'ingest-report.json');
    const before = snapshot(out);
    expect(spawnSync('chattr', ['+i', report]).status).toBe(0);
    try {
      expectRefused(ingest(root), /not permitted .*ingest-report\.json/, { dir: out, before });
    } finally {
      spawnSync('chattr', ['-i', report]);
    }
  });

  it('an unknown flag', () => {
    const run = runCli(['src/ingest/cli.ts', '--ot', 'x']);
    expectRefused(run, /--ot/);
    expect(run.stderr).toMatch(/usage: npm run ingest/);
  });

  it('a YAML alias bomb in sources.yaml', () => {
    let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    let prev = 'a';
    for (const c of 'bcdefghi') {
      bomb += `${c}: &${c} [${Array.from({ length: 9 }, () => `*${prev}`).join(',')}]\n`;
      prev = c;
    }
    const { root, out } = setUp({ 'a.txt': GOOD, 'sources.yaml': bomb });
    const before = snapshot(out);
    expectRefused(ingest(root), /sources\.yaml:\d+: .*alias/, { dir: out, before });
  });

  it('--strict turns warnings into errors, and nothing is written', () => {
    const { root, out } = setUp({ 'a.txt': GOOD }); // no sources.yaml: a warning
    const before = snapshot(out);
    const run = ingest(root, ['--strict']);
    expectRefused(run, /error: .*sources\.yaml not found/, { dir: out, before });
    expect(run.stderr).toMatch(/--strict/);
    expect(ingest(root).code).toBe(0); // the same input without --strict is accepted
  });
});
