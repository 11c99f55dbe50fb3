/** The committed articles shaped as `loadCorpus()` gives them to pages, for view-model tests without Astro. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleView } from '../../src/lib/corpus/load-corpus.ts';
import { loadCommitted } from './corpus.ts';
import { CONTENT } from './project.ts';

interface CatalogEntry {
  id: string;
  name: string;
  fullName: string;
  tendency: string;
}
const catalog = (file: string) => parseYaml(readFileSync(join(CONTENT, file), 'utf8')) as CatalogEntry[];

/** Every committed article with its publisher and tendency resolved, in date order. */
export function loadArticleViews(): ArticleView[] {
  const publishers = catalog('publishers.yaml');
  const tendencies = catalog('tendencies.yaml');
  return loadCommitted()
    .map(({ slug, data, body }) => {
      const publisher = publishers.find((p) => p.id === data.publisher);
      const tendency = tendencies.find((t) => t.id === data.tendency);
      // Astro's entries hold references ({ id }) where the frontmatter holds ids.
      return {
        entry: { id: slug, data, body },
        publisher: publisher && { id: publisher.id, data: { ...publisher, tendency: { id: publisher.tendency } } },
        tendency: tendency && { id: tendency.id, data: tendency },
      } as unknown as ArticleView;
    })
    .sort((a, b) => ((a.entry.data.date ?? '') < (b.entry.data.date ?? '') ? -1 : 1));
}
