/**
 * The Atom feed of the articles (/feed.xml), written by the `feed` library: newest first by date of
 * writing, each entry with its permalink, authors, current and a summary (the standfirst as
 * printed, or the opening of ¶1). The feed carries summaries, not whole texts: the page is the text.
 */
import { Feed } from 'feed';
import type { ArticleView } from '../corpus/load-corpus.ts';
import { listBodyPassages } from '../passages/body.ts';
import { firstWords } from '../passages/text.ts';
import { absoluteUrl, routes } from '../routes/routes.ts';

/** Words of ¶1 in a summary when no standfirst is printed. */
const SUMMARY_WORDS = 60;

/**
 * Text as HTML text: the library writes titles and summaries as `type="html"`, so a `<` or `&` in an
 * article's words must reach a feed reader as a character, never as markup.
 * @example escapeHtml('Fish & <chips>') // 'Fish &amp; &lt;chips&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** An ISO date as the UTC midnight Atom needs (the corpus knows days, not hours). */
const atDay = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/**
 * The feed as Atom 1.0 XML. An entry's `published` and `updated` are its date of writing; where that
 * is unknown the entry has no `published`, its `updated` is the feed's (Atom requires one: the newest
 * known date, or the time of the build when no date is known), and its summary says the date is unknown.
 */
export function toAtomFeed(articles: readonly ArticleView[], site: string | URL | undefined): string {
  const dated = articles.flatMap(({ entry }) => (entry.data.date ? [entry.data.date] : [])).sort();
  const newest = dated.at(-1);
  const home = absoluteUrl(routes.home(), site);
  const feed = new Feed({
    title: 'Uprising Reader: articles',
    description: 'The press of the 2022–23 Peruvian uprising, annotated: new articles of the corpus.',
    id: home,
    link: home,
    language: 'en',
    feedLinks: { atom: absoluteUrl(routes.feed(), site) },
    updated: newest ? atDay(newest) : new Date(),
    generator: 'Uprising Reader',
  });
  // The corpus comes oldest first with undated articles last; the feed wants newest first, undated still last.
  const newestFirst = [
    ...articles.filter(({ entry }) => entry.data.date).reverse(),
    ...articles.filter(({ entry }) => !entry.data.date),
  ];
  const fallback = newest ? atDay(newest) : new Date();
  for (const { entry, tendency, publisher } of newestFirst) {
    const url = absoluteUrl(routes.article(entry.id), site);
    const first = listBodyPassages(entry.body ?? '')[0]?.text ?? '';
    const opening = entry.data.dek ?? firstWords(first, SUMMARY_WORDS);
    const where = [publisher?.data.name, tendency?.data.name].filter(Boolean).join(' · ');
    const when = entry.data.date ? '' : ' Date of writing unknown.';
    feed.addItem({
      title: escapeHtml(entry.data.titleBasis === 'devised' ? `[${entry.data.title}]` : entry.data.title),
      id: url,
      link: url,
      date: entry.data.date ? atDay(entry.data.date) : fallback,
      ...(entry.data.date ? { published: atDay(entry.data.date) } : {}),
      description: escapeHtml(`${where ? `${where}. ` : ''}${opening}${when}`),
      author: entry.data.authors.map(({ name }) => ({ name })),
      ...(tendency ? { category: [{ name: tendency.data.name, term: tendency.id }] } : {}),
    });
  }
  return feed.atom1();
}
