/** The curated annotations and the committed corpus, resolved as the build resolves them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { loadYamlList } from '../../src/ingest/load-catalog.ts';
import { buildAnnotationIndex, type CorpusPassage } from '../../src/lib/annotations/annotation-index.ts';
import { aliasText } from '../../src/lib/annotations/mentions.ts';
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

/** Every printed form of every curated entity, with whether entities.yaml marks it as a misspelling. */
export function listAliases(entities = loadCurated().entities): { entity: string; text: string; sic: boolean }[] {
  return entities.flatMap((e) =>
    e.aliases.map((a) => ({ entity: e.id, text: aliasText(a), sic: typeof a !== 'string' && a.sic })),
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");

/**
 * An oracle for mentions, independent of the site's matcher: where each form occurs as a whole
 * word, scanning form by form (not with the one combined expression the site uses), dropping
 * occurrences inside a longer form of any entity.
 */
export function listOccurrences(
  text: string,
  aliases: { entity: string; text: string; sic: boolean }[],
): { entity: string; start: number; end: number; sic: boolean }[] {
  const all = aliases.flatMap(({ entity, text: alias, sic }) =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => ({
      entity,
      sic,
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
  return all
    .filter(
      (o) => !all.some((x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start),
    )
    .sort((a, b) => a.start - b.start);
}
