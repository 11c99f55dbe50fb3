/**
 * Bad input through the real CLI: each case is either ingested faithfully or refused with the
 * file, the line and a fix, a non-zero exit, and the output folder left exactly as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderBody } from '../../../src/lib/render/render-body.ts';
import { splitMarkdown } from '../../helpers/corpus.ts';
import { ingest, removeProjects, setUp, snapshot } from '../../helpers/ingest-cli.ts';

const GOOD = 'A Title\n\nBy Someone\n\nThe first paragraph of the body, which is long enough to be a paragraph.\n';
afterEach(removeProjects);

const SOURCES_OK = (seed: string, extra = '') =>
  `${seed}:\n  publisher:\n    value: wsws\n    basis: verified-elsewhere\n    note: Checked.\n${extra}`;

const refusals: [string, Record<string, string | Uint8Array>, RegExp][] = [
  ['an empty file', { 'a.txt': '' }, /a\.txt:1: the file is empty/],
  ['a whitespace-only file', { 'a.txt': ' \n\t\n\u00a0\n' }, /a\.txt:1: the file is empty/],
  [
    'binary data (NUL bytes)',
    { 'a.txt': new Uint8Array([0x54, 0x69, 0x0a, 0x00, 0x01, 0x02]) },
    /a\.txt:2: binary data/,
  ],
  [
    'invalid UTF-8 on line 3',
    { 'a.txt': new Uint8Array([...new TextEncoder().encode('Title\n\nBody '), 0xc3, 0x28, 0x0a]) },
    /a\.txt:3: invalid UTF-8/,
  ],
  [
    'invalid UTF-8 on line 5 of a file with CR-only line ends',
    { 'a.txt': new Uint8Array([...new TextEncoder().encode('Title\r\rBody\r\rMore '), 0xc3, 0x28, 0x0d]) },
    /a\.txt:5: invalid UTF-8/,
  ],
  [
    'binary data on line 3 of a file with CRLF line ends',
    { 'a.txt': new Uint8Array([...new TextEncoder().encode('Title\r\n\r\nBody '), 0x00, 0x0d, 0x0a]) },
    /a\.txt:3: binary data/,
  ],
  ['a 10 MB file', { 'a.txt': 'x'.repeat(10 * 1024 * 1024) }, /a\.txt: the file is 10\.0 MiB, over the 2 MiB limit/],
  [
    'two seeds whose titles differ only as composed and decomposed Unicode',
    { 'a.txt': GOOD.replace('A Title', 'Per\u00fa strike'), 'b.txt': GOOD.replace('A Title', 'Peru\u0301 strike') },
    /b\.txt:1: gives the same slug "perú-strike" as .*a\.txt/,
  ],
  [
    'two seeds giving the same slug',
    { 'a.txt': GOOD, 'b.txt': GOOD },
    /b\.txt:1: gives the same slug "a-title" as .*a\.txt/,
  ],
  [
    'malformed sources.yaml',
    { 'a.txt': GOOD, 'sources.yaml': 'a.txt:\n  publisher: [unclosed\n' },
    /sources\.yaml:\d+: malformed YAML/,
  ],
  [
    'sources.yaml naming a missing seed',
    { 'a.txt': GOOD, 'sources.yaml': SOURCES_OK('missing.txt') },
    /sources\.yaml:1: names seed "missing\.txt"/,
  ],
  [
    'sources.yaml with an unknown current',
    {
      'a.txt': GOOD,
      'sources.yaml': SOURCES_OK('a.txt', '  tendency:\n    value: foo\n    basis: in-text\n    note: Says so.\n'),
    },
    /sources\.yaml:7: unknown current "foo"/,
  ],
  [
    'sources.yaml with an unknown basis',
    {
      'a.txt': GOOD,
      'sources.yaml': 'a.txt:\n  publisher:\n    value: wsws\n    basis: rumour\n    note: Heard it.\n',
    },
    /sources\.yaml:4: a\.txt\.publisher\.basis: /,
  ],
];

describe('refused input leaves the output exactly as it was', () => {
  it.each(refusals)('%s', (_name, seeds, message) => {
    const { root, out } = setUp(seeds);
    const before = snapshot(out);
    const { code, stderr } = ingest(root);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('fix: ');
    expect(stderr).toContain('nothing was written');
    expect(snapshot(out)).toEqual(before); // no partial output, no leftover temporary folder
  });
});

describe('accepted input is ingested faithfully', () => {
  it('a 1 MB single-line paragraph', () => {
    const long = `${'word '.repeat(200_000)}end.`;
    const { root, out } = setUp({ 'a.txt': `A Title\n\n${long}\n` });
    const { code, stderr } = ingest(root);
    expect(stderr).toContain('no entry in sources.yaml'); // warned, not refused
    expect(code).toBe(0);
    const { body } = splitMarkdown(readFileSync(join(out, 'articles', 'a-title.md'), 'utf8'));
    expect(body.trim()).toBe(long);
    expect(readdirSync(join(out, 'articles'))).toEqual(['a-title.md']); // the old content was replaced whole
  });

  it('HTML and <script> in the text stay literal text', () => {
    const { root, out } = setUp({
      'a.txt': 'A Title\n\n<script>alert("x")</script> and <b>bold</b> are words here, not markup at all.\n',
    });
    expect(ingest(root).code).toBe(0);
    const { body } = splitMarkdown(readFileSync(join(out, 'articles', 'a-title.md'), 'utf8'));
    const { html } = renderBody(body);
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain('&#x3C;script>alert("x")&#x3C;/script> and &#x3C;b>bold&#x3C;/b>');
  });

  it('a seed with no sources.yaml entry ingests with a warning naming it', () => {
    const { root } = setUp({ 'a.txt': GOOD, 'sources.yaml': '{}\n' });
    const { code, stderr } = ingest(root);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: a\.txt: no entry in sources\.yaml/);
  });
});
