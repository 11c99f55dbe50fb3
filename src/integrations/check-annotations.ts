/**
 * Astro integration: before the build reads or writes anything, check content/publishers.yaml and
 * tendencies.yaml strictly, and resolve content/entities.yaml, events.yaml, claims.yaml and
 * framing.yaml against the committed articles, and stop with every problem at once (file, line,
 * entry, fix). Pages resolve the same annotations later, but a failure there reports only the
 * first problem and comes after Astro has emptied dist/; here dist/ stays as it was.
 */
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IngestErrors } from '../ingest/errors.ts';
import { loadYamlList } from '../ingest/load-catalog.ts';
import { AnnotationErrors, resolveAnnotations, type CorpusPassage } from '../lib/annotations/annotation-index.ts';
import { listBodyPassages } from '../lib/passages/body.ts';
import { ClaimSchema, EntitySchema, EventSchema } from '../schemas/annotations.ts';
import { resolveFraming } from '../lib/annotations/framing.ts';
import { FramingGroupSchema } from '../schemas/framing.ts';
import { PublisherSchema, TendencySchema } from '../schemas/catalog.ts';

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The passages of every article in `articlesDir`, each named by its file name as Astro's glob loader names it. */
async function readPassages(articlesDir: string): Promise<CorpusPassage[]> {
  const names = (await readdir(articlesDir)).filter((n) => n.endsWith('.md')).sort();
  const passages: CorpusPassage[] = [];
  for (const name of names) {
    const raw = await readFile(join(articlesDir, name), 'utf8');
    // Trimmed as Astro's Markdown loader trims `entry.body`, so the pages find these passages parsed.
    const body = (/^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(raw)?.[1] ?? raw).trim();
    const article = name.slice(0, -'.md'.length);
    for (const p of listBodyPassages(body)) passages.push({ article, id: p.id, n: p.n, text: p.text });
  }
  return passages;
}

/**
 * Every problem of the curated annotations in `contentDir` against its articles; empty when all resolve.
 * @example await listAnnotationProblems('content') // []
 */
export async function listAnnotationProblems(contentDir: string): Promise<string[]> {
  const problems: string[] = [];
  const load = async <T extends z.ZodType>(
    name: string,
    schema: T,
    schemaFile = 'src/schemas/annotations.ts',
  ): Promise<z.infer<T>[]> => {
    const text = await readOptional(join(contentDir, name));
    if (text === null) return [];
    try {
      return loadYamlList(`content/${name}`, text, z.array(schema), schemaFile) as z.infer<T>[];
    } catch (error) {
      if (!(error instanceof IngestErrors)) throw error;
      problems.push(...error.errors.map((e) => e.message));
      return [];
    }
  };
  const [, , entities, events, claims, framing, passages] = await Promise.all([
    // The catalogue is checked here too, strictly (an unknown key is refused, naming its line), so
    // no curated file reaches Astro's content layer unchecked.
    load('publishers.yaml', PublisherSchema, 'src/schemas/catalog.ts'),
    load('tendencies.yaml', TendencySchema, 'src/schemas/catalog.ts'),
    load('entities.yaml', EntitySchema),
    load('events.yaml', EventSchema),
    load('claims.yaml', ClaimSchema),
    load('framing.yaml', FramingGroupSchema, 'src/schemas/framing.ts'),
    readPassages(join(contentDir, 'articles')),
  ]);
  // A file that does not parse says so above; resolving the others against it would only add noise.
  if (problems.length > 0) return problems;
  try {
    // Resolving is the check; the similarity scores are the pages' business, computed once there.
    resolveAnnotations({ passages, entities, events, claims });
  } catch (error) {
    if (!(error instanceof AnnotationErrors)) throw error;
    problems.push(...error.problems);
  }
  try {
    resolveFraming({ passages, groups: framing });
  } catch (error) {
    if (!(error instanceof AnnotationErrors)) throw error;
    problems.push(...error.problems);
  }
  return problems;
}

/** The integration: `integrations: [checkAnnotations(), …]`. */
export default function checkAnnotations(): AstroIntegration {
  return {
    name: 'uprising-reader:check-annotations',
    hooks: {
      // Runs first thing in a build, before Astro's content layer reads content/ (so every curated
      // file is checked by the project, with its line and fix, never first by Astro) and before it
      // empties dist/, so a failed build leaves the last good site.
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const contentDir = fileURLToPath(new URL('content/', config.root));
        const problems = await listAnnotationProblems(contentDir);
        if (problems.length > 0) {
          throw new Error(
            `${String(problems.length)} problem${problems.length === 1 ? '' : 's'} in the curated files of content/; dist/ was left as it was:\n${problems.map((p) => `  ${p}`).join('\n')}`,
          );
        }
        // `npm run bench` reads the time from this line.
        const ms = Math.round(performance.now() - started);
        logger.info(`every annotation in content/ resolves against the articles (checked in ${ms} ms)`);
      },
    },
  };
}
