/**
 * Issue #15, items 1 and 6: the coverage matrix, recomputed here from content/ without the site's
 * coverage code: events from their quotes found by plain string search, topics from the mention
 * oracle (form by form), "written before" from the frontmatter dates, words from the frontmatter.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  buildCoverageCsv,
  buildCoverageDetail,
  buildCoverageRowPassages,
  buildCoverageView,
  listCoverageRowPages,
  MATRIX_ARTICLE_COLUMNS,
} from '../../../../src/lib/views/coverage-view.ts';
import { EXCERPTS_PER_PAGE, SUMMARY_PASSAGES } from '../../../../src/lib/views/passage-pages.ts';
import { passageKey, routes } from '../../../../src/lib/routes/routes.ts';
import { CURRENTS, makeSyntheticAnnotations } from '../../../helpers/synthetic-annotations.ts';
import { NAMED_SILENT } from '../../../../src/lib/views/by-current.ts';
import type { Annotations } from '../../../../src/lib/corpus/load-annotations.ts';
import { listAliases, listOccurrences, loadCorpusPassages, loadCurated } from '../../../helpers/annotations.ts';
import { loadTestAnnotations } from '../../../helpers/test-annotations.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

const passages = loadCorpusPassages();
const annotations: Annotations = loadTestAnnotations();
const curated = loadCurated();
const committed = loadCommitted();

/** article → tendency id, words, last possible day of writing. */
const meta = new Map(
  committed.map((a) => [
    a.slug,
    {
      tendency: a.data.tendency ?? 'unknown',
      words: a.data.wordCount,
      lastDay: a.data.dateRange?.to ?? a.data.date,
    },
  ]),
);
const tendencyIds = [...new Set(committed.map((a) => a.data.tendency ?? 'unknown'))];

const fold = (s: string) => s.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"');

/** The oracle: row → article → passage ids, from content/ alone. */
function expectedRows(): Map<string, Map<string, Set<string>>> {
  const rows = new Map<string, Map<string, Set<string>>>();
  const add = (row: string, article: string, id: string) => {
    const byArticle = rows.get(row) ?? new Map<string, Set<string>>();
    byArticle.set(article, (byArticle.get(article) ?? new Set()).add(id));
    rows.set(row, byArticle);
  };
  for (const event of curated.events) {
    rows.set(`events/${event.id}`, new Map());
    for (const quote of event.passages) {
      const exact = fold(quote.exact);
      const hits = passages.filter((p) => {
        if (quote.source && p.article !== quote.source) return false;
        const text = fold(p.text);
        const at = text.indexOf(exact);
        if (at < 0) return false;
        return (
          (!quote.prefix || text.slice(0, at).endsWith(fold(quote.prefix))) &&
          (!quote.suffix || text.slice(at + exact.length).startsWith(fold(quote.suffix)))
        );
      });
      expect(hits, `${event.id}: "${quote.exact}"`).toHaveLength(1);
      for (const p of hits) add(`events/${event.id}`, p.article, p.id);
    }
  }
  const aliases = listAliases(curated.entities);
  const topics = new Map<string, Map<string, Set<string>>>();
  for (const p of passages)
    for (const o of listOccurrences(p.text, aliases)) {
      const byArticle = topics.get(o.entity) ?? new Map<string, Set<string>>();
      byArticle.set(p.article, (byArticle.get(p.article) ?? new Set()).add(p.id));
      topics.set(o.entity, byArticle);
    }
  for (const [entity, byArticle] of topics) if (byArticle.size >= 2) rows.set(`topics/${entity}`, byArticle);
  return rows;
}

const view = buildCoverageView(annotations, 'time');
const expected = expectedRows();
const eventDates = new Map(curated.events.map((e) => [e.id, e.date.split('/')[0] as string]));

