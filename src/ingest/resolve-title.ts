/**
 * The article's title and its basis: printed, else devised in sources.yaml, else a devised
 * placeholder that says so.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { Provenance } from '../schemas/basis.ts';
import type { SourceEntry } from '../schemas/sources.ts';
import { sourcedProvenance } from './provenance.ts';
import type { TextMeta } from './types.ts';

/** A title with its basis, and what the editors should be told about it. */
export interface ResolvedTitle {
  title: string;
  titleBasis: ArticleData['titleBasis'];
  provenance: Provenance;
  warnings: string[];
}

/**
 * Decide the title of seed `file` from what its text prints and what sources.yaml devises.
 * @example resolveTitle('a.txt', { title: null }, undefined).title // 'Untitled text from a.txt'
 */
export function resolveTitle(
  file: string,
  meta: Pick<TextMeta, 'title'>,
  source: Pick<SourceEntry, 'title'> | undefined,
): ResolvedTitle {
  if (meta.title) {
    return {
      title: meta.title.text,
      titleBasis: 'printed',
      provenance: { basis: 'in-text', note: `Printed at seed line ${meta.title.line}.` },
      warnings: source?.title ? [`${file}: prints a title; the devised title in sources.yaml is ignored`] : [],
    };
  }
  if (source?.title) {
    return {
      title: source.title.value,
      titleBasis: 'devised',
      provenance: sourcedProvenance(source.title),
      warnings: [],
    };
  }
  return {
    title: `Untitled text from ${file}`,
    titleBasis: 'devised',
    provenance: { basis: 'devised', note: 'The text prints no title and sources.yaml gives none.' },
    warnings: [`${file}: no title in the text or in sources.yaml; a placeholder title was devised`],
  };
}
