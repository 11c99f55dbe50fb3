/** The curated annotations and the committed corpus, resolved as the build resolves them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { loadYamlList } from '../../src/ingest/load-catalog.ts';
import { buildAnnotationIndex, type CorpusPassage } from '../../src/lib/annotations/annotation-index.ts';
import { listBodyPassages } from '../../src/lib/passages/body.ts';
import { ClaimSchema, EntitySchema, EventSchema } from '../../src/schemas/annotations.ts';
import { loadCommitted } from './corpus.ts';
import { CONTENT } from './project.ts';

const read = <T extends z.ZodType>(name: string, schema: T): z.infer<T>[] => {
  const path = join(CONTENT, name);
  if (!existsSync(path)) return [];
  return loadYamlList(`content/${name}`, readFileSync(path, 'utf8'), z.array(schema)) as z.infer<T>[];
};

/** The curated files, validated with the collection schemas. */
export function loadCurated() {
  return {
    entities: read('entities.yaml', EntitySchema),
    events: read('events.yaml', EventSchema),
    claims: read('claims.yaml', ClaimSchema),
  };
}

/** Every passage of the committed corpus. */
export function loadCorpusPassages(): CorpusPassage[] {
  return loadCommitted().flatMap((a) =>
    listBodyPassages(a.body).map((p) => ({ article: a.slug, id: p.id, n: p.n, text: p.text })),
  );
}

/** The annotation index of the committed corpus. */
export function loadIndex() {
  return buildAnnotationIndex({ passages: loadCorpusPassages(), ...loadCurated() });
}
