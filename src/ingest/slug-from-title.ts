/** The article's URL slug, from its title. */
import GithubSlugger from 'github-slugger';
import { ARTICLE_SLUG } from '../lib/routes/routes.ts';

/** Longest slug, cut at a word boundary, so that URLs stay readable. */
const MAX_SLUG = 64;

/** Names Windows reserves for devices: a folder or file so named cannot be checked out there. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/**
 * A URL slug from a title, composed (NFC) as the file system and every link will hold it, and of
 * the characters the collection and the routes accept ({@link ARTICLE_SLUG}).
 * @example slugFromTitle('Peru: Long live the rebellion!') // 'peru-long-live-the-rebellion'
 * @example slugFromTitle('Peru\u0301 strike') === slugFromTitle('Per\u00fa strike') // true
 * @example slugFromTitle('Con') // 'con-article'
 */
export function slugFromTitle(title: string): string {
  const full = new GithubSlugger()
    .slug(title.normalize('NFC').replace(/[[\]]/g, ''))
    .normalize('NFC')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  // github-slugger keeps letters, marks, digits, `-` and `_`: what ARTICLE_SLUG takes. Anything else is a bug here.
  if (full && !ARTICLE_SLUG.test(full.slice(0, 100)))
    throw new Error(`slug "${full}" has characters a link cannot carry`);
  // "Con" as a whole title would name content/articles/con.md, which Windows cannot check out.
  if (WINDOWS_RESERVED.test(full)) return `${full}-article`;
  if (full.length <= MAX_SLUG) return full || 'untitled';
  const cut = full.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG);
}
