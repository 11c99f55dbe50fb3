/**
 * Issue #12, item 10: a build with bad annotations reports every problem in one run (file, entry,
 * fix), from a check that runs before Astro empties dist/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAnnotationProblems } from '../../../src/integrations/check-annotations.ts';
import { AnnotationErrors, buildAnnotationIndex } from '../../../src/lib/annotations/annotation-index.ts';
import { loadCorpusPassages, loadCurated } from '../../helpers/annotations.ts';
import { CONTENT } from '../../helpers/project.ts';

const curated = loadCurated();
const passages = loadCorpusPassages();

describe('buildAnnotationIndex reports every problem at once', () => {
  it('two bad quotes in events.yaml, one in claims.yaml and a form printed nowhere, all in one error', () => {
    const [first, second] = curated.events;
    const events = [
      { ...first, id: 'first-broken', passages: [{ exact: 'words that no article prints' }] },
      { ...second, id: 'second-broken', passages: [{ exact: 'nor does any print these' }] },
    ];
    const claim = curated.claims[0];
    const claims = [
      { ...claim, id: 'claim-broken', statements: [{ ...claim?.statements[0], exact: 'no such words' }] },
    ];
    const ghost = {
      id: 'ghost',
      kind: 'person' as const,
      name: 'Nobody',
      definition: 'x'.repeat(20),
      aliases: ['Zzyzx'],
    };
    let error: unknown = null;
    try {
      buildAnnotationIndex({ passages, entities: [ghost], events: events as never, claims: claims as never });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AnnotationErrors);
    const problems = (error as AnnotationErrors).problems;
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^entities\.yaml: ghost: the form "Zzyzx" occurs in no article body.*: remove it/);
    expect(problems[1]).toMatch(
      /^events\.yaml: first-broken: the quote "words that no article prints" matches no passage: copy/,
    );
    expect(problems[2]).toMatch(
      /^events\.yaml: second-broken: the quote "nor does any print these" matches no passage/,
    );
    expect(problems[3]).toMatch(/^claims\.yaml: claim-broken: the quote "no such words" matches no passage/);
  });
});

describe('listAnnotationProblems on a copy of content/', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds nothing wrong with the committed content', async () => {
    expect(await listAnnotationProblems(CONTENT)).toEqual([]);
  });

  it('finds both quotes broken in a copy of events.yaml', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annotations-'));
    cpSync(CONTENT, dir, { recursive: true });
    const events = readFileSync(join(CONTENT, 'events.yaml'), 'utf8');
    const quotes = [...events.matchAll(/- exact: (.+)\n/g)].map((m) => m[1] ?? '');
    const broken = events
      .replace(`- exact: ${quotes[0]}\n`, `- exact: ${quotes[0]} and more words\n`)
      .replace(`- exact: ${quotes[3]}\n`, `- exact: ${quotes[3]} and other words\n`);
    writeFileSync(join(dir, 'events.yaml'), broken);
    const problems = await listAnnotationProblems(dir);
    expect(problems).toHaveLength(2);
    for (const problem of problems)
      expect(problem).toMatch(/^events\.yaml: [a-z0-9-]+: the quote ".+" matches no passage: copy the words exactly/);
  });

  it('names the file and line of a malformed entry instead of resolving against it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annotations-'));
    cpSync(CONTENT, dir, { recursive: true });
    writeFileSync(join(dir, 'claims.yaml'), '- id: Not-Kebab\n');
    const problems = await listAnnotationProblems(dir);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^content\/claims\.yaml:1: /);
  });

  it('stops on a framing term no article prints, naming the file, the group, the form and the fix', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annotations-'));
    cpSync(CONTENT, dir, { recursive: true });
    const framing = readFileSync(join(CONTENT, 'framing.yaml'), 'utf8');
    writeFileSync(join(dir, 'framing.yaml'), framing.replace('term: coup regime', 'term: civic-military dictatorship'));
    expect(await listAnnotationProblems(dir)).toEqual([
      'framing.yaml: government: the form "civic-military dictatorship" of "civic-military dictatorship" occurs in no article body (or always inside a longer form of the group): remove it or copy it exactly from an article.',
    ]);
  });

  it('names the line of a framing group’s bad note, and where the fields are documented', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annotations-'));
    cpSync(CONTENT, dir, { recursive: true });
    writeFileSync(
      join(dir, 'framing.yaml'),
      '- id: government\n  title: What the government is called\n  note: too short\n  terms: []\n',
    );
    const problems = await listAnnotationProblems(dir);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^content\/framing\.yaml:3: 0\.note: .*\n {2}fix: see src\/schemas\/framing\.ts/);
  });

  it('refuses a wrong type and an unknown key in the catalogue, with the line, before Astro reads it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'annotations-'));
    cpSync(CONTENT, dir, { recursive: true });
    const publishers = readFileSync(join(CONTENT, 'publishers.yaml'), 'utf8');
    // An unknown key (a YAML alias bomb under it, as a hostile review tried) and a tendency of the wrong type.
    writeFileSync(
      join(dir, 'publishers.yaml'),
      publishers.replace(/^(- id: .*)$/m, '$1\n  extra: &a [x, x]\n  more: [*a, *a, *a]'),
    );
    writeFileSync(
      join(dir, 'events.yaml'),
      readFileSync(join(CONTENT, 'events.yaml'), 'utf8').replace(/^(- id: .*)$/m, '$1\n  colour: red'),
    );
    const problems = await listAnnotationProblems(dir);
    expect(
      problems.some((p) => /^content\/publishers\.yaml:\d+: /.test(p) && /extra|alias|unrecognized/i.test(p)),
      problems.join('\n'),
    ).toBe(true);
    expect(
      problems.some((p) => /^content\/events\.yaml:\d+: .*colour/.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});
