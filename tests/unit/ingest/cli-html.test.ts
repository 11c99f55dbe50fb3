/**
 * Saved web pages through the real CLI: beside the five real seeds, a hand-made page becomes an
 * article with its page's metadata; bad pages are refused with file and fix, a non-zero exit, and
 * the output folder exactly as it was. (No real article page could be obtained on this machine, so
 * the page is a hand-made fixture and never goes into seeds/.)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_SEED_BYTES } from '../../../src/ingest/decode.ts';
import { listBodyPassages } from '../../../src/lib/passages/body.ts';
import { renderBody } from '../../../src/lib/render/render-body.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { splitMarkdown } from '../../helpers/corpus.ts';
import { ingest, removeProjects, setUp, snapshot } from '../../helpers/ingest-cli.ts';
import { ROOT } from '../../helpers/project.ts';

afterEach(removeProjects);

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/html', name));
const realSeeds = () =>
  Object.fromEntries(readdirSync(join(ROOT, 'seeds')).map((name) => [name, readFileSync(join(ROOT, 'seeds', name))]));
const PAGE = 'zz-saved-page.html';

describe('a saved page beside the five real seeds', () => {
  it('becomes an article, and leaves the seeds’ articles byte for byte as committed', () => {
    const page = fixture('full-page.html');
    const { root, out } = setUp({ ...realSeeds(), [PAGE]: page });
    const { code, stderr } = ingest(root);
    expect(stderr).not.toMatch(/error/);
    expect(code).toBe(0);

    // The five text seeds: exactly the committed output.
    const committed = readdirSync(join(ROOT, 'content/articles'));
    for (const name of committed) {
      expect(readFileSync(join(out, 'articles', name), 'utf8')).toBe(
        readFileSync(join(ROOT, 'content/articles', name), 'utf8'),
      );
    }
    const added = readdirSync(join(out, 'articles')).filter((n) => !committed.includes(n));
    expect(added).toEqual(['a-test-page-for-saved-articles.md']);

    // The page: frontmatter valid for the site, with its basis and evidence.
    const { data: raw, body } = splitMarkdown(readFileSync(join(out, 'articles', added[0] as string), 'utf8'));
    const data = ArticleSchema.parse(raw);
    const sha256 = createHash('sha256').update(page).digest('hex');
    expect(data.seed).toEqual({ file: PAGE, sha256 });
    expect(readFileSync(join(root, 'seeds', PAGE))).toEqual(page); // the raw file untouched
    expect(data).toMatchObject({
      title: 'A Test Page for Saved Articles',
      date: '2023-01-20',
      dateBasis: 'page-metadata',
    });
    expect(data.provenance.authors.note).toBe('From the page’s metadata (JSON-LD author).');
    expect(data.dateNote).toMatch(
      /^From the page’s metadata \(JSON-LD datePublished\)\. The page prints “12 March 2024”/,
    );

    // Passages as the site numbers them, rendered without any of the page's markup.
    const passages = listBodyPassages(body);
    expect(passages.length).toBe(data.passageCount);
    expect(passages.map((p) => p.kind)).toContain('quote');
    const { html } = renderBody(body);
    expect(html).not.toMatch(/<script|<iframe|<form|<img|onclick|onerror|javascript:|href="https?:/);

    // The report lists what was taken out, with the raw file's checksum.
    const report = JSON.parse(readFileSync(join(out, 'ingest-report.json'), 'utf8')) as {
      seeds: { seed: string; sha256: string; removed: { text: string; reason: string }[] }[];
    };
    const entry = report.seeds.find((s) => s.seed === PAGE);
    expect(entry?.sha256).toBe(sha256);
    expect(entry?.removed.map((r) => r.text)).toContain('https://example.org/elsewhere');
    expect(stderr).toContain(`warning: ${PAGE}: the page's metadata dates it 2023-01-20`);
  });

  it('takes its sources.yaml entry, keyed by the .html name, over the page', () => {
    const sources = `${readFileSync(join(ROOT, 'seeds/sources.yaml'), 'utf8')}\n${PAGE}:\n  publisher:\n    value: wsws\n    basis: verified-elsewhere\n    note: Checked by the editors.\n`;
    const { root, out } = setUp({ ...realSeeds(), 'sources.yaml': sources, [PAGE]: fixture('full-page.html') });
    expect(ingest(root).code).toBe(0);
    const { data } = splitMarkdown(readFileSync(join(out, 'articles', 'a-test-page-for-saved-articles.md'), 'utf8'));
    expect(parse(JSON.stringify(data))).toMatchObject({
      publisher: 'wsws',
      tendency: 'icfi',
      provenance: { publisher: { basis: 'verified-elsewhere', note: 'Checked by the editors.' } },
    });
  });

  it('reads malformed, unclosed markup as a browser does', () => {
    const { root, out } = setUp({ 'old.htm': fixture('malformed.html') });
    expect(ingest(root).code).toBe(0);
    const { body } = splitMarkdown(readFileSync(join(out, 'articles', 'unclosed-markup-test-page.md'), 'utf8'));
    expect(listBodyPassages(body).map((p) => p.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'This paragraph never',
      'The second paragraph',
      'The third paragraph',
    ]);
    expect(body).toContain(
      'bold words that are never closed, and italic ones inside them, which a browser still shows in order',
    );
  });
});

const utf8 = (s: string) => new TextEncoder().encode(s);
const article = fixture('full-page.html').toString('utf8');
const refusals: [string, Record<string, string | Uint8Array>, RegExp][] = [
  [
    'a home page (a list of links)',
    { 'home.html': fixture('home-page.html') },
    /home\.html: no article body found in .*home\.html: /,
  ],
  [
    'a page whose only text is in <script> and JSON',
    { 'app.html': fixture('script-only.html') },
    /app\.html: no article body found in /,
  ],
  [
    'a 10 MB page, in the text seeds’ words',
    { 'big.html': `<p>${'word '.repeat((10 * 1024 * 1024) / 5)}</p>` },
    new RegExp(
      `big\\.html: the file is 10\\.0 MiB, over the ${MAX_SEED_BYTES / 1024 / 1024} MiB limit for one article`,
    ),
  ],
  [
    'markup nested 100,000 levels deep',
    { 'deep.html': `<p>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</p>` },
    /deep\.html:1: the markup nests elements more than 512 deep/,
  ],
  [
    'a windows-1252 page declared as UTF-8',
    { 'label.html': new Uint8Array([...utf8('<meta charset="utf-8">\n<p>Per'), 0xfa, ...utf8('</p>')]) },
    /label\.html:2: invalid UTF-8 at byte \d+ \(0xfa\), though the page declares utf-8/,
  ],
  [
    'a UTF-8 page declared as windows-1252',
    {
      'label.html': article
        .replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
        .replace('test fixture', 'test fixturé'),
    },
    /label\.html:\d+: the page declares windows-1252, but its bytes are UTF-8/,
  ],
  [
    'a binary file named .html',
    { 'photo.html': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]) },
    /photo\.html:3: binary data: a NUL byte/,
  ],
];

describe('bad pages are refused and the output left exactly as it was', () => {
  it.each(refusals)('%s', (_name, seeds, message) => {
    const { root, out } = setUp({
      'a.txt': 'A Title\n\nA good text seed beside the bad page, long enough to be a paragraph.\n',
      ...seeds,
    });
    const before = snapshot(out);
    const { code, stderr } = ingest(root);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('fix: ');
    expect(stderr).toContain('nothing was written');
    expect(snapshot(out)).toEqual(before);
  });
});
