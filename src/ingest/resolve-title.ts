/**
 * The article's title and its basis: a title in sources.yaml wins, as a date there wins over a
 * printed one (two articles that print the same title need one to tell them apart), and the
 * printed title then stays visible in the title's note; else the printed title, else a devised
 * placeholder that says so.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { Provenance } from '../schemas/basis.ts';
import type { SourceEntry } from '../schemas/sources.ts';
import { pageProvenance, sourcedProvenance, type Found } from './provenance.ts';
import type { TextMeta } from './types.ts';

/** A title with its basis, and what the editors should be told about it. */
export interface ResolvedTitle {
  title: string;
  titleBasis: ArticleData['titleBasis'];
  provenance: Provenance;
  warnings: string[];
}

/** A saved web page's title (see src/ingest/html/), with its visible headline where it has one. */
export type PageTitle = Found<string> & { headline: Found<string> | null };

/**
 * Decide the title of seed `file` from what its text prints (or, for a saved web page, what its
 * metadata and headline say) and what sources.yaml devises. The title is Unicode-normalised (NFC)
 * here, the one place titles are made: a title saved decomposed ("Peru\u0301") and its composed twin
 * are one title, and one slug.
 * @example resolveTitle('a.txt', { title: null }, undefined).title // 'Untitled text from a.txt'
 * @example resolveTitle('a.txt', { title: null }, { title: { value: 'Peru\u0301', basis: 'in-text', note: 'n' } }).title === 'Per\u00fa' // true
 */
export function resolveTitle(
  file: string,
  meta: Pick<TextMeta, 'title'>,
  source: Pick<SourceEntry, 'title'> | undefined,
  page: PageTitle | null = null,
): ResolvedTitle {
  const resolved = decideTitle(file, meta, source, page);
  return { ...resolved, title: resolved.title.normalize('NFC') };
}

function decideTitle(
  file: string,
  meta: Pick<TextMeta, 'title'>,
  source: Pick<SourceEntry, 'title'> | undefined,
  page: PageTitle | null,
): ResolvedTitle {
  if (source?.title) {
    const { basis, note } = sourcedProvenance(source.title);
    const kept = meta.title
      ? ` The text prints the title “${meta.title.text}” (line ${meta.title.line} of the saved page).`
      : page
        ? ` The page gives the title “${page.value}” (${page.evidence}).`
        : '';
    // Not the text's own title, so shown and cited as the editors' (in brackets), its note saying why.
    return {
      title: source.title.value,
      titleBasis: 'devised',
      provenance: { basis, note: `${note}${kept}` },
      warnings: [],
    };
  }
  if (meta.title) {
    return {
      title: meta.title.text,
      titleBasis: 'printed',
      provenance: { basis: 'in-text', note: `Printed as the headline, on line ${meta.title.line} of the saved page.` },
      warnings: [],
    };
  }
  if (page) {
    // The visible headline is printed text; metadata is the page's own word for its headline.
    const visible = page.evidence === page.headline?.evidence;
    const differs =
      page.headline && !visible && page.headline.value !== page.value
        ? ` The page’s visible headline reads “${page.headline.value}”.`
        : '';
    return {
      title: page.value,
      titleBasis: 'printed',
      provenance: visible
        ? { basis: 'in-text', note: 'Printed as the page’s headline (its <h1>).' }
        : { basis: 'page-metadata', note: `${pageProvenance(page).note}${differs}` },
      warnings: [],
    };
  }
  return {
    title: `Untitled text from ${file}`,
    titleBasis: 'devised',
    provenance: { basis: 'devised', note: 'The text prints no title, and none is known from elsewhere.' },
    warnings: [`${file}: no title in the text or in sources.yaml; a placeholder title was devised`],
  };
}
