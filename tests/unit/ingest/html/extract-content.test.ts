/**
 * The main-content extractor and each rule around Readability, on hand-made pages in
 * tests/fixtures/html-extract/. The pages mark their own expectations: `data-body` on every block
 * the extracted body must hold (in order), `data-furniture="<rule>"` on every element that rule must
 * take out. Expected values are read from those marks, never copied into this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../src/ingest/errors.ts';
import { blockText, type TextNodeLike } from '../../../../src/ingest/html/extract/block-text.ts';
import { removeCaptions } from '../../../../src/ingest/html/extract/captions.ts';
import { removeLinkBlocks } from '../../../../src/ingest/html/extract/link-blocks.ts';
import { nameParts, removeNamedFurniture } from '../../../../src/ingest/html/extract/named-furniture.ts';
import { MAX_NESTING } from '../../../../src/ingest/html/check-nesting.ts';
import type { ElementLike } from '../../../../src/ingest/html/extract/page-furniture.ts';
import {
  EXTRACT_RULES,
  extractContent,
  MIN_BODY_CHARS,
  type ExtractRule,
} from '../../../../src/ingest/html/extract-content.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/html-extract');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** The fixture's own marks: the body blocks it expects, and the furniture each rule must remove. */
function marks(html: string): { body: string; furniture: { rule: ExtractRule; text: string }[] } {
  const { document } = parseHTML(html);
  const text = (el: unknown): string => blockText(el as TextNodeLike);
  return {
    body: Array.from(document.querySelectorAll('[data-body]')).map(text).join('\n\n'),
    furniture: Array.from(document.querySelectorAll('[data-furniture]')).map((el) => ({
      rule: el.getAttribute('data-furniture') as ExtractRule,
      text: text(el),
    })),
  };
}

/** A distinctive opening of a text: the first five words of its first block. */
const opening = (text: string): string => (text.split('\n\n')[0] ?? '').split(/\s+/).slice(0, 5).join(' ');

/** A page with nothing but `html` in its body, as DOM nodes for the rule functions. */
function dom(body: string): ElementLike {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  return document.documentElement as unknown as ElementLike;
}

describe('extractContent on a page full of furniture', () => {
  const html = read('article-with-furniture.html');
  const expected = marks(html);
  const result = extractContent(html, 'article-with-furniture.html');

  it('keeps exactly the article’s own blocks, in order, a blank line between them', () => {
    expect(expected.body.split('\n\n')).toHaveLength(5); // the page marks five paragraphs
    expect(result.text).toBe(expected.body);
  });

  it.each(marks(html).furniture)('takes out $rule furniture "$text" and lists it', ({ rule, text }) => {
    expect(result.text).not.toContain(opening(text));
    expect(result.removed.some((r) => r.rule === rule && r.text.includes(opening(text)))).toBe(true);
  });

  it('says at which stage each rule removed its text', () => {
    for (const r of result.removed) {
      expect(r.stage).toBe(r.rule === 'article-header' || r.rule === 'link-blocks' ? 'body' : 'page');
    }
  });
});

describe('each rule is what removes its furniture (left out, its furniture comes back)', () => {
  // The furniture rule on the short page (on the long one Readability drops <aside> and <nav> itself).
  const cases: [ExtractRule, string][] = EXTRACT_RULES.map((rule) => [
    rule,
    rule === 'furniture' ? 'short-article-with-menu.html' : 'article-with-furniture.html',
  ]);
  it.each(cases)('%s (on %s)', (rule, file) => {
    const html = read(file);
    const own = marks(html).furniture.filter((f) => f.rule === rule);
    expect(own.length).toBeGreaterThan(0);
    const withRule = extractContent(html, file).text;
    const without = extractContent(html, file, { skip: [rule] }).text;
    for (const f of own) expect(withRule).not.toContain(opening(f.text));
    expect(own.some((f) => without.includes(opening(f.text)))).toBe(true);
  });
});

describe('extractContent on near-misses of every rule', () => {
  const html = read('article-near-misses.html');
  const result = extractContent(html, 'article-near-misses.html');

  it('keeps every block: a sentence with a link, a label above prose, a list without links, "authority-note", "shared-history", a <time> in a sentence, an article inside a <nav>', () => {
    expect(result.text).toBe(marks(html).body);
    expect(result.removed).toEqual([]);
  });
});

