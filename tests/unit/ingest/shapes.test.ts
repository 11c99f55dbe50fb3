/**
 * Ingest on shapes of saved pages other than our five seeds: one fixture folder per shape,
 * tests/fixtures/ingest/<case>/{input.txt,output.md}. Run with UPDATE_FIXTURES=1 to rewrite
 * output.md after a deliberate change, then read the diff.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../../src/ingest/decode.ts';
import { ingestSeed } from '../../../src/ingest/pipeline.ts';
import { listPassages } from '../../../src/lib/passages/passages.ts';
import { parseBody } from '../../../src/lib/passages/body.ts';
import { renderBody } from '../../../src/lib/render/render-body.ts';
import { normaliseSpace } from '../../../src/lib/passages/text.ts';
import { splitMarkdown } from '../../helpers/corpus.ts';
import { ROOT } from '../../helpers/project.ts';

const DIR = join(ROOT, 'tests/fixtures/ingest');
const cases = readdirSync(DIR)
  .filter((name) => existsSync(join(DIR, name, 'input.txt')))
  .sort();

function ingestBytes(bytes: Uint8Array, file = 'input.txt') {
  const text = decodeSeed(file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return ingestSeed({ file, text, sha256, source: undefined, publishers: [] });
}

describe.each(cases)('fixture %s', (name) => {
  const bytes = new Uint8Array(readFileSync(join(DIR, name, 'input.txt')));
  const result = ingestBytes(bytes);
  const expectedPath = join(DIR, name, 'output.md');

  it('gives the expected Markdown', () => {
    if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(expectedPath, result.markdown);
    expect(result.markdown).toBe(readFileSync(expectedPath, 'utf8'));
  });

  it('renders every passage as the exact text of the source', () => {
    const sourceText = normaliseSpace(new TextDecoder().decode(bytes).replace(/\n(?=\p{Ll})/gu, ' '));
    const { body } = splitMarkdown(result.markdown);
    for (const passage of listPassages(parseBody(body))) expect(sourceText).toContain(passage.text);
    const html = renderBody(body).html;
    expect(html).not.toMatch(/<script|<b>/i); // tags in the text stay text
  });
});

describe('specific shapes', () => {
  const read = (name: string) => ingestBytes(new Uint8Array(readFileSync(join(DIR, name, 'input.txt'))));

  it('title + "By X and Y" byline, no date: date unknown, never invented', () => {
    const { data, warnings } = read('title-byline-no-date');
    expect(data.title).toBe('Why the Miners Struck');
    expect(data.authors).toEqual([{ name: 'Jane Doe' }, { name: 'John Roe' }]);
    expect(data.date).toBeNull();
    expect(data.dateBasis).toBe('unknown');
    expect(warnings.join(' ')).toMatch(/no date/);
  });

  it('untitled text with single-newline paragraphs: every line a passage, a devised placeholder title', () => {
    const { data, markdown } = read('untitled-single-newlines');
    expect(data.titleBasis).toBe('devised');
    expect(data.passageCount).toBe(3);
    expect(listPassages(parseBody(splitMarkdown(markdown).body))[0]?.text.startsWith('Workers in the port')).toBe(true);
  });

  it('kicker above the title, dek, byline and printed date', () => {
    const { data } = read('kicker-above-title');
    expect([data.kicker, data.title, data.dek]).toEqual([
      'ANALYSIS',
      'A Long Winter of Protest in the Andes',
      'Why the highland regions rose first, and why they stayed out longest.',
    ]);
    expect(data.authors).toEqual([{ name: 'María Quispe' }]);
    expect([data.date, data.datePrinted, data.dateBasis]).toEqual(['2023-03-03', 'March 3, 2023', 'in-text']);
  });

  it('a paragraph quoted after "X wrote:" becomes a block quote passage', () => {
    const { markdown } = read('quote-after-colon');
    const passages = listPassages(parseBody(splitMarkdown(markdown).body));
    expect(passages.map((p) => p.kind)).toEqual(['paragraph', 'quote', 'paragraph']);
  });

  it('furniture goes to the report; related reading is kept', () => {
    const { data, removed, markdown } = read('furniture-and-tail');
    expect(data.related.map((r) => r.title)).toEqual(['Another Article About Peru']);
    expect(data.passageCount).toBe(2);
    const body = splitMarkdown(markdown).body;
    for (const line of ['Facebook', 'MOST RECENT', 'Some Other Headline', 'Jane Doe']) expect(body).not.toContain(line);
    expect(removed.filter((r) => r.action === 'furniture').map((r) => r.line)).toEqual([1, 11, 13, 15, 17, 19, 21]);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const { data } = read('hard-wrapped');
    expect(data.passageCount).toBe(2);
  });

  it('BOM, CRLF and lone CR give the same article as LF', () => {
    const lf = readFileSync(join(DIR, 'kicker-above-title', 'input.txt'), 'utf8');
    const variants = [`\ufeff${lf}`, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')];
    const expected = read('kicker-above-title');
    for (const variant of variants) {
      const got = ingestBytes(new TextEncoder().encode(variant));
      expect({ ...got.data, seed: null }).toEqual({ ...expected.data, seed: null });
      expect(splitMarkdown(got.markdown).body).toBe(splitMarkdown(expected.markdown).body);
    }
  });

  it('keeps the text of a markdown-metacharacter paragraph exactly', () => {
    const { markdown } = read('markdown-metacharacters');
    const texts = parseBody(splitMarkdown(markdown).body).children.map((n) => toString(n));
    expect(texts[0]).toBe('# Not a heading');
    expect(texts).toContain('<script>alert(1)</script> is text too, and must never run in the page.');
    expect(texts).toContain(
      'Inline _underscores_ and *stars* and [brackets](not-a-link) and <b>tags</b> and `code` and a backslash \\ and &amp; stay literal.',
    );
  });
});
