/** The last check before a seed is written: its frontmatter fits the schema and a body is left. */
import { ArticleSchema, type ArticleData } from '../schemas/article.ts';
import { IngestError } from './errors.ts';

/**
 * The frontmatter as the schema reads it.
 * @throws IngestError when the frontmatter does not satisfy the article schema, or no passage is left.
 */
export function validateArticle(file: string, data: ArticleData, passageCount: number): ArticleData {
  const valid = ArticleSchema.safeParse(data);
  if (!valid.success) {
    const issue = valid.error.issues[0];
    throw new IngestError(
      file,
      null,
      `generated frontmatter is invalid at ${issue?.path.join('.')}: ${issue?.message}`,
      'check the seed and its sources.yaml entry',
    );
  }
  if (passageCount === 0) {
    throw new IngestError(
      file,
      null,
      'no body text is left once title, credits and site furniture are taken out',
      'check that the file holds the article itself, not only a page header or list',
    );
  }
  return valid.data;
}
