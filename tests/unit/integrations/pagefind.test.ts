import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countArticleSources } from '../../../src/lib/corpus/article-sources.ts';
import {
  checkEveryArticleIndexed,
  openPageReader,
  readFragment,
  searchFiles,
  writeSearchFiles,
  startSearchStep,
  type PagefindApi,
} from '../../../src/integrations/pagefind.ts';
import type { PageRecord } from '../../../src/lib/search/passage-index.ts';
import { parseIndexFile } from '../../../src/lib/search/passage-search.ts';

/** A page as Pagefind's fragment holds it: a title, then two passages. */
const PAGE: PageRecord = {
  content: 'A title. The CGTP called. A strike began.',
  meta: { slug: 'a', title: 'A title.', date: '2023-01-19' },
  filters: { current: ['FT-CI'] },
  anchors: [
    { id: 'p1', location: 2 },
    { id: 'p2', location: 5 },
  ],
};

/** Pagefind's fragment encoding: gzip of a signature and the JSON. */
const fragment = (json: unknown) => gzipSync(`pagefind_dcd${JSON.stringify(json)}`);

function fake(overrides: { create?: string[]; add?: string[]; files?: string[]; highlighter?: boolean } = {}) {
  const calls: string[] = [];
  let scratch = '';
  const files = [
    { path: 'fragment/en_1.pf_fragment', content: fragment(PAGE) },
    { path: 'pagefind.js', content: new Uint8Array([1]) },
    ...(overrides.highlighter === false ? [] : [{ path: 'pagefind-highlight.js', content: new Uint8Array([2]) }]),
  ];
  const api: PagefindApi = {
    createIndex: async (config) => {
      calls.push(`create ${JSON.stringify(config)}`);
      return {
        errors: overrides.create ?? [],
        index: {
          addHTMLFile: async ({ url, content }) => (
            calls.push(`add ${url} (${content.length} characters)`),
            { errors: overrides.add ?? [] }
          ),
          // As Pagefind does: its whole output written into the folder given.
          writeFiles: async ({ outputPath }) => {
            calls.push('write files');
            scratch = outputPath;
            for (const file of files) {
              mkdirSync(join(outputPath, dirname(file.path)), { recursive: true });
              writeFileSync(join(outputPath, file.path), file.content);
            }
            return { errors: overrides.files ?? [], outputPath };
          },
        },
      };
    },
    close: async () => calls.push('close'),
  };
  return { api, calls, scratch: () => scratch };
}

describe('openPageReader', () => {
  it('gives Pagefind each page, then reads back the fragments and the highlighter from its output, removes it, and closes the service', async () => {
    const { api, calls, scratch } = fake();
    const reader = await openPageReader(api);
    await reader.add('/articles/a/', '<html>one</html>');
    const { pages, highlighter } = await reader.read();
    expect(pages).toEqual([PAGE]);
    expect([...highlighter]).toEqual([2]);
    expect(calls).toEqual([
      'create {"forceLanguage":"en"}',
      'add /articles/a/ (16 characters)',
      'write files',
      'close',
    ]);
    // Pagefind's output went to a scratch folder, gone once read.
    expect(scratch()).not.toBe('');
    expect(existsSync(scratch())).toBe(false);
  });

  it.each([
    [{ create: ['bad config'] }, /createIndex failed:\nbad config/],
    [{ add: ['unreadable'] }, /addHTMLFile \(\/articles\/a\/\) failed:\nunreadable/],
    [{ files: ['disk full'] }, /writeFiles failed:\ndisk full/],
    [{ highlighter: false }, /no pagefind-highlight\.js/],
  ])('fails the build on %j, and still closes and removes its scratch folder', async (overrides, message) => {
    const { api, calls, scratch } = fake(overrides);
    const run = async () => {
      const reader = await openPageReader(api);
      try {
        await reader.add('/articles/a/', '<html></html>');
        return await reader.read();
      } catch (error) {
        await reader.close();
        throw error;
      }
    };
    await expect(run()).rejects.toThrow(message);
    expect(calls.at(-1)).toBe('close');
    expect(calls.filter((c) => c === 'close')).toHaveLength(1);
    if (scratch()) expect(existsSync(scratch())).toBe(false);
  });

  it('fails when given no page at all', async () => {
    const { api, calls } = fake();
    await expect((await openPageReader(api)).read()).rejects.toThrow(/given no article page/);
    expect(calls.at(-1)).toBe('close');
  });
});

