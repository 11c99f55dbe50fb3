import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexSite, readFragment, writeSearchFiles, type PagefindApi } from '../../../src/integrations/pagefind.ts';
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

function fake(
  overrides: { create?: string[]; add?: string[]; pages?: number; files?: string[]; highlighter?: boolean } = {},
) {
  const calls: string[] = [];
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
          addDirectory: async ({ path, glob }) => (
            calls.push(`add ${path} ${glob ?? '(all)'}`),
            { errors: overrides.add ?? [], page_count: overrides.pages ?? 1 }
          ),
          getFiles: async () => (calls.push('get files'), { errors: overrides.files ?? [], files }),
        },
      };
    },
    close: async () => calls.push('close'),
  };
  return { api, calls };
}

describe('indexSite', () => {
  it('reads the article pages with Pagefind, closes the service, and keeps only its highlighter and the passage index', async () => {
    const { api, calls } = fake();
    const { pages, files } = await indexSite(api, '/site/dist');
    expect(pages).toBe(1);
    expect(calls).toEqual(['create {"forceLanguage":"en"}', 'add /site/dist articles/**/*.html', 'get files', 'close']);
    const names = [...files.keys()];
    expect(names).toContain('pagefind-highlight.js');
    expect(names).toContain('passages/manifest.json.gz');
    // Written compressed; the browser reads them back as the index built them.
    const manifest = files.get('passages/manifest.json.gz') as Uint8Array<ArrayBuffer>;
    expect(await parseIndexFile(manifest)).toMatchObject({ articles: { passages: [2] } });
    // Pagefind's own runtime and index are not shipped.
    expect(names.filter((n) => !n.startsWith('passages/'))).toEqual(['pagefind-highlight.js']);
  });

  it.each([
    [{ create: ['bad config'] }, /createIndex failed:\nbad config/],
    [{ add: ['unreadable'] }, /addDirectory failed:\nunreadable/],
    [{ files: ['out of memory'] }, /getFiles failed:\nout of memory/],
    [{ pages: 0 }, /no page with data-pagefind-body/],
    [{ highlighter: false }, /no pagefind-highlight\.js/],
  ])('fails the build on %j, and still closes', async (overrides, message) => {
    const { api, calls } = fake(overrides);
    await expect(indexSite(api, '/site/dist')).rejects.toThrow(message);
    expect(calls.at(-1)).toBe('close');
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
    writeSearchFiles(
      site,
      new Map<string, string | Uint8Array>([
        ['passages/t/0.json', '{}'],
        ['pagefind-highlight.js', new Uint8Array([65])],
      ]),
    );
    expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(['pagefind-highlight.js', 'passages']);
    expect(readFileSync(join(site, 'pagefind', 'passages', 't', '0.json'), 'utf8')).toBe('{}');
    rmSync(site, { recursive: true });
  });
});
