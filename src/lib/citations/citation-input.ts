/** Build a {@link CitationInput} from an article's frontmatter (pure: names passed in). */
import type { ArticleData } from '../../schemas/article.ts';
import type { CitationInput } from './citations.ts';

/**
 * The citation data of an article.
 * @example toCitationInput(data, 'Left Voice', 'https://site/articles/x/')
 */
export function toCitationInput(
  data: Pick<
    ArticleData,
    | 'title'
    | 'titleBasis'
    | 'authors'
    | 'translators'
    | 'date'
    | 'dateRange'
    | 'dateBasis'
    | 'datePrintedIso'
    | 'sourceUrl'
  >,
  publisher: string | null,
  url: string,
): CitationInput {
  return {
    title: data.title,
    titleBasis: data.titleBasis,
    authors: data.authors.map((a) => a.name),
    translators: data.translators.map((t) => t.name),
    publisher,
    date: data.date,
    dateRange: data.dateRange,
    dateStated: data.dateBasis === 'in-text' || data.dateBasis === 'source-url' || data.dateBasis === 'page-metadata',
    datePrintedIso: data.datePrintedIso !== null && data.datePrintedIso !== data.date ? data.datePrintedIso : null,
    url,
    sourceUrl: data.sourceUrl,
  };
}