/** An article page as the site renders it, enough for Pagefind: a body to index and a ¶ anchor. */
const articlePage = (words: string) =>
  `<html lang="en"><body><article data-pagefind-body><div id="p1"><p>${words}</p></div></article></body></html>`;

describe('startSearchStep', () => {
  it("runs the step in a worker thread with the real Pagefind, and fails with the worker's own error", async () => {
    const site = mkdtempSync(join(tmpdir(), 'search-worker-'));
    const step = startSearchStep(site, { count: 1, dir: 'content/articles' });
    // An article page with no passage (¶) anchor: Pagefind reads it, the index has nothing to hold,
    // and the error made in the worker must reach the build.
    step.addPage('/articles/a/', '<html lang="en"><body><p>Words.</p></body></html>');
    await expect(step.finish()).rejects.toThrow(/no built article holds a passage/);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
    rmSync(site, { recursive: true });
  });

  it('writes the index once it has one page per article, before the build ends', async () => {
    const site = mkdtempSync(join(tmpdir(), 'search-worker-'));
    const step = startSearchStep(site, { count: 2, dir: 'content/articles' });
    step.addPage('/articles/a/', articlePage('The CGTP called a strike.'));
    step.addPage('/articles/b/', articlePage('The strike began.'));
    // Not told the build is over: the index appears all the same (the step runs beside the rendering).
    const manifest = join(site, 'pagefind', 'passages', 'manifest.json.gz');
    for (let tries = 0; tries < 200 && !existsSync(manifest); tries++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(manifest)).toBe(true);
    await expect(step.finish()).resolves.toMatchObject({ pages: 2 });
    rmSync(site, { recursive: true });
  });

  it('writes the same index whether Pagefind reads the pages in one run or in several', async () => {
    const index = async (pagesPerRun: number) => {
      const site = mkdtempSync(join(tmpdir(), 'search-worker-'));
      const step = startSearchStep(site, { count: 5, dir: 'content/articles' }, pagesPerRun);
      for (const [i, words] of [
        'The CGTP called.',
        'A strike began.',
        'Juliaca.',
        'The CGTP again.',
        'Lima.',
      ].entries())
        step.addPage(`/articles/a${String(i)}/`, articlePage(words));
      await step.finish();
      const dir = join(site, 'pagefind', 'passages');
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((name) => [
          name,
          existsSync(join(dir, name, '.')) ? '' : readFileSync(join(dir, name)).toString('base64'),
        ]);
      rmSync(site, { recursive: true });
      return files;
    };
    // Runs of 2 pages: three Pagefind runs for five pages, the last one short.
    expect(await index(2)).toEqual(await index(250));
  });

  it('writes no index when the build has fewer article pages than the content folder has articles', async () => {
    const site = mkdtempSync(join(tmpdir(), 'search-worker-'));
    const step = startSearchStep(site, { count: 2, dir: 'content/articles' });
    step.addPage('/articles/a/', articlePage('The CGTP called a strike.'));
    await expect(step.finish()).rejects.toThrow(
      /content\/articles holds 2 articles but the build wrote 1 article page/,
    );
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
    rmSync(site, { recursive: true });
  });

  it('fails when more article pages come than there are articles', async () => {
    const site = mkdtempSync(join(tmpdir(), 'search-worker-'));
    const step = startSearchStep(site, { count: 1, dir: 'content/articles' });
    step.addPage('/articles/a/', articlePage('The CGTP called a strike.'));
    step.addPage('/articles/b/', articlePage('The strike began.'));
    await expect(step.finish()).rejects.toThrow(
      /holds 1 article but the build wrote 2 article pages|came after all 1 were read/,
    );
    rmSync(site, { recursive: true });
  });
});

