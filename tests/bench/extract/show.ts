/** Scratch: print our prediction and the truth for ids given on the command line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractContent } from '../../../src/ingest/html/extract-content.ts';
import { decodePage } from './decode-page.ts';
const bench = '/work/shared/article-extraction-benchmark';
const truth = JSON.parse(readFileSync(join(bench, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
for (const prefix of process.argv.slice(2)) {
  const id = Object.keys(truth).find((k) => k.startsWith(prefix)) ?? prefix;
  const html = decodePage(readFileSync(join(bench, 'html', `${id}.html.gz`))).html;
  const r = extractContent(html, id);
  console.log(`=== ${id} ${truth[id]?.url}\n--- PRED\n${r.text}\n--- TRUTH\n${truth[id]?.articleBody}\n--- HTML\n${r.html}`);
}
