/**
 * Resolve W3C TextQuoteSelectors (`exact`, with optional `prefix`/`suffix`) against passages.
 * A quote never spans two passages. Straight and curly quotes are treated as the same character,
 * so a curator may type either.
 */
import type { QuoteSelector } from '../../schemas/annotations.ts';
import { foldQuotes } from '../passages/text.ts';

/** A passage as the resolver sees it. */
export interface QuotablePassage {
  article: string;
  id: string;
  text: string;
}

/** Where a quote lands: a passage and the character range of `exact` in its text. */
export interface QuoteMatch {
  article: string;
  passage: string;
  start: number;
  end: number;
}

/**
 * Every place a selector matches among `passages` (restricted to `selector.source` when given).
 * @example findQuote({ exact: 'b' }, [{ article: 'a', id: 'p1', text: 'a b c' }]) // [{ article: 'a', passage: 'p1', start: 2, end: 3 }]
 */
export function findQuote(selector: QuoteSelector, passages: QuotablePassage[]): QuoteMatch[] {
  const exact = foldQuotes(selector.exact);
  const prefix = foldQuotes(selector.prefix ?? '');
  const suffix = foldQuotes(selector.suffix ?? '');
  const matches: QuoteMatch[] = [];
  for (const passage of passages) {
    if (selector.source && passage.article !== selector.source) continue;
    const text = foldQuotes(passage.text);
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
      if (prefix && !text.slice(0, at).endsWith(prefix)) continue;
      if (suffix && !text.slice(at + exact.length).startsWith(suffix)) continue;
      matches.push({ article: passage.article, passage: passage.id, start: at, end: at + exact.length });
    }
  }
  return matches;
}

/** A quote that matches nowhere or in more than one place. */
export class QuoteError extends Error {
  constructor(
    readonly entry: string,
    readonly selector: QuoteSelector,
    readonly matches: QuoteMatch[],
  ) {
    const where =
      matches.length === 0
        ? 'matches no passage'
        : `matches ${String(matches.length)} places (${matches.map((m) => `${m.article}#${m.passage}`).join(', ')})`;
    const fix =
      matches.length === 0
        ? 'copy the words exactly from the article body'
        : 'add `source`, `prefix` or `suffix`, or quote more words, so that it matches once';
    super(`${entry}: the quote "${selector.exact}" ${where}: ${fix}.`);
    this.name = 'QuoteError';
  }
}

/**
 * Resolve a selector to exactly one place.
 * @throws QuoteError naming `entry` when it matches nowhere or in more than one place.
 * @example resolveQuote('events.yaml: juliaca', { exact: 'b' }, [{ article: 'a', id: 'p1', text: 'a b c' }]).passage // 'p1'
 */
export function resolveQuote(entry: string, selector: QuoteSelector, passages: QuotablePassage[]): QuoteMatch {
  const matches = findQuote(selector, passages);
  if (matches.length !== 1) throw new QuoteError(entry, selector, matches);
  return matches[0] as QuoteMatch;
}
