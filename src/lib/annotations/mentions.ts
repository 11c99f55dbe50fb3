/**
 * Find the mentions of curated entities in a text: every printed form (alias) of every entity,
 * on whole words, case-sensitive, longest form first, never overlapping. One regular expression
 * for all aliases, so a text is scanned once however many entities there are.
 */
import type { Alias, Entity } from '../../schemas/annotations.ts';
import { foldQuotes } from '../passages/text.ts';

/** One mention of an entity in a text. */
export interface Mention {
  entity: string;
  /** The form as printed. */
  text: string;
  start: number;
  end: number;
  /** The form is a misspelling (marked [sic]). */
  sic: boolean;
}

/** A compiled matcher for a set of entities. */
export interface MentionMatcher {
  find(text: string): Mention[];
}

/**
 * The text of an alias, whichever form it was written in.
 * @example aliasText({ text: 'Boularte', sic: true }) // 'Boularte'
 */
export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Straight and curly apostrophes are the same letter for matching. */
const pattern = (s: string) => escape(s).replace(/['’]/g, "['’]");

/**
 * Compile a matcher for the aliases of `entities`.
 * @throws Error when one form is listed for two entities (the mention would be ambiguous).
 * @example compileMentions([{ id: 'cgtp', aliases: ['CGTP'] }]).find('the CGTP called')
 * // [{ entity: 'cgtp', text: 'CGTP', start: 4, end: 8, sic: false }]
 */
export function compileMentions(entities: Pick<Entity, 'id' | 'aliases'>[]): MentionMatcher {
  const owners = new Map<string, { entity: string; sic: boolean }>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const text = aliasText(alias);
      const previous = owners.get(foldQuotes(text));
      if (previous && previous.entity !== entity.id)
        throw new Error(
          `entities.yaml: "${text}" is listed for both ${previous.entity} and ${entity.id}: keep it in one.`,
        );
      owners.set(foldQuotes(text), { entity: entity.id, sic: typeof alias !== 'string' && alias.sic });
    }
  }
  if (owners.size === 0) return { find: () => [] };
  const alternatives = [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(pattern);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    find(text) {
      const mentions: Mention[] = [];
      for (const match of text.matchAll(regex)) {
        const owner = owners.get(foldQuotes(match[0]));
        if (!owner) continue;
        const start = match.index;
        mentions.push({ entity: owner.entity, text: match[0], start, end: start + match[0].length, sic: owner.sic });
      }
      return mentions;
    },
  };
}
