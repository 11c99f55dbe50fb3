import { describe, expect, it } from 'vitest';
import { listPassageRows, toCsv, toJsonl } from '../../../src/lib/data/passage-rows.ts';
import { loadCommitted } from '../../helpers/corpus.ts';

/** A minimal RFC 4180 reader, to check the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

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

  it('round-trips through JSON Lines and CSV', () => {
    expect(
      toJsonl(rows)
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(rows);
    const [header, ...body] = parseCsv(toCsv(rows));
    expect(header).toEqual(['article', 'paragraph', 'id', 'permalink', 'heading', 'kind', 'text']);
    expect(body.map((r) => r[6])).toEqual(rows.map((r) => r.text));
  });
});