describe('the coverage matrix', () => {
  it('has a row for every curated event and every topic named in at least two articles', () => {
    const shown = view.tables.flatMap((t) => t.rows.map((r) => `${r.kind}/${r.id}`));
    expect(new Set(shown)).toEqual(new Set(expected.keys()));
    expect(shown).toHaveLength(expected.size);
    // Pinned from content/: 9 events (events.yaml) and 35 topics printed in two articles or more.
    expect(view.tables.map((t) => t.rows.length)).toEqual([
      curated.events.length,
      expected.size - curated.events.length,
    ]);
  });

  it('counts, per article and per current, the passages that speak of each row, as the oracle finds them', () => {
    for (const table of view.tables)
      for (const row of table.rows) {
        const truth = expected.get(`${row.kind}/${row.id}`) ?? new Map<string, Set<string>>();
        let total = 0;
        view.currents.forEach((current, i) => {
          const cells = row.currents[i];
          let inCurrent = 0;
          current.articles.forEach((article, j) => {
            const count = truth.get(article.id)?.size ?? 0;
            inCurrent += count;
            expect(cells?.articles[j]?.count, `${row.id} in ${article.id}`).toBe(count);
          });
          expect(cells?.total.count, `${row.id} in ${String(current.id)}`).toBe(inCurrent);
          const words = committed
            .filter((a) => (a.data.tendency ?? 'unknown') === (current.id ?? 'unknown'))
            .reduce((n, a) => n + a.data.wordCount, 0);
          expect(Number(cells?.total.rate)).toBeCloseTo((inCurrent / words) * 1000, 1);
          total += inCurrent;
        });
        expect(row.total, row.id).toBe(total);
      }
  });

  it('says "not mentioned" for a blind spot and "written before" where every article predates the event', () => {
    let blind = 0;
    let before = 0;
    for (const table of view.tables)
      for (const row of table.rows)
        view.currents.forEach((current, i) =>
          current.articles.forEach((article, j) => {
            const cell = row.currents[i]?.articles[j];
            const m = meta.get(article.id);
            const date = row.kind === 'events' ? eventDates.get(row.id) : undefined;
            const predates = date !== undefined && m?.lastDay != null && m.lastDay < date;
            const expectedText =
              (cell?.count ?? 0) > 0 ? String(cell?.count) : predates ? 'written before' : 'not mentioned';
            expect(cell?.text, `${row.id} × ${article.id}`).toBe(expectedText);
            expect(cell?.href === null, `${row.id} × ${article.id} links only to passages`).toBe(cell?.count === 0);
            if (expectedText === 'not mentioned') blind += 1;
            if (expectedText === 'written before') before += 1;
          }),
        );
    expect(blind).toBeGreaterThan(0);
    expect(before).toBeGreaterThan(0);
  });

  it('answers the issue’s question: which current reported the Juliaca massacre, down to the passages', () => {
    const row = view.tables[0]?.rows.find((r) => r.id === 'juliaca-massacre');
    const truth = expected.get('events/juliaca-massacre') ?? new Map<string, Set<string>>();
    const reporting = tendencyIds.filter((t) => [...truth.keys()].some((article) => meta.get(article)?.tendency === t));
    const shown = view.currents.filter((_, i) => (row?.currents[i]?.total.count ?? 0) > 0).map((c) => c.id);
    expect(new Set(shown)).toEqual(new Set(reporting));
    // The two quotes of events.yaml lie in the FT-CI's January article and the WSWS article.
    expect(new Set(shown)).toEqual(new Set(['ft-ci', 'icfi']));
  });

  it('orders by total in the other view, most passages first', () => {
    const byTotal = buildCoverageView(annotations, 'total');
    for (const table of byTotal.tables) {
      const totals = table.rows.map((r) => r.total);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
    }
    expect(view.tables[0]?.rows.map((r) => r.id)).toEqual(
      [...curated.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((e) => e.id),
    );
  });

  it('links each count to the passages it counts, under the current’s or article’s heading, on the row’s page or pages', () => {
    const pages = listCoverageRowPages(annotations);
    let large = 0;
    for (const table of view.tables)
      for (const row of table.rows) {
        const detail = buildCoverageDetail(annotations, row.kind, row.id);
        const truth = expected.get(`${row.kind}/${row.id}`) ?? new Map<string, Set<string>>();
        expect(detail.total).toBe(row.total);
        // Where the passages are listed: the row's page, or (a long row) its numbered pages.
        const listing = detail.large
          ? pages
              .filter((p) => p.kind === row.kind && p.id === row.id)
              .map((p) => ({
                href: routes.coverageRowPassages(row.kind, row.id, p.page),
                currents: buildCoverageRowPassages(annotations, row.kind, row.id, p.page).currents,
              }))
          : [{ href: row.detailHref, currents: detail.currents }];
        if (detail.large) large += 1;
        view.currents.forEach((current, i) => {
          const anchor = `current-${current.id ?? 'unknown'}`;
          const count = row.currents[i]?.total.count ?? 0;
          const href = row.currents[i]?.total.href ?? null;
          if (count === 0) {
            expect(href).toBeNull();
            return;
          }
          // The cell lands on the first page that lists the current, at its heading.
          const first = listing.find((l) => l.currents.some((c) => c.anchor === anchor));
          expect(href).toBe(`${first?.href ?? '?'}#${anchor}`);
          for (const article of current.articles) {
            const listed = listing.flatMap((l) =>
              l.currents.flatMap((c) => c.articles.filter((a) => a.article.id === article.id)),
            );
            const ids = listed.flatMap((a) => a.passages.map((p) => p.id));
            expect(new Set(ids), `${row.id} ${article.id}`).toEqual(truth.get(article.id) ?? new Set());
            expect(ids, `${row.id} ${article.id}: each passage once`).toHaveLength(truth.get(article.id)?.size ?? 0);
          }
        });
      }
    // The five articles have one row too long for its page (Dina Boluarte, named in 32 passages).
    expect(large).toBeGreaterThan(0);
  });
});

describe('coverage.csv', () => {
  const records = parse(buildCoverageCsv(annotations), { columns: true, record_delimiter: '\r\n' }) as Record<
    string,
    string
  >[];

  it('gives every row with each current and each article that speaks of it, counts as the oracle finds them', () => {
    const speaking = [...expected.values()].reduce(
      (n, truth) => n + committed.filter((a) => (truth.get(a.slug)?.size ?? 0) > 0).length,
      0,
    );
    expect(records).toHaveLength(expected.size * tendencyIds.length + speaking);
    for (const r of records) {
      const truth = expected.get(`${r['table'] === 'event' ? 'events' : 'topics'}/${r['row'] ?? ''}`);
      expect(truth, r['row']).toBeDefined();
      const inScope = r['article']
        ? [r['article']]
        : committed
            .filter((a) => a.data.tendency === (view.currents.find((c) => c.name === r['current'])?.id ?? ''))
            .map((a) => a.slug);
      const count = inScope.reduce((n, a) => n + (truth?.get(a)?.size ?? 0), 0);
      expect(Number(r['passages']), `${r['row'] ?? ''} ${r['article'] ?? ''}`).toBe(count);
      // An article's line is there only when it speaks of the row (its zeros are left out).
      if (r['article']) expect(count, `${r['row'] ?? ''} ${r['article']}`).toBeGreaterThan(0);
      expect(r['status']).toMatch(count > 0 ? /^mentioned$/ : /^(not mentioned|written before)$/);
    }
  });
});

describe('a row too long for its page: a summary and numbered pages that reach every passage once', () => {
  // 30 articles of 20 passages (few enough for a column each in the matrix), 23 of them naming the CGTP in
  // each passage: 460 passages, three numbered pages (200, 200, 60).
  const synthetic = makeSyntheticAnnotations(MATRIX_ARTICLE_COLUMNS, 20).annotations;
  const articleIds = synthetic.articles.map((a) => a.entry.id);
  const currentOf = (article: string) => (synthetic.articleById.get(article)?.tendency?.id ?? '') as string;
  /** The order every page follows, derived from the data: currents in order of their first article, then articles, then ¶. */
  const currentOrder = [...new Set(articleIds.map(currentOf))];
  const expectedKeys = [...synthetic.passages.values()]
    .filter((p) => p.text.includes('CGTP'))
    .sort(
      (a, b) =>
        currentOrder.indexOf(currentOf(a.article)) - currentOrder.indexOf(currentOf(b.article)) ||
        articleIds.indexOf(a.article) - articleIds.indexOf(b.article) ||
        a.n - b.n,
    )
    .map((p) => passageKey(p.article, p.id));
  const pages = listCoverageRowPages(synthetic).filter((p) => p.id === 'cgtp');
  const built = new Map(pages.map(({ page }) => [page, buildCoverageRowPassages(synthetic, 'topics', 'cgtp', page)]));
  const keysOf = (currents: { articles: { passages: { key: string }[] }[] }[]) =>
    currents.flatMap((c) => c.articles.flatMap((a) => a.passages.map((p) => p.key)));

  it('lists every passage exactly once across its numbered pages, in one stable order, none over the page size', () => {
    expect(pages.map((p) => p.page)).toEqual(
      Array.from({ length: Math.ceil(expectedKeys.length / EXCERPTS_PER_PAGE) }, (_, i) => i + 1),
    );
    expect(pages.length).toBeGreaterThan(2);
    const listed = pages.flatMap(({ page }) => keysOf(built.get(page)?.currents ?? []));
    expect(listed).toEqual(expectedKeys);
    for (const view of built.values()) expect(keysOf(view.currents).length).toBeLessThanOrEqual(EXCERPTS_PER_PAGE);
  });

  it('marks the words that tie each excerpt to the row, and links its number to the passage', () => {
    for (const view of built.values())
      for (const c of view.currents)
        for (const a of c.articles)
          for (const p of a.passages) {
            expect(p.parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['CGTP']);
            expect(p.href).toBe(routes.passage(a.article.id, p.id));
          }
  });

  it('chains its pages by previous and next, and the summary links to each of them', () => {
    const detail = buildCoverageDetail(synthetic, 'topics', 'cgtp');
    expect(detail.large).toBe(true);
    expect(detail.pages.map((p) => p.href)).toEqual(
      pages.map(({ page }) => routes.coverageRowPassages('topics', 'cgtp', page)),
    );
    let href: string | undefined = detail.pages[0]?.href;
    const followed: string[] = [];
    while (href) {
      followed.push(href);
      const page = Number(/passages\/(\d+)\//.exec(href)?.[1]);
      href = built.get(page)?.next?.href;
    }
    expect(followed).toEqual(detail.pages.map((p) => p.href));
    expect(built.get(1)?.previous).toBeNull();
  });

  it('lands each matrix cell, and each current’s “all passages” link, on the heading where its passages begin', () => {
    const row = buildCoverageView(synthetic, 'time').tables[1]?.rows.find((r) => r.id === 'cgtp');
    const detail = buildCoverageDetail(synthetic, 'topics', 'cgtp');
    /** The page and heading a link lands on, and the first passage listed under that heading. */
    const land = (href: string) => {
      const page = Number(/passages\/(\d+)\//.exec(href)?.[1]);
      const anchor = href.split('#')[1];
      const view = built.get(page);
      const current = view?.currents.find((c) => c.anchor === anchor);
      const article = view?.currents.flatMap((c) => c.articles).find((a) => a.anchor === anchor);
      return (current?.articles[0] ?? article)?.passages[0]?.key;
    };
    const firstOf = (article: string | null, current: string | null) =>
      expectedKeys.find((k) => {
        const [a = ''] = k.split('#');
        return article ? a === article : currentOf(a) === current;
      });
    detail.currents.forEach((c, i) => {
      expect(land(row?.currents[i]?.total.href ?? ''), `cell of ${c.group.name}`).toBe(firstOf(null, c.group.id));
      expect(land(c.more?.href ?? ''), `“all passages” of ${c.group.name}`).toBe(firstOf(null, c.group.id));
      c.group.articles.forEach((a, j) =>
        expect(land(row?.currents[i]?.articles[j]?.href ?? ''), `cell of ${a.id}`).toBe(firstOf(a.id, null)),
      );
    });
  });

  it('keeps the summary the same size however large the corpus: the first passages of each current, silent articles counted', () => {
    const summaryOf = (articles: number) =>
      buildCoverageDetail(makeSyntheticAnnotations(articles, 12).annotations, 'topics', 'cgtp');
    const small = summaryOf(50);
    const large = summaryOf(500);
    expect(keysOf(large.currents)).toHaveLength(keysOf(small.currents).length);
    expect(keysOf(small.currents).length).toBeLessThanOrEqual(SUMMARY_PASSAGES + CURRENTS.length);
    // Articles without a passage are named while few, then counted in words.
    for (const c of small.currents)
      expect(c.silent.length).toBe(c.group.articles.filter((a) => Number(a.id.slice(1)) % 4 === 3).length);
    for (const c of large.currents) {
      const silent = c.group.articles.filter((a) => Number(a.id.slice(1)) % 4 === 3).length;
      expect(silent).toBeGreaterThan(NAMED_SILENT);
      expect(c.silent).toEqual([]);
      expect(c.silentText).toBe(`Not in ${String(silent)} of its ${String(c.group.articles.length)} articles.`);
    }
    // Every current starts the summary with its own first passages.
    const detail = buildCoverageDetail(synthetic, 'topics', 'cgtp');
    for (const c of detail.currents)
      expect(c.articles[0]?.passages[0]?.key).toBe(
        expectedKeys.find((k) => currentOf(k.split('#')[0] ?? '') === c.group.id),
      );
  });
});

describe('the matrix of a large corpus', () => {
  it('gives each article a column on a small corpus, and only the currents once the corpus outgrows a readable table', () => {
    expect(view.articleColumns).toBe(true);
    const cellsOf = (articles: number) => {
      const large = buildCoverageView(makeSyntheticAnnotations(articles, 3).annotations, 'time');
      return {
        columns: large.articleColumns,
        cells: large.tables.flatMap((t) => t.rows.flatMap((r) => r.currents.flatMap((c) => [c.total, ...c.articles]))),
        headers: large.currents.flatMap((c) => c.articles).length,
      };
    };
    const atLimit = cellsOf(MATRIX_ARTICLE_COLUMNS);
    expect(atLimit.columns).toBe(true);
    expect(atLimit.headers).toBe(MATRIX_ARTICLE_COLUMNS);
    const beyond = cellsOf(MATRIX_ARTICLE_COLUMNS + 1);
    // Beyond the limit the table does not grow with the corpus: one cell per current and row.
    expect(beyond.columns).toBe(false);
    expect(beyond.headers).toBe(0);
    expect(cellsOf(10 * MATRIX_ARTICLE_COLUMNS).cells).toHaveLength(beyond.cells.length);
    expect(beyond.cells).toHaveLength(CURRENTS.length);
  });
});
