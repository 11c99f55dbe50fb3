/**
 * Parse and validate seeds/sources.yaml against the schema and the catalogue of publishers and
 * tendencies, reporting every problem with its line.
 */
import { isMap, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import type { Publisher, Tendency } from '../schemas/catalog.ts';
import { SourcesSchema, type Sources } from '../schemas/sources.ts';
import { IngestError, IngestErrors } from './errors.ts';
import { parseYamlWithLines } from './parse-yaml.ts';

/** Line of a top-level key (a seed name) of the document. */
function lineOfKey(doc: Document.Parsed, counter: LineCounter, key: string): number | null {
  const contents = doc.contents;
  if (!isMap(contents)) return null;
  const pair = contents.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
  const start = (pair?.key as YamlNode | undefined)?.range?.[0];
  return start === undefined ? null : counter.linePos(start).line;
}

function lineOfPath(doc: Document.Parsed, counter: LineCounter, path: PropertyKey[]): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true) as YamlNode | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return counter.linePos(start).line;
    // a key whose value is missing: find the key itself
    const parent = doc.getIn(path.slice(0, depth - 1) as (string | number)[], true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === path[depth - 1]);
      const keyStart = (pair?.key as YamlNode | undefined)?.range?.[0];
      if (keyStart !== undefined) return counter.linePos(keyStart).line;
    }
  }
  return null;
}

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
  const raw: unknown = doc.toJS() ?? {};
  const parsed = SourcesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new IngestErrors(
      parsed.error.issues.map(
        (issue) =>
          new IngestError(
            file,
            lineOfPath(doc, counter, issue.path),
            `${issue.path.join('.') || '(top level)'}: ${issue.message}`,
            'see src/schemas/sources.ts for the fields, and bases in-text, source-url, verified-elsewhere, internal-evidence, devised, unknown',
          ),
      ),
    );
  }
  const errors: IngestError[] = [];
  const publisherIds = new Set(context.publishers.map((p) => p.id));
  const tendencyIds = new Set(context.tendencies.map((t) => t.id));
  for (const [seed, entry] of Object.entries(parsed.data)) {
    if (!context.seeds.includes(seed)) {
      errors.push(
        new IngestError(
          file,
          lineOfKey(doc, counter, seed),
          `names seed "${seed}", which is not in the seeds folder`,
          'correct the file name, or remove the entry',
        ),
      );
    }
    if (entry.publisher && !publisherIds.has(entry.publisher.value)) {
      errors.push(
        new IngestError(
          file,
          lineOfPath(doc, counter, [seed, 'publisher', 'value']),
          `unknown publisher "${entry.publisher.value}" (known: ${[...publisherIds].join(', ')})`,
          'use an id from content/publishers.yaml, or add the publisher there',
        ),
      );
    }
    if (entry.tendency && !tendencyIds.has(entry.tendency.value)) {
      errors.push(
        new IngestError(
          file,
          lineOfPath(doc, counter, [seed, 'tendency', 'value']),
          `unknown current "${entry.tendency.value}" (known: ${[...tendencyIds].join(', ')})`,
          'use an id from content/tendencies.yaml, or add the current there',
        ),
      );
    }
  }
  if (errors.length > 0) throw new IngestErrors(errors);
  return parsed.data;
}
