/**
 * The article's title and its basis: a title in sources.yaml wins, as a date there wins over a
 * printed one (two articles that print the same title need one to tell them apart); the printed
 * title then stays visible in the title's note. Otherwise the printed title, else a placeholder.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { Provenance } from '../schemas/basis.ts';
import type { SourceEntry } from '../schemas/sources.ts';
import type { TextMeta } from './types.ts';

/** What the frontmatter says about the title, and the warnings it gives. */
export interface ChosenTitle {
  title: string;
  titleBasis: ArticleData['titleBasis'];
  provenance: Provenance;
  warnings: string[];
}

/**
 * Choose the title of `file` from the text and its sources.yaml entry.
 * @example chooseTitle('a.txt', { text: 'Peru', line: 1 }, undefined).titleBasis // 'printed'
 */
export function chooseTitle(
  file: string,
  printed: TextMeta['title'],
  source: SourceEntry['title'] | undefined,
): ChosenTitle {
  if (source) {
    const kept = printed ? ` The text prints the title “${printed.text}” (seed line ${printed.line}).` : '';
    // Not the text's title, so shown and cited as the editors' (in brackets), with the note saying why.
    return {
      title: source.value,
      titleBasis: 'devised',
      provenance: { basis: source.basis, note: `${source.note}${kept}` },
      warnings: [],
    };
  }
  if (printed) {
    return {
      title: printed.text,
      titleBasis: 'printed',
      provenance: { basis: 'in-text', note: `Printed at seed line ${printed.line}.` },
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
