import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { toAtomFeed } from '../../../../src/lib/data/atom-feed.ts';
import { listBodyPassages } from '../../../../src/lib/passages/body.ts';
import { loadArticleViews } from '../../../helpers/corpus-views.ts';

const SITE = 'https://reader.example/';
const ATOM = 'http://www.w3.org/2005/Atom';

/** The feed parsed as XML (linkedom's DOMParser), entries in document order. */
function parseFeed(xml: string) {
  const { DOMParser } = parseHTML('<!doctype html><html></html>');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const text = (el: Element | null | undefined, tag: string) => el?.getElementsByTagName(tag)[0]?.textContent ?? null;
  const root = doc.documentElement;
  return {
    root,
    updated: text(root, 'updated'),
    entries: [...root.getElementsByTagName('entry')].map((e) => ({
      id: text(e, 'id'),
      title: text(e, 'title'),
      summary: text(e, 'summary'),
      updated: text(e, 'updated'),
      published: text(e, 'published'),
      authors: [...e.getElementsByTagName('name')].map((n) => n.textContent),
    })),
  };
}

describe('toAtomFeed', () => {
  const views = loadArticleViews();

  it('is Atom with one entry per article, newest first, each under its permalink with its date and authors', () => {
    const { root, entries, updated } = parseFeed(toAtomFeed(views, SITE));
    expect(root.tagName.toLowerCase()).toBe('feed');
    expect(root.getAttribute('xmlns')).toBe(ATOM);
    const expected = views
      .filter((v) => v.entry.data.date)
      .sort((a, b) => (a.entry.data.date! < b.entry.data.date! ? 1 : -1))
      .concat(views.filter((v) => !v.entry.data.date));
    expect(entries.map((e) => e.id)).toEqual(expected.map((v) => `${SITE}articles/${v.entry.id}/`));
    expect(updated).toBe(`${expected[0]?.entry.data.date}T00:00:00.000Z`);
    entries.forEach((entry, i) => {
      const data = expected[i]!.entry.data;
      expect(entry.published).toBe(data.date ? `${data.date}T00:00:00.000Z` : null);
      expect(entry.authors).toEqual(data.authors.map((a) => a.name));
    });
  });

  it('summarises each article by its standfirst, or the opening words of ¶1', () => {
    const { entries } = parseFeed(toAtomFeed(views, SITE));
    for (const view of views) {
      const entry = entries.find((e) => e.id === `${SITE}articles/${view.entry.id}/`);
      const first = listBodyPassages(view.entry.body ?? '')[0]?.text ?? '';
      const opening = view.entry.data.dek ?? first.split(/\s+/).slice(0, 10).join(' ');
      expect(entry?.summary).toContain(opening);
    }
  });

  it('gives an article’s words to feed readers as text, never as markup', () => {
    const [first] = views;
    const hostile = {
      ...first!,
      entry: {
        ...first!.entry,
        data: { ...first!.entry.data, title: 'Fish & <script>alert(1)</script>', dek: '<img src=x onerror=alert(1)>' },
      },
    };
    const { entries } = parseFeed(toAtomFeed([hostile], SITE));
    // The feed says type="html": what a reader's HTML parser makes of the title and summary.
    const asHtml = (html: string | null | undefined) => parseHTML(`<p>${html ?? ''}</p>`).document.querySelector('p');
    expect(asHtml(entries[0]?.title)?.children.length).toBe(0);
    expect(asHtml(entries[0]?.title)?.textContent).toBe('Fish & <script>alert(1)</script>');
    expect(asHtml(entries[0]?.summary)?.children.length).toBe(0);
  });

  it('says when the date of writing is unknown, and gives no date of publication', () => {
    const [first] = views;
    const undated = { ...first!, entry: { ...first!.entry, data: { ...first!.entry.data, date: null } } };
    const { entries } = parseFeed(toAtomFeed([undated], SITE));
    expect(entries[0]?.published).toBeNull();
    expect(entries[0]?.summary).toMatch(/Date of writing unknown\.$/);
  });
});
