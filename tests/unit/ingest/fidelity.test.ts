/**
 * Nothing lost, nothing invented: every line of every seed is accounted for — in the body in
 * order, in a frontmatter field, or in the ingest report with a reason — and the body's words
 * are the seed's words in the seed's order.
 */
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/lib/passages/body.ts';
import { listWords, normaliseSpace } from '../../../src/lib/passages/text.ts';
import { loadCommitted, loadReport } from '../../helpers/corpus.ts';
import { listSeeds, readSeed } from '../../helpers/project.ts';

/** Text blocks of a body in reading order (a block quote's paragraphs one by one). */
function bodyBlocks(body: string): string[] {
  const blocks: string[] = [];
  for (const node of parseBody(body).children) {
    if (node.type === 'blockquote') blocks.push(...node.children.map((c) => toString(c)));
    else blocks.push(toString(node));
  }
  return blocks;
}

/** All string values of the frontmatter, flattened. */
function frontmatterStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(frontmatterStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(frontmatterStrings);
  return [];
}

/** Is `needle` a subsequence of `hay`? */
function isSubsequence(needle: string[], hay: string[]): boolean {
  let i = 0;
  for (const word of hay) if (word === needle[i]) i++;
  return i === needle.length;
}

const articles = loadCommitted();
const report = loadReport();

describe.each(listSeeds())('seed %s', (seed) => {
  const article = articles.find((a) => a.data.seed.file === seed);
  const entry = report.seeds.find((s) => s.seed === seed);
  const lines = readSeed(seed)
    .replace(/^\ufeff/, '')
    .split(/\r\n?|\n/);

  it('has an article and a report entry', () => {
    expect(article).toBeDefined();
    expect(entry?.slug).toBe(article?.slug);
  });

  it('accounts for every line: body in order, frontmatter, or the report with a reason', () => {
    const blocks = bodyBlocks(article?.body ?? '');
    const removed = new Map((entry?.removed ?? []).map((r) => [r.line, r]));
    const fields = frontmatterStrings(article?.data).map(normaliseSpace);
    let next = 0;
    const unaccounted: string[] = [];
    lines.forEach((raw, index) => {
      const text = normaliseSpace(raw);
      if (text === '') return;
      if (text === blocks[next]) {
        next++;
        return;
      }
      const r = removed.get(index + 1);
      if (r && r.text === text && r.reason.length > 0) {
        // A line moved to frontmatter must really be there: a field holds the line, or stands in it.
        if (r.action === 'frontmatter' && !fields.some((f) => f.length > 0 && (text.includes(f) || f.includes(text)))) {
          unaccounted.push(`line ${index + 1} said to be in frontmatter but no field holds it: ${text}`);
        }
        return;
      }
      unaccounted.push(`line ${index + 1}: ${text.slice(0, 80)}`);
    });
    expect(unaccounted).toEqual([]);
    expect(next).toBe(blocks.length); // every body block came from a seed line, in order
  });

  it("keeps the body's words in the seed's order", () => {
    const bodyWords = listWords(bodyBlocks(article?.body ?? '').join(' '));
    expect(bodyWords.length).toBeGreaterThan(100);
    expect(isSubsequence(bodyWords, listWords(lines.join(' ')))).toBe(true);
  });

  it('puts no furniture in the body', () => {
    const blocks = new Set(bodyBlocks(article?.body ?? ''));
    const furniture = (entry?.removed ?? []).filter((r) => r.action === 'furniture');
    for (const r of furniture) expect(blocks.has(r.text), r.text).toBe(false);
  });
});
