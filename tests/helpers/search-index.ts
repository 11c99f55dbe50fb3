/**
 * The site's search index built in memory from the committed content, as the build makes it
 * (`listSearchInput` over the articles in date order and the resolved annotations), opened with
 * the browser's engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadYamlList } from '../../src/ingest/load-catalog.ts';
import { sortByDate } from '../../src/lib/dates/dates.ts';
import { listBodyPassages } from '../../src/lib/passages/body.ts';
import { buildPassageIndex } from '../../src/lib/search/passage-index.ts';
import { PassageIndex } from '../../src/lib/search/passage-search.ts';
import { listSearchInput, type SearchArticle } from '../../src/lib/corpus/search-input.ts';
import { PublisherListSchema, TendencyListSchema } from '../../src/schemas/catalog.ts';
import { loadIndex } from './annotations.ts';
import { loadCommitted } from './corpus.ts';
import { CONTENT } from './project.ts';

/** The committed articles as search takes them, in date order. */
export function listSearchArticles(): SearchArticle[] {
  const publishers = loadYamlList(
    'content/publishers.yaml',
    readFileSync(join(CONTENT, 'publishers.yaml'), 'utf8'),
    PublisherListSchema,
  );
  const tendencies = loadYamlList(
    'content/tendencies.yaml',
    readFileSync(join(CONTENT, 'tendencies.yaml'), 'utf8'),
    TendencyListSchema,
  );
  return sortByDate(loadCommitted()).map((a) => ({
    slug: a.slug,
    title: a.data.title,
    date: a.data.date,
    dateRange: a.data.dateRange,
    authors: a.data.authors.map((x) => x.name),
    publisher: publishers.find((p) => p.id === a.data.publisher)?.name ?? null,
    tendency: tendencies.find((t) => t.id === a.data.tendency)?.name ?? null,
    passages: listBodyPassages(a.body),
  }));
}

/** The index files of the committed corpus: path → JSON text. */
export function buildCommittedIndex(): Map<string, string> {
  const input = listSearchInput(listSearchArticles(), loadIndex());
  return new Map(buildPassageIndex(input.articles, input.topics));
}

/** Open an index held in memory as the browser opens the built one. */
export function openIndex(files: Map<string, string>): Promise<PassageIndex> {
  return PassageIndex.open(async (path) => {
    const json = files.get(path.replace(/\?.*$/, ''));
    if (json === undefined) throw new Error(`no index file ${path}`);
    return JSON.parse(json) as unknown;
  });
}

/**
 * The passages a search lists, as `slug pN`, in the order a reader meets them: article by article
 * the passages shown, then those each article keeps behind "more" (opened on request), in the
 * same article order.
 */
export async function listedPassages(index: PassageIndex, q: string): Promise<string[]> {
  const outcome = await index.search(q, {}, Number.MAX_SAFE_INTEGER);
  const id = (h: (typeof outcome.hits)[number], p: { id: string }) => `${h.meta['slug'] ?? '?'} ${p.id}`;
  return [
    ...outcome.hits.flatMap((h) => h.passages.map((p) => id(h, p))),
    ...outcome.hits.flatMap((h) => h.more.map((p) => id(h, p))),
  ];
}
