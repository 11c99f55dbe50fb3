import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { listPassageRows, streamPassageFile, toCsv, toJsonl } from '../../../../src/lib/data/passage-rows.ts';
import { loadCorpusPassages } from '../../../helpers/annotations.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

describe('corpus downloads', () => {
  const articles = loadCommitted().map((a) => ({ id: a.slug, body: a.body, count: a.data.passageCount }));
  const rows = listPassageRows(articles, 'https://reader.example/');

  it('holds every passage exactly once', () => {
    expect(rows.length).toBe(articles.reduce((n, a) => n + a.count, 0));
    expect(new Set(rows.map((r) => r.permalink)).size).toBe(rows.length);
    for (const a of articles)
      expect(rows.filter((r) => r.article === a.id).map((r) => r.paragraph)).toEqual(
        Array.from({ length: a.count }, (_, i) => i + 1),
      );
  });

  it('round-trips through JSON Lines', () => {
    expect(
      toJsonl(rows)
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(rows);
  });

  it('writes CSV that a strict RFC 4180 reader reads back as the passages of content/', () => {
    // csv-parse is the oracle: CRLF only, no loose quotes, the same number of cells in every record.
    const records: string[][] = parse(toCsv(rows), { record_delimiter: '\r\n', relax_quotes: false });
    const [header, ...body] = records;
    expect(header).toEqual(['article', 'paragraph', 'id', 'permalink', 'heading', 'kind', 'text']);
    const expected = loadCorpusPassages();
    expect(body.map(([article, paragraph, id]) => [article, Number(paragraph), id])).toEqual(
      expected.map((p) => [p.article, p.n, p.id]),
    );
    expect(body.map((r) => r[6])).toEqual(expected.map((p) => p.text));
    expect(body.map((r) => r[4])).toEqual(rows.map((r) => r.heading ?? ''));
    expect(body.map((r) => r[3])).toEqual(rows.map((r) => r.permalink));
  });

  it('quotes the cells that need it and ends every record with CRLF', () => {
    const [row] = rows;
    if (!row) throw new Error('no passages');
    const tricky = [
      { ...row, heading: null, text: 'He said, “no”, and "left"\nthen\r\nreturned.' },
      { ...row, text: '' },
    ];
    const csv = toCsv(tricky);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5); // header, two records (one holds a CRLF), the final empty line
    expect(parse(csv, { record_delimiter: '\r\n', columns: true })).toEqual(
      tricky.map((r) => ({ ...r, paragraph: String(r.paragraph), heading: r.heading ?? '' })),
    );
  });

  it('streams, an article at a time, the same bytes as the whole file made at once', async () => {
    // An article with no passage among them: it must add nothing, not a blank line or a second header.
    const withEmpty = [articles[0], { id: 'empty', body: '' }, ...articles.slice(1)].map((a) => ({
      id: a?.id ?? '',
      body: a?.body ?? '',
    }));
    const read = (format: 'csv' | 'jsonl') =>
      new Response(streamPassageFile(withEmpty, 'https://reader.example/', format)).text();
    expect(await read('csv')).toBe(toCsv(rows));
    expect(await read('jsonl')).toBe(toJsonl(rows));
    // Nothing to list: the CSV is its header alone, the JSON Lines file is empty.
    expect(await new Response(streamPassageFile([], 'https://reader.example/', 'csv')).text()).toBe(toCsv([]));
    expect(await new Response(streamPassageFile([], 'https://reader.example/', 'jsonl')).text()).toBe('');
  });
});
