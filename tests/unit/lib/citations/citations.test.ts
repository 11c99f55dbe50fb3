/**
 * Citation styles against hand-checked strings (checked against the Chicago 17 notes-bibliography,
 * APA 7 and MLA 9 patterns for a web article, with translator, missing author and devised title).
 */
import { describe, expect, it } from 'vitest';
import { toCitationInput } from '../../../../src/lib/citations/citation-input.ts';
import {
  apa,
  bibtex,
  chicago,
  citationKey,
  cslJson,
  mla,
  parseName,
  ris,
  typographic,
} from '../../../../src/lib/citations/citations.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

const SITE = 'https://reader.example';
const bySeed = new Map(loadCommitted().map((a) => [a.data.seed.file, a]));
function input(seed: string, publisher: string) {
  const a = bySeed.get(seed);
  if (!a) throw new Error(seed);
  return toCitationInput(a.data, publisher, `${SITE}/articles/${a.slug}/`);
}
const busi = input('001_7cc8f5b0f7d5b454.txt', 'Left Voice'); // byline, translator, printed date
const cst = input('002_64d6a0a2b44dff9e.txt', 'Left Voice'); // no byline, date estimated
const lobo = input('003_55404ef00ccdffde.txt', 'World Socialist Web Site'); // devised title
const pst = input('000_d09afa9223cb6bc8.txt', 'LIT-CI (English edition)'); // re-dated by its site

describe('Chicago', () => {
  it('cites a bylined, translated article and its paragraph', () => {
    expect(chicago(busi, 11)).toEqual({
      note: 'Matías Busi, “Reflections on the Peruvian Uprising,” trans. Molly Rosenzweig, Left Voice, April 7, 2023, para. 11, https://reader.example/articles/reflections-on-the-peruvian-uprising/#p11.',
      bibliography:
        'Busi, Matías. “Reflections on the Peruvian Uprising.” Translated by Molly Rosenzweig. Left Voice, April 7, 2023. https://reader.example/articles/reflections-on-the-peruvian-uprising/.',
    });
  });
  it('leads with the title when there is no author, and brackets an estimated date', () => {
    expect(chicago(cst).bibliography).toBe(
      '“The Peruvian Uprising: Massive Protests Demand the Fall of the Coup Regime and a Constituent Assembly.” Left Voice, [written January 20–23, 2023]. https://reader.example/articles/the-peruvian-uprising-massive-protests-demand-the-fall-of-the/.',
    );
  });
  it('keeps a devised title in brackets without quotation marks', () => {
    expect(chicago(lobo, 8).note).toBe(
      'Andrea Lobo, [Protests in Peru’s capital continue into a fifth day], World Socialist Web Site, January 24, 2023, para. 8, https://reader.example/articles/protests-in-perus-capital-continue-into-a-fifth-day/#p8.',
    );
  });
  it('cites a re-dated article as printed, with the date of writing', () => {
    expect(chicago(pst).bibliography).toBe(
      'PST-Peru. “Peru: Preliminary Balance and Lessons of an Ongoing Struggle.” Translated by John Prieto. LIT-CI (English edition), July 23, 2024 [written February 15–28, 2023]. https://reader.example/articles/peru-preliminary-balance-and-lessons-of-an-ongoing-struggle/.',
    );
  });
});

describe('APA', () => {
  it('uses initials, the translator note and para. in text', () => {
    expect(apa(busi, 11)).toEqual({
      reference:
        'Busi, M. (2023, April 7). Reflections on the Peruvian Uprising (M. Rosenzweig, Trans.). Left Voice. https://reader.example/articles/reflections-on-the-peruvian-uprising/',
      inText: '(Busi, 2023, para. 11)',
    });
  });
  it('moves the title to the author position when there is none', () => {
    expect(apa(cst, 2)).toEqual({
      reference:
        'The Peruvian Uprising: Massive Protests Demand the Fall of the Coup Regime and a Constituent Assembly. ([2023, January 20–23]). Left Voice. https://reader.example/articles/the-peruvian-uprising-massive-protests-demand-the-fall-of-the/',
      inText:
        '(The Peruvian Uprising: Massive Protests Demand the Fall of the Coup Regime and a Constituent Assembly, [2023], para. 2)',
    });
  });
  it('follows the republished-work pattern for a re-dated article', () => {
    expect(apa(pst, 3).inText).toBe('(PST-Peru, [2023]/2024, para. 3)');
    expect(apa(pst).reference.endsWith('(Original work written [2023, February 15–28])')).toBe(true);
  });
});

describe('MLA', () => {
  it('cites a paragraph with par. and no scheme in the URL', () => {
    expect(mla(busi, 11)).toBe(
      'Busi, Matías. “Reflections on the Peruvian Uprising.” Translated by Molly Rosenzweig, Left Voice, 7 Apr. 2023, par. 11, reader.example/articles/reflections-on-the-peruvian-uprising/#p11.',
    );
    expect(mla(lobo)).toBe(
      'Lobo, Andrea. [Protests in Peru’s capital continue into a fifth day]. World Socialist Web Site, 24 Jan. 2023, reader.example/articles/protests-in-perus-capital-continue-into-a-fifth-day/.',
    );
  });
});

