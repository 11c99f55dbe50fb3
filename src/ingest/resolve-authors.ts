/**
 * Who wrote and who translated the article, with the basis: a printed byline or credit wins;
 * authors known only from elsewhere come from sources.yaml.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { Provenance } from '../schemas/basis.ts';
import type { SourceEntry } from '../schemas/sources.ts';
import { savedPageLines, sourcedProvenance, unknownProvenance } from './provenance.ts';
import type { TextMeta } from './types.ts';

/** People credited for one role, with the basis. */
export interface ResolvedPeople {
  people: ArticleData['authors'];
  provenance: Provenance;
}

/**
 * The authors: the printed byline, else sources.yaml, else unknown (quoting the text's first note).
 * @example resolveAuthors({ authors: [{ name: 'Ana Paz', line: 4 }], notes: [] }, undefined).provenance.note // 'Printed in the byline, on line 4 of the saved page.'
 */
export function resolveAuthors(
  meta: Pick<TextMeta, 'authors' | 'notes'>,
  source: Pick<SourceEntry, 'authors'> | undefined,
): ResolvedPeople {
  if (meta.authors.length > 0) {
    // A role or place printed beside a name is not another author: the note keeps it.
    const roles = meta.authors.flatMap((a) => (a.role ? [`“${a.role}” beside ${a.name}`] : []));
    const beside = roles.length > 0 ? ` It also prints ${roles.join(' and ')}.` : '';
    return {
      people: meta.authors.map((a) => ({ name: a.name })),
      provenance: { basis: 'in-text', note: `Printed in the byline, on ${savedPageLines(meta.authors)}.${beside}` },
    };
  }
  if (source?.authors) {
    return { people: source.authors.value.map((name) => ({ name })), provenance: sourcedProvenance(source.authors) };
  }
  const said = meta.notes.length > 0 ? `; it says: “${meta.notes[0]}”` : '';
  return { people: [], provenance: unknownProvenance(`The text prints no byline${said}.`) };
}

/**
 * The translators, from the text's credits only.
 * @example resolveTranslators({ translators: [] }).provenance.basis // 'unknown'
 */
export function resolveTranslators(meta: Pick<TextMeta, 'translators'>): ResolvedPeople {
  return {
    people: meta.translators.map((t) => ({ name: t.name })),
    provenance:
      meta.translators.length > 0
        ? { basis: 'in-text', note: `Credited as translator on ${savedPageLines(meta.translators)}.` }
        : unknownProvenance('The text names no translator.'),
  };
}