describe('refusals', () => {
  it('refuses a home page (lists of links) with "no article body found in FILE"', () => {
    const run = (): unknown => extractContent(read('home-page.html'), 'seeds/home-page.html');
    expect(run).toThrow(IngestError);
    expect(run).toThrow('no article body found in seeds/home-page.html');
  });

  it('refuses a page whose only text is in a script', () => {
    const html = `<html><body><script>var story = ${JSON.stringify('word '.repeat(400))};</script></body></html>`;
    expect(() => extractContent(html, 'script.html')).toThrow('no article body found in script.html');
  });

  it(`refuses less than ${MIN_BODY_CHARS} characters of text, and accepts a short paragraph just over it`, () => {
    const para = (chars: number): string => `<html><body><article><p>${'x'.repeat(chars)}</p></article></body></html>`;
    expect(() => extractContent(para(MIN_BODY_CHARS - 1), 'short.html')).toThrow('no article body found in short.html');
    expect(extractContent(para(MIN_BODY_CHARS), 'short.html').text).toHaveLength(MIN_BODY_CHARS);
  });

  it(`refuses markup nested deeper than ${MAX_NESTING} elements with a message naming the line, and reads a deep page below it`, () => {
    const page = (divs: number): string =>
      `<html><body>${'<div>'.repeat(divs)}<p>${'A sentence of the article. '.repeat(30)}</p>${'</div>'.repeat(divs)}</body></html>`;
    // html, body and the paragraph are three levels: MAX_NESTING - 3 divs reach the limit, one more passes it.
    // (The exact count is check-nesting's own test.)
    expect(extractContent(page(MAX_NESTING - 3), 'deep.html').text).toContain('A sentence of the article.');
    expect(() => extractContent(page(MAX_NESTING - 2), 'deep.html')).toThrow(
      `deep.html:1: the markup nests elements more than ${MAX_NESTING} deep`,
    );
  });
});

describe('blockText', () => {
  const text = (html: string): string => blockText(dom(html));

  it('separates blocks with a blank line (textContent glued "appearance" and "Turkey" into one word)', () => {
    expect(text('<ul><li>fifth appearance</li><li>Turkey</li></ul>')).toBe('fifth appearance\n\nTurkey');
    expect(text('<p>One.</p><div>Two.</div><h2>Three</h2>')).toBe('One.\n\nTwo.\n\nThree');
  });

  it('keeps inline elements inside their sentence and collapses white space', () => {
    expect(text('<p>Alexandria <a href="#">Ocasio</a>-Cortez   said\n  so.</p>')).toBe(
      'Alexandria Ocasio-Cortez said so.',
    );
  });

  it('turns <br> into a line break and skips scripts and styles', () => {
    expect(text('<p>line one<br>line two<script>x()</script><style>p{}</style></p>')).toBe('line one\nline two');
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    const leaf: TextNodeLike = { nodeType: 3, nodeName: '#text', nodeValue: 'deep', childNodes: [] };
    let node: TextNodeLike = leaf;
    for (let i = 0; i < 100_000; i += 1) node = { nodeType: 1, nodeName: 'SPAN', nodeValue: null, childNodes: [node] };
    expect(blockText(node)).toBe('deep');
  });
});

describe('named furniture', () => {
  it('splits class and id values into their parts, camelCase included', () => {
    expect(nameParts('entry-author-bio signupForeground dateline__updated')).toEqual([
      'entry',
      'author',
      'bio',
      'signup',
      'foreground',
      'dateline',
      'updated',
    ]);
    expect(nameParts('authority-note shared-history')).not.toContain('author');
  });

  it('removes a bio box but spares a container so named that holds most of the paragraphs', () => {
    const root = dom(
      '<div class="post-author-layout"><p>One.</p><p>Two.</p><p>Three.</p><div class="author-bio"><p>About her.</p></div></div>',
    );
    expect(removeNamedFurniture(root)).toEqual(['About her.']);
    expect(blockText(root)).toBe('One.\n\nTwo.\n\nThree.');
  });
});

describe('captions', () => {
  it('removes a caption but spares an element named "caption" that holds paragraphs of text', () => {
    const root = dom(
      '<figure><img src="a.jpg"><figcaption>A caption.</figcaption></figure><div class="caption-story"><p>First.</p><p>Second.</p></div>',
    );
    expect(removeCaptions(root)).toEqual(['A caption.']);
    expect(blockText(root)).toBe('First.\n\nSecond.');
  });
});

describe('link blocks', () => {
  it('removes a list of links with its short label, but not a sentence ending in a full stop above one', () => {
    const links = '<ul><li><a href="/a">Story one</a></li><li><a href="/b">Story two</a></li></ul>';
    const labelled = dom(`<p>Body text here.</p><h3>More from UK</h3>${links}`);
    expect(removeLinkBlocks(labelled)).toEqual(['More from UK', 'Story one\n\nStory two']);
    expect(blockText(labelled)).toBe('Body text here.');
    const sentence = dom(`<p>These are the stories we mentioned.</p>${links}`);
    removeLinkBlocks(sentence);
    expect(blockText(sentence)).toBe('These are the stories we mentioned.');
  });
});
