/**
 * The extracted body → the text pipeline's mdast: nothing of the page's markup survives, and every
 * word either reaches the Markdown or is listed as removed with its reason.
 */
import { describe, expect, it } from 'vitest';
import { bodyToMdast } from '../../../../src/ingest/html/body-to-mdast.ts';
import { toMarkdown } from '../../../../src/ingest/to-markdown.ts';
import { renderBody } from '../../../../src/lib/render/render-body.ts';
import { listPassages } from '../../../../src/lib/passages/passages.ts';
import { countWords } from '../../../../src/lib/passages/text.ts';

/** The body as Markdown, without frontmatter (the writer's own serialiser). */
function markdownOf(children: ReturnType<typeof bodyToMdast>['children']): string {
  return toMarkdown({} as never, children).replace(/^---\n[\s\S]*?\n---\n\n/, '');
}

const HOSTILE = `
<div>
<p onclick="alert(1)" style="color:red">First <a href="javascript:alert(2)" onmouseover="x()">words of a link</a> stay.</p>
<script>alert("script words")</script><style>.a { color: red }</style>
<iframe src="https://evil.example/frame" srcdoc="<script>alert(3)</script>">frame words</iframe>
<form action="https://evil.example/post"><label>Your email</label><input name="e"><button>Send it</button></form>
<p>Second <img src="x.png" onerror="alert(4)" alt="an image described"> paragraph <object data="https://evil.example/o.swf"></object>ends.</p>
<svg onload="alert(5)"><text>svg words</text></svg>
</div>`;

describe('bodyToMdast sanitises by rebuilding', () => {
  const result = bodyToMdast(HOSTILE, { page: HOSTILE, title: null });
  const markdown = markdownOf(result.children);
  const { html } = renderBody(markdown);

  it('lets no script, style, frame, form, handler or javascript: address through', () => {
    for (const output of [markdown, html]) {
      expect(output).not.toMatch(
        /<script|<style|<iframe|<form|<input|<button|<object|<svg|<img|onclick|onerror|onload|onmouseover|javascript:|alert/i,
      );
    }
    expect(markdown).toBe('First words of a link stay.\n\nSecond paragraph ends.\n');
  });

  it('lists what it took out, with the reason, at its line of the page', () => {
    expect(result.removed.map((r) => [r.line, r.text, r.reason.split(':')[0]])).toEqual([
      [3, 'javascript:alert(2)', 'address of the link on “words of a link”'],
      [5, 'https://evil.example/frame frame words', 'embedded iframe'],
      [6, 'Your email Send it', 'a form’s words'],
      [7, 'an image described', 'description of an image, which is not reproduced'],
      [7, 'https://evil.example/o.swf', 'embedded object'],
      [8, 'svg words', 'embedded svg'],
    ]);
  });
});

describe('bodyToMdast and images', () => {
  it('lists the description of an image inside <picture>, and reads nothing from <noscript>', () => {
    const page =
      '<p>Words.</p><picture><source srcset="a.webp"><img src="a.jpg" alt="Marchers on a bridge"></picture><noscript><img src="b.jpg" alt="fallback"></noscript>';
    const result = bodyToMdast(page, { page, title: null });
    expect(markdownOf(result.children)).toBe('Words.\n');
    expect(result.removed.map((r) => r.text)).toEqual(['Marchers on a bridge']);
  });
});

describe('bodyToMdast moves the header’s lines to the frontmatter', () => {
  it('an opening paragraph of only the printed date', () => {
    const page = '<p><time datetime="2023-03-02">2 March 2023</time></p>\n<p>Body.</p><p>2 March 2023</p>';
    const result = bodyToMdast(page, { page, title: null, printedDate: '2 March 2023' });
    expect(markdownOf(result.children)).toBe('Body.\n\n2 March 2023\n'); // the same words later are body text
    expect(result.removed).toEqual([
      { line: 1, text: '2 March 2023', action: 'frontmatter', reason: 'printed date → the article’s printed date' },
    ]);
  });
});

describe('bodyToMdast makes the text pipeline’s shapes', () => {
  const page = `<article>
<h1>The Title</h1>
<p>Intro<br>after a line break, with <em>emphasis</em> and <strong>strength</strong>.</p>
<h3>A Deep Heading</h3>
<blockquote><p>Quoted one.</p><blockquote><p>Quoted inside a quote.</p></blockquote><ul><li>quoted item</li></ul></blockquote>
<ul><li>bullet one</li><li><p>bullet two</p></li></ul>
<ol start="3"><li>third</li><li>fourth</li></ol>
<table><tr><th>Name</th><th>Count</th></tr><tr><td>Lima</td><td>12</td></tr></table>
<pre><code>code
lines</code></pre>
<hr>
<figure><img src="a.jpg" alt=""><figcaption>First caption.</figcaption></figure>
<figure><img src="b.jpg"><figcaption>Second caption.</figcaption></figure>
<div>Loose text in a div, <span>with a span</span>.</div>
</article>`;
  const result = bodyToMdast(page, { page, title: 'The title' });

  it('headings at depth 2, one text node per block, block quotes of paragraphs', () => {
    expect(markdownOf(result.children)).toBe(
      [
        'Intro after a line break, with emphasis and strength.',
        '## A Deep Heading',
        '> Quoted one.\n>\n> Quoted inside a quote.\n>\n> quoted item',
        'bullet one',
        'bullet two',
        '3\\. third',
        '4\\. fourth',
        'Name | Count',
        'Lima | 12',
        'code lines',
        'Loose text in a div, with a span.',
      ].join('\n\n') + '\n',
    );
    for (const block of result.children) {
      const inner = block.type === 'blockquote' ? block.children : [block];
      for (const node of inner) expect('children' in node && node.children.map((c) => c.type)).toEqual(['text']);
    }
  });

  it('numbers passages as the text pipeline does (quotes are passages of kind quote)', () => {
    const passages = listPassages({ type: 'root', children: result.children });
    expect(passages.map((p) => p.kind)).toEqual([
      'paragraph',
      'quote',
      'quote',
      'quote',
      ...Array.from({ length: 8 }, () => 'paragraph'),
    ]);
    expect(passages[1]?.heading).toBe('A Deep Heading');
  });

  it('moves the repeated title and the first caption to the frontmatter, lists later captions', () => {
    expect(result.caption).toBe('First caption.');
    expect(result.removed).toEqual([
      { line: 2, text: 'The Title', action: 'frontmatter', reason: 'title → the article’s title' },
      {
        line: 12,
        text: 'First caption.',
        action: 'frontmatter',
        reason: 'photo caption → the article’s photo caption',
      },
      {
        line: 13,
        text: 'Second caption.',
        action: 'furniture',
        reason: 'caption of a further image, which is not reproduced',
      },
    ]);
  });

  it('keeps every word: the body’s words equal the page’s, less those listed as removed', () => {
    const pageWords = countWords(page.replace(/<[^>]+>/g, ' '));
    const bodyWords = countWords(
      listPassages({ type: 'root', children: result.children })
        .map((p) => p.text)
        .join(' '),
    );
    const headingWords = countWords('A Deep Heading');
    const removedWords = result.removed.reduce((n, r) => n + countWords(r.text), 0);
    // The ordered list's numbers (3., 4.) are words the page shows through its markup, not its text.
    expect(bodyWords + headingWords + removedWords).toBe(pageWords + 2);
  });
});
