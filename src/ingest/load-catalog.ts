/** Read the hand-written catalogue (content/publishers.yaml, content/tendencies.yaml) with line-precise errors. */
import type { Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { IngestError, IngestErrors } from './errors.ts';
import { parseYamlWithLines } from './parse-yaml.ts';

/**
 * Parse a YAML list and validate it with `schema`.
 * @throws IngestErrors naming the file and the line of each problem.
 */
export function loadYamlList<T extends z.ZodType>(
  file: string,
  text: string,
  schema: T,
  /** Where the fields are documented, for the fix. */
  schemaFile = 'src/schemas/catalog.ts',
): z.infer<T> {
  const { doc, counter } = parseYamlWithLines(file, text);
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  throw new IngestErrors(
    parsed.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as (string | number)[], true) as YamlNode | undefined;
      const start = node?.range?.[0];
      return new IngestError(
        file,
        start === undefined ? null : counter.linePos(start).line,
        `${issue.path.join('.')}: ${issue.message}`,
        `see ${schemaFile} for the fields`,
      );
    }),
  );
}
