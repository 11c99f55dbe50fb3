/**
 * Issue #13, item 4: text input reads more shapes of saved pages, by general rules. One folder
 * per shape under tests/fixtures/text-shapes/, each holding small hand-made pages of the shape
 * and its near-misses (files named near-miss-*), which must stay body text.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../../src/ingest/decode.ts';
import { ingestSeed } from '../../../src/ingest/pipeline.ts';
import { parseBody } from '../../../src/lib/passages/body.ts';
import { listPassages } from '../../../src/lib/passages/passages.ts';
import { normaliseSpace } from '../../../src/lib/passages/text.ts';
import { splitMarkdown } from '../../helpers/corpus.ts';
import { ROOT } from '../../helpers/project.ts';

const DIR = join(ROOT, 'tests/fixtures/text-shapes');

function ingest(path: string) {
  const bytes = new Uint8Array(readFileSync(join(DIR, path)));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return ingestSeed({ file: path, text: decodeSeed(path, bytes), sha256, source: undefined, publishers: [] });
}

/** The body as the page shows it: each block's kind (`paragraph`, `heading`, `quote`) and text. */
function blocksOf(path: string): { kind: string; text: string }[] {
  const body = parseBody(splitMarkdown(ingest(path).markdown).body);
  return body.children.flatMap((node: RootContent) =>
    node.type === 'blockquote'
      ? node.children.map((child) => ({ kind: 'quote', text: toString(child) }))
      : [{ kind: node.type, text: toString(node) }],
  );
}

const texts = (path: string, kind?: string) =>
  blocksOf(path)
    .filter((b) => kind === undefined || b.kind === kind)
    .map((b) => b.text);

const fixtures = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('every fixture page', () => {
  it('exists for each shape, with near-misses', () => {
    for (const shape of ['kicker', 'quote-after-colon', 'bylines', 'credits', 'names']) {
      expect(fixtures.filter((f) => f.startsWith(`${shape}/`)).length).toBeGreaterThanOrEqual(2);
      expect(fixtures.some((f) => f.startsWith(`${shape}/near-miss-`))).toBe(true);
    }
  });

  it.each(fixtures)('%s: every line reaches the body or the list of what was taken out', (path) => {
    const result = ingest(path);
    const body = listPassages(parseBody(splitMarkdown(result.markdown).body)).map((p) => p.text);
    const headings = texts(path, 'heading');
    const removed = result.removed.map((r) => r.text);
    const lines = readFileSync(join(DIR, path), 'utf8').split('\n').map(normaliseSpace).filter(Boolean);
    for (const line of lines) {
      expect(
        [...body, ...headings, ...removed].some((t) => t.includes(line)),
        line,
      ).toBe(true);
    }
  });
});

describe('a short label above the headline is the kicker', () => {
  it.each([
    ['kicker/section-label.txt', "Peru protests Jan '23", 'Police Fire on Marchers in Juliaca'],
    ['kicker/label-no-byline.txt', 'Lima diary', 'The Night the Capital Heard the South'],
    ['kicker/all-caps-label.txt', 'LATIN AMERICA | PERU', 'Why the South Rose First and Stayed Out Longest'],
  ])('%s', (path, kicker, title) => {
    const { data, removed } = ingest(path);
    expect([data.kicker, data.title, data.titleBasis]).toEqual([kicker, title, 'printed']);
    expect(texts(path, 'heading')).toEqual([]); // the headline is not demoted to a section heading
    expect(removed.find((r) => r.text === kicker)?.reason).toBe('label above the title → kept above the title');
  });

  it('near-miss: a one-line title and a standfirst give title and standfirst, no kicker', () => {
    const { data } = ingest('kicker/near-miss-title-then-standfirst.txt');
    expect([data.kicker, data.title, data.dek]).toEqual([
      null,
      'Peru Rises',
      'Thousands march on Lima as the regime answers with tear gas and mass arrests',
    ]);
    expect(data.authors).toEqual([{ name: 'Ana Paz' }]);
  });

  it('near-miss: a one-line title over a byline or a first paragraph stays the title', () => {
    for (const path of ['kicker/near-miss-title-then-byline.txt', 'kicker/near-miss-title-then-body.txt']) {
      const { data } = ingest(path);
      expect([data.kicker, data.title], path).toEqual([null, 'Peru Rises']);
    }
    expect(ingest('kicker/near-miss-title-then-byline.txt').data.authors).toEqual([{ name: 'Ana María Paz' }]);
    expect(texts('kicker/near-miss-title-then-body.txt')[0]).toBe('Thousands marched on Lima on Monday.');
  });
});

