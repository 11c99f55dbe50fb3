/** Frontmatter and body serialised to the Markdown file ingest writes. */
import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import { Document, isScalar, visit as visitYaml } from 'yaml';
import type { ArticleData } from '../schemas/article.ts';

/** Serialise frontmatter and body to Markdown with remark (it does the escaping). */
export function toMarkdown(data: ArticleData, body: RootContent[]): string {
  // Quote date-like strings: YAML 1.1 readers (Astro's among them) would otherwise make them Dates.
  const doc = new Document(data);
  visitYaml(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = doc.toString({ lineWidth: 0 }).trimEnd();
  const root: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...body] };
  return remark()
    .use(remarkFrontmatter, ['yaml'])
    .data('settings', { bullet: '-', emphasis: '_', fences: true, rule: '-' })
    .stringify(root);
}
