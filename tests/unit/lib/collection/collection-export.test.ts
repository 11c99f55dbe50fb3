/**
 * The exports, read back by real parsers: the Markdown by a CommonMark parser (remark), which must
 * give back every passage's words, note and citation character for character; BibTeX and RIS by
 * citation.js's parsers, which must find every cited article once with its title, authors, date and
 * URL; CSL-JSON by citeproc-js running the official Chicago style. Six passages from three of the
 * committed articles, plus one passage written to break Markdown.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Blockquote, Heading, List, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toCitationInput } from '../../../../src/lib/citations/citation-input.ts';
import { chicago, cslJson } from '../../../../src/lib/citations/citations.ts';
import {
  escapeMarkdown,
  toBibtex,
  toCslJson,
  toMarkdown,
  toPlainText,
  toRis,
  type ExportPassage,
} from '../../../../src/lib/collection/collection-export.ts';
import { listBodyPassages } from '../../../../src/lib/passages/body.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';
import { CONTENT } from '../../../helpers/project.ts';
import { formatWithCsl } from '../citations/csl-oracle.ts';

const SITE = 'https://reader.example';
const publishers = new Map(
  (parseYaml(readFileSync(join(CONTENT, 'publishers.yaml'), 'utf8')) as { id: string; name: string }[]).map((p) => [
    p.id,
    p.name,
  ]),
);
const chosen = loadCommitted().slice(0, 3);
const passages: ExportPassage[] = chosen.flatMap((a, i) => {
  const citation = toCitationInput(
    a.data,
    (a.data.publisher && publishers.get(a.data.publisher)) ?? null,
    `${SITE}/articles/${a.slug}/`,
  );
  const article = {
    title: a.data.title,
    publisher: citation.publisher,
    tendency: a.data.tendency,
    written: a.data.date ?? 'date unknown',
    citation,
  };
  const body = listBodyPassages(a.body);
  // Two passages of each article, the second from its end, so numbers run high.
  return [body[i], body.at(-1)].map((p, j) => ({
    n: p?.n ?? 0,
    note: j === 0 ? `Note ${i}: *not emphasis*, [not a link](x)\n# not a heading` : '',
    text: p?.text ?? '',
    article,
  }));
});
// One passage whose words would be Markdown if not escaped.
const HOSTILE =
  '*stars* _under_ `code` [link](http://x) <b>tag</b> &amp; | a | ~~strike~~ \\back\\ ![img](y) 1) not a list';
const first = passages[0];
if (!first) throw new Error('the corpus has articles');
const all: ExportPassage[] = [
  ...passages,
  { ...first, n: first.n + 1, text: HOSTILE, note: '- not a list\n> not a quote' },
];
const input = { title: 'Unions & the *strike* #1', passages: all, link: `${SITE}/collection/?p=x:p1` };

const tree = remark().parse(toMarkdown(input)) as Root;
const blocks = tree.children;
const ofType = <T extends RootContent>(type: T['type']) => blocks.filter((n): n is T => n.type === type);
/** A node's text with its hard line breaks as line breaks (mdast-util-to-string drops them). */
const textOf = (node: RootContent | Root): string =>
  node.type === 'break' ? '\n' : 'children' in node ? node.children.map(textOf).join('') : toString(node);

