/** CSV injection: no cell of passages.csv may start a spreadsheet formula (OWASP's list of leading characters). */
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../../src/lib/data/csv-safe.ts';
import { listPassageRows, toCsv } from '../../../../src/lib/data/passage-rows.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('prefixes %j with a single quote', (cell, safe) => {
    expect(neutraliseFormula(cell)).toBe(safe);
  });

  it.each(['Workers struck.', '', "'already quoted", ' =not at the start', '19', 'a=b'])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('passages.csv', () => {
  it('writes a passage that starts with "=" as text, and the row itself keeps the printed text', () => {
    const rows = listPassageRows(
      [{ id: 'a', body: '=1+1 is how the leaflet began.\n\n@everyone came.' }],
      'https://s/',
    );
    const csv = toCsv(rows);
    expect(csv).toContain("\r\na,1,p1,https://s/articles/a/#p1,,paragraph,'=1+1 is how the leaflet began.\r\n");
    expect(csv).toContain(",'@everyone came.\r\n");
    expect(csv.split('\r\n').some((line) => /(^|,)"?[=+\-@]/.test(line))).toBe(false);
    expect(rows[0]?.text).toBe('=1+1 is how the leaflet began.'); // the JSON downloads keep the text as printed
  });
});