describe('reference-manager formats', () => {
  it('never invents an author', () => {
    expect(bibtex(cst)).not.toMatch(/author/);
    expect(ris(cst)).not.toMatch(/^AU/m);
    expect(cslJson(cst)['author']).toBeUndefined();
  });
  it('keeps an organisation author whole and marks devised titles and estimated dates', () => {
    expect(bibtex(pst)).toContain('author = {{PST-Peru}}');
    expect(cslJson(pst)['author']).toEqual([{ literal: 'PST-Peru' }]);
    expect(cslJson(lobo)['author']).toEqual([{ given: 'Andrea', family: 'Lobo' }]);
    expect(bibtex(lobo)).toContain('Title devised by the editors');
    expect(cslJson(cst)['issued']).toEqual({
      'date-parts': [
        [2023, 1, 20],
        [2023, 1, 23],
      ],
      approximate: true,
    });
    expect(ris(busi).split('\r\n')).toEqual(
      expect.arrayContaining([
        'TY  - ELEC',
        'AU  - Busi, Matías',
        'TI  - Reflections on the Peruvian Uprising',
        'A4  - Rosenzweig, Molly',
        'PB  - Left Voice',
        'DA  - 2023/04/07/',
        'ER  -',
      ]),
    );
    expect(citationKey(busi)).toBe('busi2023reflections');
  });
});

describe('names', () => {
  it.each([
    // The corpus: two-word persons and an organisation.
    ['Matías Busi', { given: 'Matías', family: 'Busi' }],
    ['Andrea Lobo', { given: 'Andrea', family: 'Lobo' }],
    ['Molly Rosenzweig', { given: 'Molly', family: 'Rosenzweig' }],
    ['John Prieto', { given: 'John', family: 'Prieto' }],
    ['PST-Peru', { literal: 'PST-Peru' }],
    // A lower-case particle opens the family name when one word follows it.
    ['Juan Pablo de la Cruz', { given: 'Juan Pablo', family: 'de la Cruz' }],
    ['Vincent van Gogh', { given: 'Vincent', family: 'van Gogh' }],
    ['Bartolomé de Las Casas', { given: 'Bartolomé', family: 'de Las Casas' }],
    ['Pedro del Castillo', { given: 'Pedro', family: 'del Castillo' }],
    // Where the split cannot be known, the name stays whole rather than guessed.
    ['José Carlos Mariátegui La Chira', { literal: 'José Carlos Mariátegui La Chira' }],
    ['Ana María Pérez García', { literal: 'Ana María Pérez García' }],
    ['Dina Ercilia Boluarte Zegarra', { literal: 'Dina Ercilia Boluarte Zegarra' }],
    ['María de los Ángeles Pérez', { literal: 'María de los Ángeles Pérez' }],
    ['  Matías   Busi ', { given: 'Matías', family: 'Busi' }],
  ])('%s', (name, parsed) => {
    expect(parseName(name)).toEqual(parsed);
  });

  const spanish = { ...busi, authors: ['Ana María Pérez García'], translators: ['Juan Pablo de la Cruz'] };
  it('cites a name whose split is unknown as printed in every style, never inverted on a guess', () => {
    expect(chicago(spanish).bibliography.startsWith('Ana María Pérez García. “Reflections')).toBe(true);
    expect(chicago(spanish).bibliography).toContain('Translated by Juan Pablo de la Cruz.');
    expect(apa(spanish).reference.startsWith('Ana María Pérez García. (2023, April 7).')).toBe(true);
    expect(apa(spanish).reference).toContain('(J. P. de la Cruz, Trans.)');
    expect(apa(spanish, 2).inText).toBe('(Ana María Pérez García, 2023, para. 2)');
    expect(mla(spanish).startsWith('Ana María Pérez García. “Reflections')).toBe(true);
    expect(cslJson(spanish)['author']).toEqual([{ literal: 'Ana María Pérez García' }]);
    expect(cslJson(spanish)['translator']).toEqual([{ given: 'Juan Pablo', family: 'de la Cruz' }]);
    expect(bibtex(spanish)).toContain('author = {{Ana María Pérez García}}');
    expect(bibtex(spanish)).toContain('translator = {de la Cruz, Juan Pablo}');
    expect(ris(spanish)).toContain('AU  - Ana María Pérez García\r\n');
    expect(citationKey(spanish)).toBe('anamariaperezgarcia2023reflections');
  });
  it('inverts a name with a particle at the particle', () => {
    const cruz = { ...busi, authors: ['Juan Pablo de la Cruz'] };
    expect(chicago(cruz).bibliography.startsWith('de la Cruz, Juan Pablo. “Reflections')).toBe(true);
    expect(apa(cruz).reference.startsWith('de la Cruz, J. P. (2023, April 7).')).toBe(true);
  });
});

describe('typography', () => {
  it('prints a title’s own question or exclamation mark without an added period', () => {
    const exclaimed = { ...busi, title: 'Long live the rebellion!' };
    expect(chicago(exclaimed).bibliography).toContain('“Long live the rebellion!” Translated');
    expect(chicago(exclaimed, 1).note).toContain('“Long live the rebellion!,” trans.');
    expect(mla(exclaimed)).toContain('“Long live the rebellion!” Translated');
    expect(apa(exclaimed).reference).toContain('Long live the rebellion! (M. Rosenzweig, Trans.). Left Voice.');
    expect(apa({ ...exclaimed, translators: [] }).reference).toContain('Long live the rebellion! Left Voice.');
  });
  it("curls a site name's apostrophe as the styles print it", () => {
    expect(typographic("Workers' Voice")).toBe('Workers’ Voice');
    expect(mla({ ...busi, publisher: "Workers' Voice" })).toContain('Workers’ Voice, 7 Apr. 2023');
  });
});
