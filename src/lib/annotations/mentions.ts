/**
 * Find the mentions of curated entities in a text: every printed form (alias) of every entity,
 * on whole words, case-sensitive, longest form first, never overlapping. One regular expression
 * for all aliases, so a text is scanned once however many entities there are. The framing lexicon
 * uses the same matcher with `ignoreCase`, so its terms get the same handling of forms.
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

/** How a matcher compares forms: `ignoreCase` makes "Coup regime" a form of "coup regime". */
export interface MatchOptions {
  ignoreCase?: boolean;
  /** The file named when one form is listed twice. */
  file?: string;
}

/**
 * Compile a matcher for the aliases of `entities`.
 * @throws Error when one form is listed for two entities (the mention would be ambiguous).
 * @example compileMentions([{ id: 'cgtp', aliases: ['CGTP'] }]).find('the CGTP called')
 * // [{ entity: 'cgtp', text: 'CGTP', start: 4, end: 8, sic: false }]
 * @example compileMentions([{ id: 'coup', aliases: ['coup regime'] }], { ignoreCase: true }).find('Coup Regime')[0]?.text
 * // 'Coup Regime'
 */
export function compileMentions(
  entities: Pick<Entity, 'id' | 'aliases'>[],
  { ignoreCase = false, file = 'entities.yaml' }: MatchOptions = {},
): MentionMatcher {
  const fold = (s: string) => (ignoreCase ? foldQuotes(s).toLowerCase() : foldQuotes(s));
  const owners = new Map<string, { entity: string; sic: boolean }>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const text = aliasText(alias);
      const previous = owners.get(fold(text));
      if (previous && previous.entity !== entity.id)
        throw new Error(`${file}: "${text}" is listed for both ${previous.entity} and ${entity.id}: keep it in one.`);
      owners.set(fold(text), { entity: entity.id, sic: typeof alias !== 'string' && alias.sic });
    }
  }
  if (owners.size === 0) return { find: () => [] };
  const alternatives = [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(pattern);
  const regex = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    ignoreCase ? 'giu' : 'gu',
  );
  return {
    find(text) {
      const mentions: Mention[] = [];
      for (const match of text.matchAll(regex)) {
        const owner = owners.get(fold(match[0]));
        if (!owner) continue;
        const start = match.index;
        mentions.push({ entity: owner.entity, text: match[0], start, end: start + match[0].length, sic: owner.sic });
      }
      return mentions;
    },
  };
}
