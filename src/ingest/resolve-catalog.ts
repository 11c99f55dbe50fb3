/**
 * What only the catalogue knows: the publisher and public URL from sources.yaml, and the
 * political tendency, from sources.yaml or else from the publisher's entry in the catalogue.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { Provenance } from '../schemas/basis.ts';
import type { Publisher } from '../schemas/catalog.ts';
import type { SourceEntry } from '../schemas/sources.ts';
import { pageProvenance, sourcedProvenance, unknownProvenance, type Found } from './provenance.ts';

/** Publisher, tendency and public URL, each with its basis. */
export interface ResolvedCatalog {
  publisher: ArticleData['publisher'];
  tendency: ArticleData['tendency'];
  sourceUrl: ArticleData['sourceUrl'];
  provenance: { publisher: Provenance; tendency: Provenance; sourceUrl: Provenance };
}

const NOT_KNOWN = 'Not known from the text or from elsewhere.';

/** What a saved web page says of its site and its own address (see src/ingest/html/). */
export interface PageSite {
  siteName: Found<string> | null;
  canonicalUrl: Found<string> | null;
}

/**
 * The catalogue's publisher a page names as its site: only a name the catalogue spells the same
 * way (ignoring case), never a guess from a domain or a near match.
 */
function cataloguedSite(page: PageSite | null, publishers: Publisher[]): Publisher | undefined {
  const name = page?.siteName?.value.toLowerCase();
  return name ? publishers.find((p) => p.name.toLowerCase() === name) : undefined;
}

/**
 * Resolve publisher, tendency and URL from a sources.yaml entry, the publisher catalogue and, for
 * a saved web page, what the page says of its site and address. sources.yaml overrides the page.
 * @example resolveCatalog(undefined, []).tendency // null
 */
export function resolveCatalog(
  source: Pick<SourceEntry, 'publisher' | 'tendency' | 'sourceUrl'> | undefined,
  publishers: Publisher[],
  page: PageSite | null = null,
): ResolvedCatalog {
  const named = source?.publisher ? undefined : cataloguedSite(page, publishers);
  const publisher = source?.publisher?.value ?? named?.id ?? null;
  const publisherEntry = publishers.find((p) => p.id === publisher);
  const publisherProvenance: Provenance = source?.publisher
    ? sourcedProvenance(source.publisher)
    : named && page?.siteName
      ? {
          basis: 'page-metadata',
          note: `The page names its site “${page.siteName.value}” (${page.siteName.evidence}), the catalogue’s ${named.name}.`,
        }
      : page?.siteName
        ? unknownProvenance(
            `The page names its site “${page.siteName.value}” (${page.siteName.evidence}), which is not in the catalogue of publishers.`,
          )
        : unknownProvenance(NOT_KNOWN);
  const tendencyProvenance: Provenance = source?.tendency
    ? sourcedProvenance(source.tendency)
    : publisherEntry && publisherProvenance.basis !== 'unknown'
      ? // Reader-facing note: "current" is the site's word for a tendency.
        { basis: publisherProvenance.basis, note: `The publisher ${publisherEntry.name} belongs to this current.` }
      : unknownProvenance(NOT_KNOWN);
  const pageUrl = page?.canonicalUrl ?? null; // second to sources.yaml's, below
  return {
    publisher,
    tendency: source?.tendency?.value ?? publisherEntry?.tendency ?? null,
    sourceUrl: source?.sourceUrl?.value ?? pageUrl?.value ?? null,
    provenance: {
      publisher: publisherProvenance,
      tendency: tendencyProvenance,
      sourceUrl: source?.sourceUrl
        ? sourcedProvenance(source.sourceUrl)
        : pageUrl
          ? pageProvenance(pageUrl)
          : unknownProvenance('No public address of this article is known.'),
    },
  };
}
