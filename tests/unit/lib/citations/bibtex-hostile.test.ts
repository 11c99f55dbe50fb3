/**
 * BibTeX that no input can break: every entry the site writes, the corpus's and hostile ones, is
 * parsed back with a real BibTeX parser (citation.js) and must give the same fields, one entry each.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { toCitationInput } from '../../../../src/lib/citations/citation-input.ts';
import { citationFile } from '../../../../src/lib/citations/citation-files.ts';
import { bibtex, citationKey, type CitationInput } from '../../../../src/lib/citations/citations.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

/** The entries of a BibTeX text as citation.js reads them (CSL-JSON). */
const parse = (text: string) => plugins.input.chain(text, { forceType: '@biblatex/text', generateGraph: false });

const corpus = loadCommitted().map((a) =>
  toCitationInput(a.data, 'A Publisher', `https://reader.example/articles/${a.slug}/`),
);
const base = corpus[0] as CitationInput;
const hostile: CitationInput[] = [
  { ...base, sourceUrl: 'https://example.org/a?q=},author={Injected Author},title={Injected Title},x={' },
  { ...base, title: 'A title with \\input /etc/passwd and {braces} and 100% & $money$ #1 _x_ ~ ^' },
  { ...base, authors: ['Ana }, title = {Injected', 'Jo\\textbf{hn} Smith'] },
  { ...base, title: 'T'.repeat(5000) },
];

describe('BibTeX written by the site parses back as written', () => {
  it.each([...corpus, ...hostile].map((c, i) => [i, c] as const))('entry %i', (_i, input) => {
    const entries = parse(bibtex(input));
    expect(entries).toHaveLength(1);
    const [entry] = entries as { title?: string; URL?: string; author?: { family?: string; literal?: string }[] }[];
    expect(entry?.title).toBe(input.title);
    expect(decodeURI(entry?.URL ?? '')).toBe(
      decodeURI((input.sourceUrl ?? input.url).replace(/[{}]/g, encodeURIComponent)),
    );
    expect(JSON.stringify(entry)).not.toContain('Injected Title');
    expect(entry?.author?.some((a) => a.family === 'Injected Author' || a.literal === 'Injected Author') ?? false).toBe(
      false,
    );
  });

  it('the whole file of hostile entries parses into as many entries as it holds', () => {
    const file = citationFile('bib', [...corpus, ...hostile]);
    expect(parse(file)).toHaveLength(corpus.length + hostile.length);
  });

  it('keeps citation keys short whatever the title', () => {
    for (const input of hostile) expect(citationKey(input).length).toBeLessThanOrEqual(60);
  });
});
