/** Table tests of the pure line classifiers, with shapes beyond our five seeds. */
import { describe, expect, it } from 'vitest';
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
  ])('byline %s', (line, names) => expect(patterns.parseByline(line)).toEqual(names));

  it.each([
    ['Jane Doe', ['Jane Doe']],
    ['A, B and C', ['A', 'B', 'C']],
    ['Ana Díaz & Eva Ruiz; Luis Condori', ['Ana Díaz', 'Eva Ruiz', 'Luis Condori']],
    // Spanish "y" joins two names as "and" does; inside a word it is a letter, not a separator.
    ['María Quispe y Yuri Mamani', ['María Quispe', 'Yuri Mamani']],
    ['Andrea Sandy', ['Andrea Sandy']],
    [' , ', []],
  ])('names in %s', (text, names) => expect(patterns.splitNames(text)).toEqual(names));

  it.each([
    ['Matías Busi', true],
    ['Ana María de la Cruz', true],
    ['Class Struggle Today and Tomorrow Again', false],
    ['Latin America.', false],
    ['one two', false],
  ])('name %s → %s', (line, yes) => expect(patterns.looksLikeName(line)).toBe(yes));

  it.each([
    ['Translation: John Prieto', ['John Prieto']],
    ['Translation by Molly Rosenzweig', ['Molly Rosenzweig']],
    ['Translated from Spanish by Ana Díaz and Eva Ruiz.', ['Ana Díaz', 'Eva Ruiz']],
    ['Translation is always a betrayal of the original, as the old saying goes in many languages.', null],
  ])('translator %s', (line, names) => expect(patterns.parseTranslatorCredit(line)).toEqual(names));

  it.each([
    ['Photo: Alessandro Cinque/Reuters', 'Alessandro Cinque/Reuters'],
    ['Photo credit: EFE', 'EFE'],
    ['(Photo: Purple Up for Palestine)', 'Purple Up for Palestine'],
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
  });

  it.each([
    ['This article is adapted and updated from a statement by the CST.', true],
    ['This statement was translated by volunteers.', true],
    ['This article is a disgrace, said the minister, and the press agreed with him.', false],
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
  ])('introduces a quote: %s → %s', (line, yes) => expect(patterns.introducesQuote(line)).toBe(yes));
});
