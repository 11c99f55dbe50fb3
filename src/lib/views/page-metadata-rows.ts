/** The header rows for what a saved web page says about itself (articles ingested from HTML only). */
import type { ArticleData } from '../../schemas/article.ts';
import { formatIsoDate } from '../dates/dates.ts';
import type { HeaderRow } from './article-view.ts';

/**
 * One row per value the page states, each with its evidence ("From the page’s metadata (og:site_name).").
 * @example listPageMetadataRows(undefined) // []
 */
export function listPageMetadataRows(page: ArticleData['page']): HeaderRow[] {
  if (!page) return [];
  const rows: HeaderRow[] = [];
  if (page.siteName) rows.push({ label: 'Site', value: page.siteName.value, evidence: page.siteName.note });
  if (page.dateModified) {
    rows.push({ label: 'Updated', value: formatIsoDate(page.dateModified.value), evidence: page.dateModified.note });
  }
  if (page.language) rows.push({ label: 'Language', value: page.language.value, evidence: page.language.note });
  return rows;
}
