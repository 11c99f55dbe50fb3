import { describe, expect, it } from 'vitest';
import { compileMentions } from '../../../../src/lib/annotations/mentions.ts';

const matcher = compileMentions([
  { id: 'boluarte', aliases: ['Dina Boluarte', 'Boluarte', { text: 'Boularte', sic: true }] },
  { id: 'unmsm', aliases: ['National University of San Marcos', 'San Marcos'] },
  { id: 'lima', aliases: ['Lima'] },
  { id: 'toma', aliases: ['takeover of Lima'] },
  { id: 'workers-voice', aliases: ["Workers' Voice"] },
]);
const texts = (t: string) => matcher.find(t).map((m) => `${m.entity}:${m.text}`);

describe('compileMentions', () => {
  it('finds every form on whole words only, case-sensitively (a hyphen ends a word)', () => {
    expect(texts('Boluarte’s government; anti-Boluarte; BOLUARTE; Boluartes')).toEqual([
      'boluarte:Boluarte',
      'boluarte:Boluarte',
    ]);
  });
  it('prefers the longest form at a position, and never overlaps', () => {
    expect(texts('the National University of San Marcos and San Marcos')).toEqual([
      'unmsm:National University of San Marcos',
      'unmsm:San Marcos',
    ]);
    expect(texts('the “takeover of Lima” reached Lima')).toEqual(['toma:takeover of Lima', 'lima:Lima']);
  });
  it('treats straight and curly apostrophes as the same letter', () => {
    expect(texts('Workers’ Voice')).toEqual(['workers-voice:Workers’ Voice']);
  });
  it('marks misspellings and gives exact offsets', () => {
    const [m] = matcher.find('put Dina Boularte in power'.replace('Dina ', ''));
    expect(m).toEqual({ entity: 'boluarte', text: 'Boularte', start: 4, end: 12, sic: true });
  });
  it('refuses a form listed for two entities', () => {
    expect(() =>
      compileMentions([
        { id: 'a', aliases: ['CGTP'] },
        { id: 'b', aliases: ['CGTP'] },
      ]),
    ).toThrow(/"CGTP" is listed for both a and b/);
  });
});
