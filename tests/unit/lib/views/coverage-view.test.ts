/**
 * Issue #15, items 1 and 6: the coverage matrix, recomputed here from content/ without the site's
 * coverage code: events from their quotes found by plain string search, topics from the mention
 * oracle (form by form), "written before" from the frontmatter dates, words from the frontmatter.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCoverageCsv, buildCoverageView, buildCoverageDetail } from '../../../../src/lib/views/coverage-view.ts';
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

  it('links each count to a page listing exactly those passages, under the current’s or article’s heading', () => {
    for (const table of view.tables)
      for (const row of table.rows) {
        const detail = buildCoverageDetail(annotations, row.kind, row.id);
        const truth = expected.get(`${row.kind}/${row.id}`) ?? new Map<string, Set<string>>();
        expect(detail.total).toBe(row.total);
        detail.currents.forEach((c, i) => {
          if (c.count > 0) expect(row.currents[i]?.total.href ?? '').toMatch(new RegExp(`#${c.anchor}$`));
          else expect(row.currents[i]?.total.href).toBeNull();
          for (const a of c.articles)
            expect(new Set(a.passages.map((p) => p.id)), `${row.id} ${a.article.id}`).toEqual(truth.get(a.article.id));
        });
      }
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