describe('searchFiles', () => {
  it('keeps only the highlighter and the passage index, compressed', async () => {
    const files = new Map(searchFiles({ pages: [PAGE], highlighter: new Uint8Array([2]) }));
    const names = [...files.keys()];
    expect(names).toContain('pagefind-highlight.js');
    expect(names).toContain('passages/manifest.json.gz');
    // Written compressed; the browser reads them back as the index built them.
    const manifest = files.get('passages/manifest.json.gz') as Uint8Array<ArrayBuffer>;
    expect(await parseIndexFile(manifest)).toMatchObject({ articles: { passages: [2] } });
    // Pagefind's own runtime and index are not shipped.
    expect(names.filter((n) => !n.startsWith('passages/'))).toEqual(['pagefind-highlight.js']);
  });
});

describe('readFragment', () => {
  it('reads one page, or a group of pages by id', () => {
    expect(readFragment('f', fragment(PAGE))).toEqual([PAGE]);
    expect(readFragment('g', fragment({ en_1: PAGE, en_2: PAGE }))).toEqual([PAGE, PAGE]);
  });

  it('names a file that is not a Pagefind fragment', () => {
    expect(() => readFragment('fragment/x.pf_fragment', gzipSync('{}'))).toThrow(/fragment\/x\.pf_fragment/);
  });
});

describe('writeSearchFiles', () => {
  it("replaces the pagefind/ folder's contents with the files given", () => {
    const site = mkdtempSync(join(tmpdir(), 'search-files-'));
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'stale.js'), '');
    const count = writeSearchFiles(
      site,
      new Map<string, string | Uint8Array>([
        ['passages/t/0.json', '{}'],
        ['pagefind-highlight.js', new Uint8Array([65])],
      ]),
    );
    expect(count).toBe(2);
    expect(readdirSync(site)).toEqual(['pagefind']);
    expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(['pagefind-highlight.js', 'passages']);
    expect(readFileSync(join(site, 'pagefind', 'passages', 't', '0.json'), 'utf8')).toBe('{}');
    rmSync(site, { recursive: true });
  });

  it('leaves the folder as it was, and nothing half-written, when making the files fails', () => {
    const site = mkdtempSync(join(tmpdir(), 'search-files-'));
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'old.js'), 'old');
    function* failing(): Generator<[string, string]> {
      yield ['passages/t/0.json', '{}'];
      throw new Error('no built article holds a passage');
    }
    expect(() => writeSearchFiles(site, failing())).toThrow(/no built article/);
    expect(readdirSync(site)).toEqual(['pagefind']);
    expect(readdirSync(join(site, 'pagefind'))).toEqual(['old.js']);
    rmSync(site, { recursive: true });
  });
});

describe('checkEveryArticleIndexed', () => {
  it('passes one page per article, and otherwise fails with both counts and what to do', () => {
    expect(() => checkEveryArticleIndexed({ count: 2, dir: 'content/articles' }, 2)).not.toThrow();
    expect(() => checkEveryArticleIndexed({ count: 2000, dir: 'content/articles' }, 668)).toThrow(
      /^content\/articles holds 2000 articles but the build wrote 668 article pages for search to read\. Run the build again with no other build running/,
    );
    expect(() => checkEveryArticleIndexed({ count: 1, dir: 'content/articles' }, 0)).toThrow(/holds 1 article but/);
  });
});

describe('countArticleSources', () => {
  it('counts the Markdown files at any depth, as the collection reads them, and names a folder it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'article-sources-'));
    mkdirSync(join(dir, 'more'));
    for (const name of ['a.md', 'more/b.md', 'notes.txt']) writeFileSync(join(dir, name), 'x');
    expect(countArticleSources(dir)).toBe(2);
    rmSync(dir, { recursive: true });
    expect(() => countArticleSources(dir)).toThrow(`cannot read the articles folder ${dir}`);
  });
});
