/** Table tests of the pure line classifiers, with shapes beyond our five seeds. */
import { describe, expect, it } from 'vitest';
import * as names from '../../../src/ingest/names.ts';
import * as patterns from '../../../src/ingest/patterns.ts';

const BODY = 'The police answered with tear gas, and the marchers regrouped in the square by nightfall.';

describe('parseDateLine', () => {
  it.each([
    ['Tue Jul 23, 2024', '2024-07-23'],
    ['July 23, 2024', '2024-07-23'],
    ['23 July 2024', '2024-07-23'],
    ['2024-07-23', '2024-07-23'],
    ['Sept. 3, 2022', '2022-09-03'],
    ['February 30, 2023', null],
    ['On July 23, 2024 we marched', null],
    [BODY, null],
  ])('%s → %s', (line, iso) => expect(patterns.parseDateLine(line)).toBe(iso));
});

describe('bylines, names and credits', () => {
  it.each([
    ['By: PST-Peru', ['PST-Peru']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['by María Quispe, Ana Mamani & Luis Condori', ['María Quispe', 'Ana Mamani', 'Luis Condori']],
    ['By the end of January the strike had spread to every province of the south.', null],
    ['By the end of January the strike had spread south', null], // no full stop, but lower case
    ['By Jane Doe, Lima correspondent', ['Jane Doe']],
  ])('byline %s', (line, credited) => expect(patterns.parseByline(line)).toEqual(credited));

  it.each([
    ['By Jane Doe, Lima correspondent', [{ name: 'Jane Doe', role: 'Lima correspondent' }]],
    [
      'By Jane Doe and John Roe',
      [
        { name: 'Jane Doe', role: null },
        { name: 'John Roe', role: null },
      ],
    ],
    ['By Jane Doe | Lima', [{ name: 'Jane Doe', role: 'Lima' }]],
    ['By Jane Doe — staff writer', [{ name: 'Jane Doe', role: 'staff writer' }]],
    [
      'By María Quispe, Ana Mamani & Luis Condori',
      [
        { name: 'María Quispe', role: null },
        { name: 'Ana Mamani', role: null },
        { name: 'Luis Condori', role: null },
      ],
    ],
  ])('byline credits %s', (line, credits) => expect(patterns.parseBylineCredits(line)).toEqual(credits));

  it.each([
    ['Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe | Lima', ['Jane Doe']],
    ['Peru and Bolivia', null],
    ['BREAKING NEWS', null],
  ])('a line of names alone, %s', (line, expected) =>
    expect(names.parseCredits(line, true)?.map((c) => c.name) ?? null).toEqual(expected),
  );

  it.each([
    ['Jane Doe', ['Jane Doe']],
    ['A, B and C', ['A', 'B', 'C']],
    ['Ana Díaz & Eva Ruiz; Luis Condori', ['Ana Díaz', 'Eva Ruiz', 'Luis Condori']],
    // Spanish "y" joins two names as "and" does; inside a word it is a letter, not a separator.
    ['María Quispe y Yuri Mamani', ['María Quispe', 'Yuri Mamani']],
    ['Andrea Sandy', ['Andrea Sandy']],
    [' , ', []],
  ])('names in %s', (text, parts) => expect(names.splitNames(text)).toEqual(parts));

  // Names of several languages and shapes: accents, particles, apostrophes, hyphens, initials.
  it.each([
    'Matías Busi',
    'Ana María de la Cruz',
    'María Elena Quispe Mamani',
    'José de la Cruz',
    "Ana O'Neill",
    'Jean-Luc Mélenchon',
    'Mary McCarthy',
    'J. Doe',
    'Keiko Fujimori',
    'Wiñay Quispe',
    'Olivia Wood',
    'Will Smith', // "will" is a verb, "Will Smith" a name: the tagger reads the whole line
    'Bill Fletcher Jr.',
    'José Ortega y Gasset',
  ])('name: %s', (line) => expect(names.looksLikeName(line)).toBe(true));

  it.each([
    ['BREAKING NEWS', 'all capitals'],
    ['MARÍA QUISPE', 'all capitals'],
    ['The Massacre In Juliaca', 'function words'],
    ['Class Struggle Today and Tomorrow Again', 'function word, and six words'],
    ['State of Emergency', 'function word'],
    ['Justicia Para Juliaca', 'a Spanish function word'],
    ['Marcha Por La Vida', 'a Spanish function word'],
    ['Peru Protests Continue', 'a plural and a verb'],
    ['Congress Must Go', 'a verb'],
    ['Workers Strike Back', 'a plural'],
    ['Staff Writer', 'a role'],
    ['La República', 'starts with a particle'],
    ['Latin America.', 'final full stop'],
    ['one two', 'lower case'],
    ['Matías', 'one word'],
  ])('not a name: %s (%s)', (line) => expect(names.looksLikeName(line)).toBe(false));

  it.each([
    ['Translation: John Prieto', ['John Prieto']],
    ['Translation by Molly Rosenzweig', ['Molly Rosenzweig']],
    ['Translated from Spanish by Ana Díaz and Eva Ruiz.', ['Ana Díaz', 'Eva Ruiz']],
    ['Translation is always a betrayal of the original, as the old saying goes in many languages.', null],
  ])('translator %s', (line, credited) => expect(patterns.parseTranslatorCredit(line)).toEqual(credited));

  it.each([
    ['Photo: Alessandro Cinque/Reuters', 'Alessandro Cinque/Reuters'],
    ['Photo credit: EFE', 'EFE'],
    ['(Photo: Purple Up for Palestine)', 'Purple Up for Palestine'],
    ['Photos: AP', 'AP'],
    ['Photo by Juan Pérez', 'Juan Pérez'],
    ['Photos of the dead circulated widely on social media that week.', null],
    [BODY, null],
  ])('photo credit %s', (line, credit) => expect(patterns.parsePhotoCredit(line)).toBe(credit));

  it('splits a caption from its agency credit', () => {
    expect(
      patterns.parseCaptionWithCredit(
        'Protesters participate in a national strike on January 19 in Lima, Peru. EFE/ Paolo Aguilar',
      ),
    ).toEqual({
      caption: 'Protesters participate in a national strike on January 19 in Lima, Peru.',
      credit: 'EFE/ Paolo Aguilar',
    });
    expect(patterns.parseCaptionWithCredit(BODY)).toBeNull();
  });

  it('reads an original-publication note', () => {
    expect(
      patterns.parseOriginalPublication('Originally published in Spanish on March 26 in La Izquierda Diario.'),
    ).toEqual({
      outlet: 'La Izquierda Diario',
      language: 'Spanish',
      datePrinted: 'March 26',
    });
    expect(patterns.parseOriginalPublication('First published in French by Révolution Permanente.')).toMatchObject({
      language: 'French',
      outlet: 'Révolution Permanente',
    });
    expect(patterns.parseOriginalPublication(BODY)).toBeNull();
    expect(patterns.parseOriginalPublication('Originally published at Left Voice')).toEqual({
      outlet: 'Left Voice',
      language: null,
      datePrinted: null,
    });
    expect(patterns.parseOriginalPublication('Originally published on 12 January 2023 in Ojo Público.')).toEqual({
      outlet: 'Ojo Público',
      language: null,
      datePrinted: '12 January 2023',
    });
    expect(
      patterns.parseOriginalPublication('The decree was first published in El Peruano on a Sunday night.'),
    ).toBeNull();
  });

  it.each([
    ['This article is adapted and updated from a statement by the CST.', true],
    ['This statement was translated by volunteers.', true],
    ['This article is a disgrace, said the minister, and the press agreed with him.', false],
    ['This interview has been edited for length and clarity.', true],
    ['Edited for length and clarity.', true],
    ['The interview has been condensed and edited.', true],
    ['Editor’s note: the names of the witnesses have been changed.', true],
    ['This interview was edited by the state broadcaster before it aired.', false],
    ['This interview was the first he gave after leaving prison.', false],
  ])('editorial note %s → %s', (line, yes) => expect(patterns.isEditorialNote(line)).toBe(yes));
});

describe('furniture', () => {
  it.each([
    ['Facebook Instagram Twitter YouTube', true],
    ['Facebook Twitter Share', true],
    ['Share', true],
    ['WhatsApp | Telegram | Email', true],
    ['Twitter', false],
    ['Share the wealth', false],
  ])('share bar %s → %s', (line, yes) => expect(patterns.isShareBar(line)).toBe(yes));

  it.each([
    [
      'You might be interested in: A Socialist Perspective on the Crisis in Peru',
      'A Socialist Perspective on the Crisis in Peru',
    ],
    ['Read also: Another Title', 'Another Title'],
    ['You might be interested in the history of the CGTP, which goes back to 1929.', null],
  ])('related %s', (line, title) => expect(patterns.parseRelatedLine(line)).toBe(title));

  it.each([
    ['MOST RECENT', 'heading of a list of other articles'],
    ['Most Popular Articles', 'heading of a list of other articles'],
    ['Check out our other content', 'link to other content of the site'],
    ['Check out other tags:', 'link to other content of the site'],
    ["All That's Left, the podcast from Left Voice.", 'podcast promotion'],
    ['The podcast from Left Voice has covered the Peruvian uprising since the first week of the strike.', null],
    ['Most recent polls show 90% reject Congress.', null],
  ])('tail marker %s → %s', (line, reason) => expect(patterns.tailMarkerReason(line)).toBe(reason));
});

describe('titles, headings, quotes', () => {
  it.each([
    ['Reflections on the Peruvian Uprising', true, true],
    ['Why Hasn’t Boluarte Fallen?', true, true],
    ['Peru: Long live the workers’ and popular rebellion!', true, false],
    [BODY, false, false],
    ['July 23, 2024', true, false],
    // A sentence ending in a quotation is prose, not a title (the stop sits inside the closing quote).
    ['A miner told reporters: “We will not go back.”', false, false],
  ])('%s: title %s, heading %s', (line, title, heading) => {
    expect(patterns.looksLikeTitle(line)).toBe(title);
    expect(patterns.looksLikeHeading(line)).toBe(heading);
  });

  it.each([
    ['Returning to Trotsky, he states that:', true],
    ['As Mariátegui wrote:', true],
    ['In the words of the union:', false],
    ['Our demands are the following:', false],
    ['He states that the strike is over.', false],
    ['Rosa Quispe described what happened next to La República:', true],
  ])('introduces a quote: %s → %s', (line, yes) => expect(patterns.introducesQuote(line)).toBe(yes));

  it.each([
    ['Our demands are the following:', true],
    ['The spokesman said they had three demands:', true],
    ['Their conditions were these:', true],
    ['As Mariátegui wrote:', false],
    ['Rosa Quispe described what happened next to La República:', false],
    ['A miner told several reporters:', false], // a quantity of listeners, not of items
  ])('introduces a list: %s → %s', (line, yes) => expect(patterns.introducesList(line)).toBe(yes));

  it.each([
    ['I came because my cousin was killed in Juliaca.', true],
    ['We sleep by the fire and take turns on the road.', true],
    ['Nosotros no vamos a volver.', true],
    ['I’m not afraid any more.', true],
    ['As the US-backed regime met the UN commissioner, the police attacked.', false],
    ['The nurses ran out of blood at midnight.', false],
    ['Mining in Peru is run by foreign capital.', false],
  ])('first person: %s → %s', (line, yes) => expect(patterns.speaksInFirstPerson(line)).toBe(yes));

  it.each([
    ["Peru protests Jan '23", 'Police Fire on Marchers in Juliaca', true],
    ['ANALYSIS', 'A Long Winter of Protest in the Andes', true],
    ['LATIN AMERICA | PERU', 'Why the South Rose First and Stayed Out Longest', true],
    // a title with its standfirst, a byline, or a name under it
    ['Peru Rises', 'Thousands march on Lima as the regime answers with tear gas and mass arrests', false],
    ['Peru Rises', 'By Ana María Paz', false],
    ['Peru Rises', 'María Elena Quispe Mamani', false],
    // too long, or a sentence with function words, to be a label
    ['Notes on the Strike', 'Letters Sent From Puno During the Longest Week of the Uprising', false],
    ['Six words make no label here', 'Police Fire on Marchers in Juliaca and Ayacucho Again', false],
    ['Peru:', 'Police Fire on Marchers in Juliaca', false], // final punctuation
  ])('kicker %j above %j → %s', (line, next, yes) => expect(patterns.isKicker(line, next)).toBe(yes));
});
