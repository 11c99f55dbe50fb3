/**
 * What only the catalogue knows: the publisher and public URL from sources.yaml, and the
 * political tendency, from sources.yaml or else from the publisher's entry in the catalogue.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { Provenance } from '../schemas/basis.ts';
import type { Publisher } from '../schemas/catalog.ts';
import type { SourceEntry } from '../schemas/sources.ts';
import { sourcedProvenance, unknownProvenance } from './provenance.ts';

/** Publisher, tendency and public URL, each with its basis. */
export interface ResolvedCatalog {
  publisher: ArticleData['publisher'];
  tendency: ArticleData['tendency'];
  sourceUrl: ArticleData['sourceUrl'];
  provenance: { publisher: Provenance; tendency: Provenance; sourceUrl: Provenance };
}

const NOT_KNOWN = 'Not known from the text or from elsewhere.';

/**
 * Resolve publisher, tendency and URL from a sources.yaml entry and the publisher catalogue.
 * @example resolveCatalog(undefined, []).tendency // null
 */
export function resolveCatalog(
  source: Pick<SourceEntry, 'publisher' | 'tendency' | 'sourceUrl'> | undefined,
  publishers: Publisher[],
): ResolvedCatalog {
  const publisher = source?.publisher?.value ?? null;
  const publisherEntry = publishers.find((p) => p.id === publisher);
  const tendencyProvenance: Provenance = source?.tendency
    ? sourcedProvenance(source.tendency)
    : publisherEntry && source?.publisher
      ? // Reader-facing note: "current" is the site's word for a tendency.
        { basis: source.publisher.basis, note: `The publisher ${publisherEntry.name} belongs to this current.` }
      : unknownProvenance(NOT_KNOWN);
  return {
    publisher,
    tendency: source?.tendency?.value ?? publisherEntry?.tendency ?? null,
    sourceUrl: source?.sourceUrl?.value ?? null,
    provenance: {
      publisher: source?.publisher ? sourcedProvenance(source.publisher) : unknownProvenance(NOT_KNOWN),
      tendency: tendencyProvenance,
      sourceUrl: source?.sourceUrl
        ? sourcedProvenance(source.sourceUrl)
        : unknownProvenance('No public address of this article is known.'),
    },
  };
}
