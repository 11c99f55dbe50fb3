/**
 * A warning when ingest drops a large share of a seed's words as site furniture: a rule that
 * misread the article would otherwise lose text with exit 0 and only lines in the report.
 */
import { countWords } from '../lib/passages/text.ts';
import type { RemovedLine } from './types.ts';

/** Share of a seed's words above which dropping them is worth a warning (a site's lists are usually far less). */
export const MAX_DROPPED_SHARE = 0.25;

/**
 * The warning for one seed, or none: counts the words dropped as furniture (lines moved into the
 * frontmatter are still shown, so they do not count) against all the words of the seed.
 * @example listRemovalWarnings('a.txt', 'One two three four', [{ line: 1, text: 'One two', action: 'furniture', reason: 'share bar' }]).length // 1
 */
export function listRemovalWarnings(file: string, text: string, removed: RemovedLine[]): string[] {
  const dropped = removed.filter((r) => r.action === 'furniture');
  const droppedWords = dropped.reduce((sum, r) => sum + countWords(r.text), 0);
  const total = countWords(text);
  if (total === 0 || droppedWords / total <= MAX_DROPPED_SHARE) return [];
  const tail = dropped.find((r) => r.reason.startsWith('start of the site'));
  const first = tail ?? (dropped[0] as RemovedLine);
  const where = tail ? `from line ${first.line} on` : `the first at line ${first.line}`;
  const percent = Math.round((droppedWords / total) * 100);
  return [
    `${file}:${first.line}: ingest dropped ${droppedWords} of ${total} words (${percent}%) as site furniture, ${where} (${first.reason})\n` +
      `  fix: read content/ingest-report.json beside the seed; if any of it is the article's own text, the rules in src/ingest/remark-strip-furniture.ts misread this layout`,
  ];
}