describe('a paragraph ending with a colon that introduces someone’s words', () => {
  it('makes a quotation reported to an outlet a block quote', () => {
    expect(blocksOf('quote-after-colon/reported-to-outlet.txt').map((b) => b.kind)).toEqual([
      'paragraph',
      'quote',
      'paragraph',
    ]);
  });

  it('makes a paragraph in quotation marks a block quote, with no verb of saying, even after "as follows:"', () => {
    expect(blocksOf('quote-after-colon/quotation-marks-only.txt').map((b) => b.kind)).toEqual([
      'paragraph',
      'quote',
      'paragraph',
      'paragraph',
      'quote',
      'paragraph',
    ]);
  });

  it('keeps a quotation of several paragraphs, each opening with a quotation mark, in one block quote', () => {
    const path = 'quote-after-colon/multi-paragraph.txt';
    expect(blocksOf(path).map((b) => b.kind)).toEqual(['paragraph', 'quote', 'quote', 'paragraph']);
    const body = parseBody(splitMarkdown(ingest(path).markdown).body);
    expect(body.children.filter((n) => n.type === 'blockquote')).toHaveLength(1);
  });

  it('quotes first-person paragraphs after an introduction in the third person, up to the narrator’s return', () => {
    expect(blocksOf('quote-after-colon/first-person-voice.txt').map((b) => b.kind)).toEqual([
      'paragraph',
      'quote',
      'quote',
      'paragraph',
    ]);
  });

  it('near-miss: a colon that introduces a list leaves the list as body paragraphs', () => {
    const blocks = blocksOf('quote-after-colon/near-miss-list.txt');
    expect(blocks.filter((b) => b.kind !== 'paragraph')).toEqual([]);
    expect(blocks).toHaveLength(10);
  });

  it('near-miss: a colon that the author’s own sentence carries on from quotes nothing', () => {
    // Also the author's own first person after a first-person introduction: the voice does not change.
    const blocks = blocksOf('quote-after-colon/near-miss-continuation.txt');
    expect(blocks.map((b) => b.kind)).toEqual(Array<string>(8).fill('paragraph'));
  });
});

describe('bylines with roles, places and two names', () => {
  it('"By Jane Doe, Lima correspondent": one author, the role kept in the note', () => {
    const { data } = ingest('bylines/name-with-role.txt');
    expect(data.authors).toEqual([{ name: 'Jane Doe' }]);
    expect(data.provenance.authors).toEqual({
      basis: 'in-text',
      note: 'Printed in the byline, on line 3 of the saved page. It also prints “Lima correspondent” beside Jane Doe.',
    });
  });

  it('"Jane Doe and John Roe" above the date: two authors', () => {
    const { data } = ingest('bylines/two-names-above-date.txt');
    expect(data.authors).toEqual([{ name: 'Jane Doe' }, { name: 'John Roe' }]);
    expect(data.date).toBe('2023-01-10');
  });

  it('"Jane Doe | Lima" above the date: one author, the place kept in the note', () => {
    const { data } = ingest('bylines/name-and-place.txt');
    expect(data.authors).toEqual([{ name: 'Jane Doe' }]);
    expect(data.provenance.authors.note).toMatch(/“Lima” beside Jane Doe/);
  });

  it('near-miss: a sentence that starts with "By" credits nobody and stays in the body', () => {
    const path = 'bylines/near-miss-by-sentence.txt';
    expect(ingest(path).data.authors).toEqual([]);
    expect(texts(path)).toContain('By the end of January the strike had spread south');
  });
});

describe('a name above the printed date', () => {
  it('is the author when it reads as a person’s name', () => {
    const { data } = ingest('names/name-above-date.txt');
    expect(data.authors).toEqual([{ name: 'María Elena Quispe Mamani' }]);
    expect(data.dek).toBe('The regime answered the strike with a curfew and a state of emergency in seven regions.');
  });

  it.each([
    ['names/near-miss-label-above-date.txt', 'BREAKING NEWS'],
    ['names/near-miss-headline-above-date.txt', 'Peru Protests Continue'],
  ])('near-miss %s: a label or headline is no author, and stays in the body', (path, line) => {
    expect(ingest(path).data.authors).toEqual([]);
    expect(texts(path)).toContain(line);
  });
});

describe('photo credits, editorial notes and original publication', () => {
  it.each([
    ['credits/photos-agency.txt', 'AP'],
    ['credits/photo-name-agency-at-end.txt', 'Juan Pérez/Reuters'],
  ])('%s: the photo credit', (path, credit) => {
    const { data, removed } = ingest(path);
    expect(data.photo).toEqual({ credit, caption: null });
    expect(removed.find((r) => r.text.endsWith(credit))?.reason).toBe('photo credit → the article’s photo credit');
    expect(texts(path).some((t) => t.includes(credit))).toBe(false);
  });

  it('an interview "edited for length and clarity": an editorial note', () => {
    const { data, removed } = ingest('credits/edited-interview.txt');
    expect(data.notes).toEqual(['This interview has been edited for length and clarity.']);
    expect(removed.find((r) => r.text === data.notes[0])?.reason).toBe(
      'editorial note on how the text was edited → the article’s notes',
    );
  });

  it.each([
    ['credits/originally-published-at.txt', 'Left Voice', null],
    ['credits/originally-published-with-date.txt', 'La República', 'January 12, 2023'],
  ])('%s: the original publication', (path, outlet, datePrinted) => {
    const { data } = ingest(path);
    expect(data.original).toMatchObject({ outlet, datePrinted, language: null });
    expect(texts(path).some((t) => /originally published/i.test(t))).toBe(false);
  });

  it('near-miss: sentences about photos, editing or a first publication stay in the body', () => {
    const path = 'credits/near-miss-sentences.txt';
    const { data } = ingest(path);
    expect([data.photo, data.notes, data.original]).toEqual([null, [], null]);
    expect(texts(path)).toHaveLength(5);
  });
});
