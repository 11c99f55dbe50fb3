// ESLint flat config. Lives in tests/ because the brief fixes the project's top level;
// `npm run lint` passes it with --config.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * What runs in the reader's browser: the page scripts, and the lib folders they may import.
 * tests/unit/lint/browser-boundary.test.ts proves the rule below fires.
 */
export const BROWSER_FILES = [
  'src/scripts/**/*.ts',
  'src/lib/routes/**/*.ts',
  'src/lib/search/**/*.ts',
  'src/lib/compare/**/*.ts',
  'src/lib/citations/**/*.ts',
  'src/lib/dates/**/*.ts',
  'src/lib/collection/**/*.ts',
];

/** Build-only modules: they need Node, the content layer or the Markdown toolchain. */
export const BUILD_ONLY = [
  'astro:*',
  'node:*',
  'astro',
  'astro/*',
  'pagefind',
  'yaml',
  'unified',
  'remark',
  'remark-*',
  'rehype',
  'rehype-*',
  'mdast-*',
  'hast-*',
  'hastscript',
  'github-slugger',
  '**/annotations/**',
  '**/corpus/**',
  '**/data/**',
  '**/passages/**',
  '**/render/**',
  '**/similarity/**',
  '**/timeline/**',
  '**/views/**',
  '**/ingest/**',
  '**/integrations/**',
  '**/schemas/**',
];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', '**/*.astro'] },
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: BROWSER_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: BUILD_ONLY,
              // Types vanish from the bundle, so a schema's type may be named.
              allowTypeImports: true,
              message:
                'Browser code (src/scripts and lib/routes, search, compare, citations, dates, collection) must not import build-only modules: move the shared piece into one of those folders.',
            },
          ],
        },
      ],
    },
  },
);