describe('Markdown, read by a CommonMark parser', () => {
  it('has the title as the one first-level heading, and one second-level heading per passage and for the sources', () => {
    const headings = ofType<Heading>('heading');
    expect(headings.filter((h) => h.depth === 1).map((h) => toString(h))).toEqual(['Unions & the *strike* #1']);
    expect(headings.filter((h) => h.depth === 2).map((h) => toString(h))).toEqual([
      ...all.map((p, i) => `${i + 1}. ¶${p.n} of “${p.article.title}”`),
      'Sources',
    ]);
  });

  it('quotes every passage word for word, the hostile one included', () => {
    expect(ofType<Blockquote>('blockquote').map((q) => toString(q))).toEqual(
      all.map((p) => p.text.replace(/\s+/g, ' ').trim()),
    );
  });

  it('gives every passage its Chicago note with the paragraph number, and every note as written', () => {
    const paragraphs = ofType<Paragraph>('paragraph').map(textOf);
    for (const p of all) expect(paragraphs).toContain(`Cite as: ${chicago(p.article.citation, p.n).note}`);
    expect(paragraphs).toContain('Note: Note 0: *not emphasis*, [not a link](x)\n# not a heading');
    expect(paragraphs).toContain('Note: - not a list\n> not a quote');
  });

  it('ends with the bibliography of the three articles, each once', () => {
    const list = ofType<List>('list').at(-1);
    const entries = list?.children.map((item) => toString(item)) ?? [];
    expect(entries.sort()).toEqual(
      chosen.map((_, i) => chicago(all[i * 2]?.article.citation ?? first.article.citation).bibliography).sort(),
    );
  });

  it('escapes exactly what would be read as Markdown (checked on every passage of the corpus)', () => {
    for (const a of loadCommitted())
      for (const p of listBodyPassages(a.body)) {
        const parsed = remark().parse(escapeMarkdown(p.text));
        expect(toString(parsed), `${a.slug} ¶${p.n}`).toBe(p.text);
      }
  });
});

describe('plain text', () => {
  it('holds the title, every passage with its permalink and citation, and the sources', () => {
    const text = toPlainText(input);
    expect(text.startsWith('Unions & the *strike* #1\n========================\n')).toBe(true);
    for (const p of all) {
      expect(text).toContain(`“${p.text}”`);
      expect(text).toContain(`${p.article.citation.url}#p${p.n}`);
      expect(text).toContain(`Cite as: ${chicago(p.article.citation, p.n).note}`);
    }
    expect(text).toContain('   Note: Note 0: *not emphasis*, [not a link](x)\n         # not a heading\n');
  });
});

/** What a reference manager must find of each cited article. */
const expected = chosen.map((_, i) => {
  const citation = all[i * 2]?.article.citation ?? first.article.citation;
  const csl = cslJson(citation);
  return {
    title: csl['title'],
    URL: csl['URL'],
    issued: csl['issued'] ? (csl['issued'] as { 'date-parts': number[][] })['date-parts'][0] : undefined,
  };
});

describe('reference-manager files, read by real parsers', () => {
  it('BibTeX: citation.js reads one entry per article, with title, URL and date', () => {
    const items = plugins.input.chain(toBibtex(all), { forceType: '@biblatex/text', generateGraph: false }) as Record<
      string,
      unknown
    >[];
    expect(
      items.map((i) => ({
        title: i['title'],
        URL: i['URL'],
        issued: (i['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0],
      })),
    ).toEqual(expected);
    expect(new Set(items.map((i) => i['id'])).size).toBe(items.length);
  });

  it('RIS: citation.js reads one record per article, with title, URL and date', () => {
    const items = plugins.input.chain(toRis(all), { forceType: '@ris/file', generateGraph: false }) as Record<
      string,
      unknown
    >[];
    expect(
      items.map((i) => ({
        title: i['title'],
        URL: i['URL'],
        issued: (i['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0],
      })),
    ).toEqual(expected);
  });

  it('CSL-JSON: citeproc-js formats every item with the official Chicago style, ids unique', () => {
    const items = JSON.parse(toCslJson(all)) as Record<string, unknown>[];
    expect(items).toHaveLength(3);
    expect(new Set(items.map((i) => i['id'])).size).toBe(3);
    for (const item of items) {
      const { bibliography } = formatWithCsl('chicago-fullnote-bibliography', item);
      // Chicago sets titles in title case, so the words are compared without their case.
      expect(bibliography.toLowerCase()).toContain(
        String(item['title'])
          .replace(/^\[|\]$/g, '')
          .toLowerCase(),
      );
    }
  });

  it('keys stay unique when two articles would share one', () => {
    const twin = {
      ...first,
      article: { ...first.article, citation: { ...first.article.citation, url: `${SITE}/articles/twin/` } },
    };
    const bib = toBibtex([first, twin]);
    const keys = [...bib.matchAll(/^@online\{([^,]+),/gm)].map((m) => m[1]);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    const csl = JSON.parse(toCslJson([first, twin])) as { id: string }[];
    expect(csl.map((i) => i.id)).toEqual(keys);
  });
});
