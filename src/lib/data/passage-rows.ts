/** The corpus as data (/data/): every article's frontmatter and every passage, from the one passage function. */
import { absoluteUrl, routes } from '../routes/routes.ts';
import { stringify } from 'csv-stringify/sync';
import { listBodyPassages } from '../passages/body.ts';
import { neutraliseFormula } from './csv-safe.ts';

/** One row of passages.jsonl / passages.csv. */
export interface PassageRow {
  article: string;
  paragraph: number;
  id: string;
  permalink: string;
  heading: string | null;
  kind: 'paragraph' | 'quote';
  text: string;
}

/**
 * Passage rows of the corpus, articles in the given order.
 * @example listPassageRows([{ id: 'a', body: 'One.' }], 'https://s/')[0]?.permalink // 'https://s/articles/a/#p1'
 */
export function listPassageRows(articles: { id: string; body: string }[], site: string | URL): PassageRow[] {
  return articles.flatMap((a) =>
    listBodyPassages(a.body).map((p) => ({
      article: a.id,
      paragraph: p.n,
      id: p.id,
      permalink: absoluteUrl(routes.passage(a.id, p.id), site),
      heading: p.heading,
      kind: p.kind,
      text: p.text,
    })),
  );
}

const COLUMNS: (keyof PassageRow)[] = ['article', 'paragraph', 'id', 'permalink', 'heading', 'kind', 'text'];

/** RFC 4180 CSV with a header row: CRLF after every record, a null heading as an empty cell. */
export function toCsv(rows: PassageRow[], header = true): string {
  // csv-stringify quotes exactly the cells that hold a comma, a quote or a line break, as RFC 4180 asks.
  return stringify(rows, {
    header,
    columns: COLUMNS,
    record_delimiter: 'windows',
    cast: { string: (value) => neutraliseFormula(value) },
  });
}

/** JSON Lines: one passage per line. */
export function toJsonl(rows: PassageRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/**
 * passages.csv or passages.jsonl as a stream of bytes made an article at a time: the same bytes as
 * {@link toCsv} or {@link toJsonl} of every row, without ever holding the whole file as one string.
 * At 2,000 articles the two files were the build's peak of memory: each, 30 MB of text, was held as
 * a string, joined, then encoded.
 */
export function streamPassageFile(
  articles: { id: string; body: string }[],
  site: string | URL,
  format: 'csv' | 'jsonl',
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === 'csv') controller.enqueue(encoder.encode(toCsv([])));
    },
    pull(controller) {
      // One article per pull; an article without passages adds nothing (not even a blank line).
      for (; next < articles.length; next++) {
        const rows = listPassageRows([articles[next] as { id: string; body: string }], site);
        if (rows.length === 0) continue;
        next++;
        controller.enqueue(encoder.encode(format === 'csv' ? toCsv(rows, false) : toJsonl(rows)));
        return;
      }
      controller.close();
    },
  });
}
