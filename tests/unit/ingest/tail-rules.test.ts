/**
 * Issue #12, item 4: ingest never cuts prose. A line that looks like the heading of the site's
 * lists ("More from Puno", a podcast promotion) ends the article only when what follows reads as a
 * list (titles, names, dates, one-sentence teasers), and a large cut is always warned about.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFolder } from '../../../src/ingest/ingest-folder.ts';
import { parseRelatedLine } from '../../../src/ingest/patterns.ts';
import { readsAsProse } from '../../../src/ingest/remark-strip-furniture.ts';
import { ROOT } from '../../helpers/project.ts';
import { splitMarkdown } from '../../helpers/corpus.ts';

const DIR = join(ROOT, 'tests/fixtures/ingest');
const encode = (text: string) => new TextEncoder().encode(text);

/** Ingest texts as a folder without sources.yaml: the path that gives the CLI its warnings. */
function ingestTexts(seeds: Record<string, string>) {
  return ingestFolder({
    seeds: Object.entries(seeds).map(([name, text]) => ({ name, path: `seeds/${name}`, bytes: encode(text) })),
    sources: null,
    publishers: [],
    tendencies: [],
  });
}

function ingestFixture(name: string) {
  const result = ingestTexts({ 'a.txt': readFileSync(join(DIR, name, 'input.txt'), 'utf8') });
  const markdown = result.files.get([...result.files.keys()].find((k) => k.startsWith('articles/')) ?? '') ?? '';
  return { result, entry: result.report.seeds[0], body: splitMarkdown(markdown).body };
}

describe('readsAsProse', () => {
  it.each([
    ['The federation said it would resume the blockades on Monday.', true],
    ['In France, the repression of Palestine supporters is escalating. A conference by …', true],
    ['Against the Criminalization of Opinion: We Must Stand Up!', false], // a title may end with "!"
    ['#AllThatsLeftPod: Two Years of U.S. Imperialism under Biden', false],
    ['SEIU Local 500 marching in Washington DC. (Photo: Purple Up)', false], // a caption with its credit
    ['Olivia Wood', false],
    ['April 20, 2024', false],
    ['All That’s Left, the podcast from Left Voice.', false], // a list heading, not prose
    ['The strike ended.', false], // too short to tell
  ])('%j → %s', (line, prose) => {
    expect(readsAsProse(line)).toBe(prose);
  });
});

describe('parseRelatedLine takes only a title', () => {
  it.each([
    ['Related: the dockworkers joined the miners.', null],
    ['See also: how the strike spread, day by day.', null],
    [
      'You might be interested in: A Socialist Perspective on the Crisis in Peru',
      'A Socialist Perspective on the Crisis in Peru',
    ],
    [
      'Related: Peru: Long live the workers’ and popular rebellion!',
      'Peru: Long live the workers’ and popular rebellion!',
    ],
  ])('%j → %j', (line, title) => {
    expect(parseRelatedLine(line)).toBe(title);
  });
});

describe('a tail marker followed by prose cuts nothing', () => {
  it('"More from Puno" in the middle: all four paragraphs stay, nothing is furniture', () => {
    const { body, entry } = ingestFixture('tail-marker-mid-article');
    for (const words of [
      'On the first morning',
      'The regional federation',
      'By noon the markets',
      'The government answered',
    ])
      expect(body).toContain(words);
    expect(entry?.removed.filter((r) => r.action === 'furniture')).toEqual([]);
  });

  it('"Listen to the podcast from …" in the middle: the paragraphs after it stay', () => {
    const { body } = ingestFixture('podcast-line-mid-article');
    expect(body).toContain('That broadcast, recorded on the night');
    expect(body).toContain("The station's director was later summoned");
  });

  it('"Related: the dockworkers joined …" is a sentence of the body, not related reading', () => {
    const { body, result } = ingestFixture('related-sentence');
    expect(body).toContain('Related: the dockworkers joined');
    const markdown = [...result.files.values()][0] ?? '';
    expect(markdown).toMatch(/related:\n {2}- title: The Miners' Long March to Lima\n/);
  });
});

describe('a tail marker followed by a list still ends the article', () => {
  it('"More from Puno" then titles, teasers, names and dates: cut from the marker on', () => {
    const { body, entry } = ingestFixture('tail-list-after-marker');
    expect(body).toContain('The assemblies in the southern regions');
    expect(body).not.toContain('Peasant Federation Calls New Strike');
    const furniture = entry?.removed.filter((r) => r.action === 'furniture').map((r) => r.line);
    expect(furniture).toEqual([7, 9, 11, 13, 15, 17, 19, 21, 23]);
  });
});

describe('a cut of more than a quarter of the words is warned about', () => {
  const article = 'A Short Piece\n\nBy Rosa Huanca\n\nThe strike ended on Friday after nine weeks.\n\n';
  const card = (n: number) =>
    `Headline Number ${n} About Something Else Entirely\n\nA teaser sentence for another article.\n\nLuis Condori\n\nMarch ${n}, 2023\n\n`;

  it('names the file, the line where the cut starts and the count', () => {
    const text = `${article}MOST RECENT\n\n${[1, 2, 3].map(card).join('')}`;
    const { warnings } = ingestTexts({ 'a.txt': text });
    const warning = warnings.find((w) => /words/.test(w));
    expect(warning).toMatch(/^a\.txt:7: ingest dropped 56 of 70 words \(80%\) as site furniture, from line 7 on/);
  });

  it('says nothing when the cut is a quarter of the words or less', () => {
    const long = 'The strike ended on Friday after nine weeks, and the workers went back to the mines. '.repeat(8);
    const text = `A Short Piece\n\nBy Rosa Huanca\n\n${long}\n\nMOST RECENT\n\n${card(1)}`;
    const { warnings } = ingestTexts({ 'a.txt': text });
    expect(warnings.filter((w) => /words/.test(w))).toEqual([]);
  });
});
