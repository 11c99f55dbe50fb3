import { describe, expect, it } from 'vitest';
import { citationFile, listCitationKeys } from '../../../../src/lib/citations/citation-files.ts';
import { toCitationInput } from '../../../../src/lib/citations/citation-input.ts';
import { bibtex, citationKey, cslJson, ris } from '../../../../src/lib/citations/citations.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

const SITE = 'https://reader.example';
const inputs = loadCommitted().map((a) => toCitationInput(a.data, null, `${SITE}/articles/${a.slug}/`));

describe('citationFile', () => {
  it("gives one article's file exactly as its single entry", () => {
    for (const input of inputs) {
      expect(citationFile('bib', [input])).toBe(bibtex(input));
      expect(citationFile('ris', [input])).toBe(ris(input));
      expect(citationFile('json', [input])).toBe(`${JSON.stringify([cslJson(input)], null, 2)}\n`);
    }
  });

  it('holds every article of the corpus once, in the order given, under keys unique in the file', () => {
    const bibKeys = [...citationFile('bib', inputs).matchAll(/^@online\{([^,]+),$/gm)].map((m) => m[1]);
    expect(bibKeys).toEqual(inputs.map(citationKey));
    expect(new Set(bibKeys).size).toBe(inputs.length);
    expect(citationFile('ris', inputs).match(/^TY {2}- ELEC\r$/gm)).toHaveLength(inputs.length);
    expect(citationFile('ris', inputs).match(/^ER {2}-\r$/gm)).toHaveLength(inputs.length);
    const items = JSON.parse(citationFile('json', inputs)) as { id: string; URL: string }[];
    expect(items.map((i) => i.id)).toEqual(bibKeys);
  });

  it('tells apart articles whose keys would collide, a, b, … in order, in every format', () => {
    const [first] = inputs;
    if (!first) throw new Error('no articles');
    const twins = [first, { ...first, url: `${SITE}/articles/twin/` }, inputs[1] ?? first];
    const keys = listCitationKeys(twins);
    const key = citationKey(first);
    expect(keys.slice(0, 2)).toEqual([`${key}a`, `${key}b`]);
    expect(new Set(keys).size).toBe(3);
    expect([...citationFile('bib', twins).matchAll(/^@online\{([^,]+),$/gm)].map((m) => m[1])).toEqual(keys);
    expect((JSON.parse(citationFile('json', twins)) as { id: string }[]).map((i) => i.id)).toEqual(keys);
  });
});
