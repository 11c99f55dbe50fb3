import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite, removeUnusedUi, type PagefindApi } from '../../../src/integrations/pagefind.ts';

function fake(overrides: { create?: string[]; add?: string[]; pages?: number; write?: string[] } = {}) {
  const calls: string[] = [];
  const api: PagefindApi = {
    createIndex: async (config) => {
      calls.push(`create ${JSON.stringify(config)}`);
      return {
        errors: overrides.create ?? [],
        index: {
          addDirectory: async ({ path, glob }) => (
            calls.push(`add ${path} ${glob ?? '(all)'}`),
            { errors: overrides.add ?? [], page_count: overrides.pages ?? 5 }
          ),
          writeFiles: async ({ outputPath }) => (
            calls.push(`write ${outputPath}`),
            { errors: overrides.write ?? [], outputPath }
          ),
        },
      };
    },
    close: async () => calls.push('close'),
  };
  return { api, calls };
}

describe('indexSite', () => {
  it('indexes the built folder into its pagefind/ subfolder and closes the service', async () => {
    const { api, calls } = fake();
    await expect(indexSite(api, '/site/dist')).resolves.toBe(5);
    expect(calls).toEqual([
      'create {"forceLanguage":"en"}',
      'add /site/dist articles/**/*.html',
      'write /site/dist/pagefind',
      'close',
    ]);
  });

  it.each([
    [{ create: ['bad config'] }, /createIndex failed:\nbad config/],
    [{ add: ['unreadable'] }, /addDirectory failed:\nunreadable/],
    [{ write: ['disk full'] }, /writeFiles failed:\ndisk full/],
    [{ pages: 0 }, /no page with data-pagefind-body/],
  ])('fails the build on %j, and still closes', async (overrides, message) => {
    const { api, calls } = fake(overrides);
    await expect(indexSite(api, '/site/dist')).rejects.toThrow(message);
    expect(calls.at(-1)).toBe('close');
  });
});

describe('removeUnusedUi', () => {
  it("deletes Pagefind's ready-made interfaces and keeps what the search page and the highlighter load", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-bundle-'));
    mkdirSync(join(dir, 'fragment'));
    // The names Pagefind 1.x writes into its bundle folder.
    const ui = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css'];
    const kept = [
      'pagefind.js',
      'pagefind-highlight.js',
      'pagefind-worker.js',
      'pagefind-entry.json',
      'wasm.en.pagefind',
    ];
    for (const name of [...ui, 'pagefind-component-ui.js', 'pagefind-component-ui.css', ...kept])
      writeFileSync(join(dir, name), '');
    expect(removeUnusedUi(dir).sort()).toEqual([...ui, 'pagefind-component-ui.js', 'pagefind-component-ui.css'].sort());
    expect(readdirSync(dir).sort()).toEqual([...kept, 'fragment'].sort());
    rmSync(dir, { recursive: true });
  });
});
