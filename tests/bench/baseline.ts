/**
 * The benchmark's baseline: the same Markdown built by a plain Astro site — one page per article
 * rendered by Astro's default Markdown processor, and a list — with no annotation, cross-links,
 * citations or search index.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'package.json': '{ "name": "baseline", "private": true, "type": "module" }\n',
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "export const collections = { articles: defineCollection({ loader: glob({ base: './content/articles', pattern: '**/*.md' }) }) };",
    '',
  ].join('\n'),
  'src/pages/index.astro': [
    '---',
    "import { getCollection } from 'astro:content';",
    "const articles = await getCollection('articles');",
    '---',
    '<html lang="en"><head><meta charset="utf-8" /><title>Articles</title></head><body><ul>',
    '{articles.map((a) => <li><a href={`/articles/${a.id}/`}>{String(a.data.title)}</a></li>)}',
    '</ul></body></html>',
    '',
  ].join('\n'),
  'src/pages/articles/[slug].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    'export async function getStaticPaths() {',
    "  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<html lang="en"><head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>',
    '<body><h1>{String(entry.data.title)}</h1><Content /></body></html>',
    '',
  ].join('\n'),
};

/**
 * Write the baseline project into `dir`, sharing `nodeModules` and reading `articlesDir`.
 * @example writeBaselineProject('/tmp/b', '/repo/node_modules', '/tmp/site/content/articles')
 */
export function writeBaselineProject(dir: string, nodeModules: string, articlesDir: string): void {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  mkdirSync(join(dir, 'content'), { recursive: true });
  symlinkSync(articlesDir, join(dir, 'content', 'articles'));
}
