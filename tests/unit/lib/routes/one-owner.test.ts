/**
 * One owner for URLs and ids: outside src/lib/routes/, no source file builds an internal path or a
 * passage id by hand. The scan reads code, not comments (a doc comment may name a route).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../helpers/project.ts';

const SRC = join(ROOT, 'src');
const OWNER = join(SRC, 'lib', 'routes');

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === OWNER ? [] : listSources(path);
    return /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

/** The code of a file with comments blanked out (line numbers kept). */
function codeOf(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** The first segments of the site's URL scheme (src/lib/routes/routes.ts). */
const SEGMENTS = [
  'articles',
  'topics',
  'currents',
  'compare',
  'search',
  'timeline',
  'disagreements',
  'coverage',
  'framing',
  'data',
  'about',
  'align',
  'search-index',
  'collection',
];
const HAND_BUILT = [
  // A string or template literal, or an href/action attribute, starting with an internal path.
  new RegExp(`(?:['"\`]|(?:href|action|src)=["'])/(?:${SEGMENTS.join('|')})(?:/|\\b)`),
  // The root itself as a link target.
  /(?:href|action)=["']\/["']/,
  // A passage id or fragment made by hand: `p${n}`, `#p${…}`.
  /[`'"]#?p\$\{/,
  // A passage number read back by hand from an id: id.slice(1) next to a ¶ sign or a p-id pattern.
  /\/\^p\[1-9\]|\/\^p\\d/,
];

describe('one owner for URLs and ids', () => {
  const files = listSources(SRC);
  it('scans the sources', () => {
    expect(files.length).toBeGreaterThan(40);
  });
  it('finds no internal path or passage id built outside src/lib/routes/', () => {
    const found: string[] = [];
    for (const file of files) {
      codeOf(readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          if (HAND_BUILT.some((pattern) => pattern.test(line)))
            found.push(`${relative(ROOT, file)}:${String(i + 1)}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
  it('would catch a hand-built path (the patterns are live)', () => {
    const samples = ['const a = `/articles/${slug}/`;', '<a href="/topics/">', "href={'/'}", 'const id = `p${n}`;'];
    const caught = samples.filter((s) => HAND_BUILT.some((p) => p.test(codeOf(s))));
    // "href={'/'}" is an expression, not an attribute literal; the other three must be caught.
    expect(caught).toEqual([samples[0], samples[1], samples[3]]);
  });
});
