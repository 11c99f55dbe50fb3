/**
 * Every `@example` in the doc comments of src/lib and src/ingest is run: an example that is never
 * run goes stale and lies. An example is one expression and the value it gives, as a JS literal:
 *
 *   @example passageId(3) // 'p3'
 *
 * or, when the line would be too long, with the value on the next comment line (`// …`). The
 * expression is evaluated with the exports of its own module in scope.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/project.ts';

/** Folders whose examples are run; citations/ is left to its own tests (its one example is not runnable). */
const SCANNED = ['src/lib', 'src/ingest'];
const SKIPPED = ['src/lib/citations'];

interface Example {
  file: string;
  owner: string;
  source: string;
  expression: string;
  expected: string;
}

function listTsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return SKIPPED.includes(path) ? [] : listTsFiles(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    })
    .sort();
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

const declarationName = (node: ts.Statement) =>
  ts.isFunctionDeclaration(node) ||
  ts.isClassDeclaration(node) ||
  ts.isInterfaceDeclaration(node) ||
  ts.isTypeAliasDeclaration(node) ||
  ts.isEnumDeclaration(node)
    ? node.name
    : undefined;

/** The text of every `@example` tag on an exported declaration of `file`, with the declaration's name. */
function listExampleTags(file: string, text: string): { owner: string; source: string }[] {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const tags: { owner: string; source: string }[] = [];
  for (const statement of sourceFile.statements) {
    if (!isExported(statement)) continue;
    // A variable statement carries the doc comment; its declarations carry the names.
    const names = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((d) => d.name.getText(sourceFile))
      : [declarationName(statement)?.getText(sourceFile) ?? '(default)'];
    for (const doc of ts.getJSDocCommentsAndTags(statement)) {
      if (!ts.isJSDoc(doc)) continue;
      for (const tag of doc.tags ?? []) {
        if (tag.tagName.text !== 'example') continue;
        tags.push({ owner: names.join(', '), source: ts.getTextOfJSDocComment(tag.comment) ?? '' });
      }
    }
  }
  return tags;
}

/** Split `expression // expected` (the value possibly on its own line); null when the example is not of that form. */
function parseExample(source: string): { expression: string; expected: string } | null {
  const lines = source
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const [first, second, ...rest] = lines;
  if (!first || rest.length > 0) return null;
  const inline = /^(.+?)\s+\/\/\s+(.+)$/.exec(first);
  if (inline && second === undefined) return { expression: inline[1] ?? '', expected: inline[2] ?? '' };
  const next = second === undefined ? null : /^\/\/\s+(.+)$/.exec(second);
  if (next && !first.includes('//')) return { expression: first, expected: next[1] ?? '' };
  return null;
}

const files = SCANNED.flatMap(listTsFiles);
const examples: Example[] = [];
const malformed: string[] = [];
let tagsInText = 0;
for (const file of files) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  tagsInText += [...text.matchAll(/^\s*\*\s*@example\b/gm)].length;
  for (const { owner, source } of listExampleTags(file, text)) {
    const parsed = parseExample(source);
    if (parsed) examples.push({ file, owner, source, ...parsed });
    else malformed.push(`${file}: ${owner}: @example ${source}`);
  }
}

/** Evaluate JS source text (an example's expression or value) with `scope`'s bindings in scope. */
function evaluate(source: string, scope: Record<string, unknown>): unknown {
  // A default export has no name to call it by; the examples call a module's named exports.
  const names = Object.keys(scope).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
  const run = new Function(...names, `'use strict'; return (${source});`) as (...a: unknown[]) => unknown;
  return run(...names.map((k) => scope[k]));
}

describe('doc-comment examples', () => {
  it('finds the examples, and every one is on an exported declaration', () => {
    expect(examples.length).toBeGreaterThan(50);
    // An @example elsewhere (a private helper, a field) would be skipped silently, never run.
    expect(examples.length + malformed.length).toBe(tagsInText);
  });

  it('are all of the runnable form `expression // value`', () => {
    expect(malformed).toEqual([]);
  });

  it.each(examples)('$file: $source', async ({ file, expression, expected }) => {
    const module = (await import(pathToFileURL(join(ROOT, file)).href)) as Record<string, unknown>;
    expect(evaluate(expression, module), file).toEqual(evaluate(expected, {}));
  });
});
