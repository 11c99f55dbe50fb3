/**
 * The framing lexicon resolved against the passages: where each term of each group of
 * content/framing.yaml is printed. Terms are matched by the entity matcher (`mentions.ts`) with
 * case ignored: whole words, straight and curly apostrophes alike, the longest form of a group
 * first, never overlapping. Fails, naming every group and form at fault, when a form is printed
 * nowhere.
 */
import type { FramingGroup, FramingTerm } from '../../schemas/framing.ts';
import { foldQuotes } from '../passages/text.ts';
import { AnnotationErrors, type CorpusPassage } from './annotation-index.ts';
import { compileMentions, type Mention } from './mentions.ts';

/** Where one term is printed: each passage with its occurrences. */
export interface TermOccurrences {
  term: FramingTerm;
  passages: { article: string; id: string; n: number; mentions: Mention[] }[];
}

/** A group with each of its terms resolved. */
export interface ResolvedGroup {
  group: FramingGroup;
  terms: TermOccurrences[];
}

/**
 * Every printed form of a term: the term itself, then its other forms.
 * @example listForms({ id: 'uprising', term: 'uprising', forms: ['uprisings'] }) // ['uprising', 'uprisings']
 */
export function listForms(term: FramingTerm): string[] {
  return [term.term, ...term.forms];
}

/**
 * Resolve every group against the passages.
 * @throws AnnotationErrors naming every group and form (`framing.yaml: deaths: …`) printed nowhere.
 * @example resolveFraming({ passages: [{ article: 'a', id: 'p1', n: 1, text: 'A Massacre, then massacres.' }], groups: [{ id: 'g', title: 'G', note: 'x'.repeat(20), terms: [{ id: 'm', term: 'massacre', forms: [] }, { id: 'k', term: 'massacres', forms: [] }] }] })[0]?.terms[0]?.passages[0]?.mentions[0]?.text
 * // 'Massacre'
 */
export function resolveFraming(input: { passages: CorpusPassage[]; groups: FramingGroup[] }): ResolvedGroup[] {
  const problems: string[] = [];
  const resolved = input.groups.map((group) => {
    let matcher;
    try {
      matcher = compileMentions(
        group.terms.map((t) => ({ id: t.id, aliases: listForms(t) })),
        { ignoreCase: true, file: `framing.yaml: ${group.id}` },
      );
    } catch (error) {
      problems.push((error as Error).message);
      return { group, terms: [] };
    }
    const ids = group.terms.map((t) => t.id);
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
      problems.push(`framing.yaml: ${group.id}: the term id "${id}" is used twice: give each term its own id.`);
    const byTerm = new Map<string, TermOccurrences>(group.terms.map((term) => [term.id, { term, passages: [] }]));
    const printed = new Set<string>();
    for (const passage of input.passages) {
      const found = new Map<string, Mention[]>();
      for (const m of matcher.find(passage.text)) {
        found.set(m.entity, [...(found.get(m.entity) ?? []), m]);
        printed.add(foldQuotes(m.text).toLowerCase());
      }
      for (const [id, mentions] of found)
        byTerm.get(id)?.passages.push({ article: passage.article, id: passage.id, n: passage.n, mentions });
    }
    for (const term of group.terms)
      for (const form of listForms(term))
        if (!printed.has(foldQuotes(form).toLowerCase()))
          problems.push(
            `framing.yaml: ${group.id}: the form "${form}" of "${term.term}" occurs in no article body (or always inside a longer form of the group): remove it or copy it exactly from an article.`,
          );
    return { group, terms: [...byTerm.values()] };
  });
  if (problems.length > 0) throw new AnnotationErrors(problems);
  return resolved;
}
