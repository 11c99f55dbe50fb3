/**
 * Parse and validate seeds/sources.yaml against the schema and the catalogue of publishers and
 * tendencies, reporting every problem with its line.
 */
import { isMap } from 'yaml';
import type { Publisher, Tendency } from '../schemas/catalog.ts';
import { SourceEntrySchema, SourcesSchema, type Sources } from '../schemas/sources.ts';
import { IngestError, IngestErrors } from './errors.ts';
import { parseYamlWithLines } from './parse-yaml.ts';
import { createYamlLines } from './yaml-lines.ts';

const SCHEMA_FIX =
  'see src/schemas/sources.ts for the fields, and bases in-text, source-url, verified-elsewhere, internal-evidence, devised, unknown';

/**
 * Read sources.yaml text into typed entries.
 * @throws IngestErrors listing every problem with file and line.
 */
export function loadSources(
  file: string,
  text: string,
  context: { seeds: string[]; publishers: Publisher[]; tendencies: Tendency[] },
): Sources {
  const { doc, counter } = parseYamlWithLines(file, text);
  const lines = createYamlLines(doc, counter);
  // parseYamlWithLines has already refused aliases that expand too far.
  const raw: unknown = doc.toJS() ?? {};
  const errors: IngestError[] = [];
  const seeds = new Set(context.seeds);
  // Seed names are checked even when an entry is malformed, so that one run reports everything.
  if (isMap(doc.contents)) {
    for (const seed of Object.keys(raw as object)) {
      if (!seeds.has(seed))
        errors.push(
          new IngestError(
            file,
            lines.keyLine([seed]),
            `names seed "${seed}", which is not in the seeds folder`,
            'correct the file name, or remove the entry',
          ),
        );
    }
  }
  const parsed = SourcesSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // zod names the map; the reader needs the misspelt key's own line.
        const fields = issue.path.length === 1 ? Object.keys(SourceEntrySchema.shape) : ['value', 'basis', 'note'];
        for (const key of issue.keys)
          errors.push(
            new IngestError(
              file,
              lines.keyLine([...issue.path, key]),
              `${issue.path.join('.')}: unknown field "${key}"`,
              `correct its spelling or remove it; the fields here are ${fields.join(', ')}`,
            ),
          );
      } else {
        errors.push(
          new IngestError(
            file,
            lines.valueLine(issue.path),
            `${issue.path.join('.') || '(top level)'}: ${issue.message}`,
            SCHEMA_FIX,
          ),
        );
      }
    }
    throw new IngestErrors(errors);
  }
  const publisherIds = new Set(context.publishers.map((p) => p.id));
  const tendencyIds = new Set(context.tendencies.map((t) => t.id));
  for (const [seed, entry] of Object.entries(parsed.data)) {
    if (entry.publisher && !publisherIds.has(entry.publisher.value)) {
      errors.push(
        new IngestError(
          file,
          lines.valueLine([seed, 'publisher', 'value']),
          `unknown publisher "${entry.publisher.value}" (known: ${[...publisherIds].join(', ')})`,
          'use an id from content/publishers.yaml, or add the publisher there',
        ),
      );
    }
    if (entry.tendency && !tendencyIds.has(entry.tendency.value)) {
      errors.push(
        new IngestError(
          file,
          lines.valueLine([seed, 'tendency', 'value']),
          `unknown current "${entry.tendency.value}" (known: ${[...tendencyIds].join(', ')})`,
          'use an id from content/tendencies.yaml, or add the current there',
        ),
      );
    }
  }
  if (errors.length > 0) throw new IngestErrors(errors);
  return parsed.data;
}
