/** The article's URL slug, from its title. */
import GithubSlugger from 'github-slugger';

/** Longest slug, cut at a word boundary, so that URLs stay readable. */
const MAX_SLUG = 64;

/**
 * A URL slug from a title.
 * @example slugFromTitle('Peru: Long live the rebellion!') // 'peru-long-live-the-rebellion'
 */
export function slugFromTitle(title: string): string {
  const full = new GithubSlugger().slug(title.replace(/[[\]]/g, '')).replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (full.length <= MAX_SLUG) return full || 'untitled';
  const cut = full.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG);
}
