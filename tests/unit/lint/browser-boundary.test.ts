/** The browser boundary is a checked rule, not a convention: ESLint refuses build-only imports in browser code. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/project.ts';

const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: 'tests/eslint.config.js' });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('browser boundary', () => {
  const refused = [
    "import { getCollection } from 'astro:content';",
    "import { readFileSync } from 'node:fs';",
    "import { loadCorpus } from '../lib/corpus/load-corpus.ts';",
    "import { renderBody } from '../lib/render/render-body.ts';",
    "import { listBodyPassages } from '../lib/passages/body.ts';",
    "import { ArticleSchema } from '../schemas/article.ts';",
    "import { unified } from 'unified';",
  ];
  it.each(refused)('a page script may not say %s', async (line) => {
    expect(await ruleIds('src/scripts/probe.ts', `${line}\nexport const x = [${line.split(' ')[2]}];\n`)).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });

  it('nor may a browser-safe lib folder', async () => {
    const code = "import { loadCorpus } from '../corpus/load-corpus.ts';\nexport const x = loadCorpus;\n";
    expect(await ruleIds('src/lib/routes/probe.ts', code)).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('allows the browser-safe folders, and types from schemas', async () => {
    const code = [
      "import { routes } from '../lib/routes/routes.ts';",
      "import { groupHitsByPassage } from '../lib/search/search-hits.ts';",
      "import type { ArticleData } from '../schemas/article.ts';",
      'export const x: [unknown, unknown, ArticleData | null] = [routes, groupHitsByPassage, null];',
      '',
    ].join('\n');
    expect(await ruleIds('src/scripts/probe.ts', code)).toEqual([]);
  });

  it('leaves build code free to import what it needs', async () => {
    const code = "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n";
    expect(await ruleIds('src/lib/corpus/probe.ts', code)).toEqual([]);
  });
});
