/**
 * The framing lexicon of the built corpus (content/framing.yaml), resolved once per build. The
 * file is read as written, not as a content collection, because its order is the editors' order of
 * the groups and a collection returns its entries sorted by id. The schema and the line-precise
 * errors are the same as the build's check (src/integrations/check-annotations.ts).
 */
import { z } from 'astro/zod';
import framingYaml from '../../../content/framing.yaml?raw';
import { loadYamlList } from '../../ingest/load-catalog.ts';
import { FramingGroupSchema } from '../../schemas/framing.ts';
import { resolveFraming, type ResolvedGroup } from '../annotations/framing.ts';
import { loadAnnotations, type Annotations } from './load-annotations.ts';

let cached: Promise<{ annotations: Annotations; groups: ResolvedGroup[] }> | null = null;

/** Load the framing groups and resolve them against the passages (memoised per build). */
export function loadFraming(): Promise<{ annotations: Annotations; groups: ResolvedGroup[] }> {
  cached ??= (async () => {
    const annotations = await loadAnnotations();
    const groups = loadYamlList(
      'content/framing.yaml',
      framingYaml,
      z.array(FramingGroupSchema),
      'src/schemas/framing.ts',
    );
    return { annotations, groups: resolveFraming({ passages: [...annotations.passages.values()], groups }) };
  })();
  return cached;
}
