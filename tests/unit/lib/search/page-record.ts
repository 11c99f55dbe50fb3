/** Built article pages as Pagefind reads them, for the passage index's tests. */
import type { PageRecord } from '../../../../src/lib/search/passage-index.ts';

/** A page whose words are given passage by passage, after a two-word title. */
export function page(
  slug: string,
  date: string | null,
  passages: string[],
  filters: PageRecord['filters'] = {},
): PageRecord {
  const words = ['Title', slug];
  const anchors: PageRecord['anchors'] = [];
  for (const [i, text] of passages.entries()) {
    anchors.push({ id: `p${i + 1}`, location: words.length });
    words.push(...text.split(' '));
  }
  return {
    content: words.join(' '),
    meta: { slug, title: `Title ${slug}`, ...(date ? { date } : {}) },
    filters,
    anchors,
  };
}
