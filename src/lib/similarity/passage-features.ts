/**
 * What a passage is compared by, shared by alignment and related passages so that both views
 * judge "the same thing" alike: its distinctive words, plus the curated annotations an editor has
 * attached to it (entities it names, events it reports, claims it states).
 */
import { listTerms } from './feature-space.ts';

/** A passage with its curated annotations (each list empty when none apply). */
export interface PassageFeatures {
  text: string;
  /** Entity ids, once per mention. */
  entities?: string[];
  /** Ids of the curated events the passage speaks of. */
  events?: string[];
  /** Ids of the curated claims the passage states. */
  claims?: string[];
}

/** Annotation features are marked so they never collide with a word. */
const ENTITY = '@';
const EVENT = '!';
const CLAIM = '#';
/** A shared entity counts for more than a shared word: it is a curated, unambiguous link. */
const ENTITY_BOOST = 1.5;
/** A shared event counts most: an editor has read both passages as speaking of the same thing. */
const EVENT_BOOST = 3;
/** So does a shared claim: both passages state the same thing (a figure, a date), agreeing or not. */
const CLAIM_BOOST = 3;

/**
 * Below this score two passages are not close: a passage then has no counterpart in that article
 * ("no close counterpart") and the other passage is not shown as related, rather than pointing to
 * the least unrelated one. On the gold set (tests/fixtures/alignment-gold.yaml) Align's precision@1
 * stays within 0.03 of its best from 0.11 to 0.16; chosen on that small set, so indicative (see
 * README.md).
 */
export const MIN_CLOSE_SCORE = 0.15;

/**
 * The features of a passage: its terms, then its entities, events and claims, marked.
 * @example listFeatures({ text: 'The CGTP strike', entities: ['cgtp'], events: ['strike'], claims: ['date'] })
 * // ['cgtp', 'strike', '@cgtp', '!strike', '#date']
 */
export function listFeatures(passage: PassageFeatures): string[] {
  return [
    ...listTerms(passage.text),
    ...(passage.entities ?? []).map((e) => ENTITY + e),
    ...(passage.events ?? []).map((e) => EVENT + e),
    ...(passage.claims ?? []).map((c) => CLAIM + c),
  ];
}

/**
 * How much a feature counts beside a word (1).
 * @example [featureBoost('strike'), featureBoost('@cgtp'), featureBoost('!strike')] // [1, 1.5, 3]
 */
export function featureBoost(feature: string): number {
  if (feature.startsWith(EVENT)) return EVENT_BOOST;
  if (feature.startsWith(CLAIM)) return CLAIM_BOOST;
  return feature.startsWith(ENTITY) ? ENTITY_BOOST : 1;
}
