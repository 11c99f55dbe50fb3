import { describe, expect, it } from 'vitest';
import { slugFromTitle } from '../../../src/ingest/slug-from-title.ts';
import { readEntryRef } from '../../../src/lib/collection/collection-url.ts';
import { ARTICLE_SLUG } from '../../../src/lib/routes/routes.ts';

describe('slugFromTitle', () => {
  it('slugs a title, dropping the brackets of a devised one', () => {
    expect(slugFromTitle('Peru: Long live the rebellion!')).toBe('peru-long-live-the-rebellion');
    expect(slugFromTitle('[Statement on Juliaca]')).toBe('statement-on-juliaca');
  });

  it('cuts a long slug at a word boundary within 64 characters', () => {
    const slug = slugFromTitle('The workers and peasants of southern Peru march on Lima against the coup government');
    expect(slug).toBe('the-workers-and-peasants-of-southern-peru-march-on-lima-against');
    expect(slug.length).toBeLessThanOrEqual(64);
  });

  it('composes a decomposed title (NFC), so the folder, the links and the collection agree', () => {
    const slug = slugFromTitle('Peru\u0301 strike');
    expect(slug).toBe('per\u00fa-strike');
    expect(slug).toBe(slug.normalize('NFC'));
  });

  it('gives slugs the collection accepts, combining marks and other scripts included', () => {
    for (const title of ['İstanbul grevi', 'हड़ताल और संघर्ष', 'Perú: la huelga'])
      expect(ARTICLE_SLUG.test(slugFromTitle(title)), title).toBe(true);
    expect(readEntryRef(`${slugFromTitle('हड़ताल और संघर्ष')}:p2`)).not.toBeNull();
  });

  it('never gives a name Windows reserves for a device, so every checkout can hold the file', () => {
    for (const title of ['Con', 'NUL', 'Aux', 'COM1', 'lpt9']) expect(slugFromTitle(title)).toMatch(/-article$/);
    expect(slugFromTitle('Con games')).toBe('con-games');
  });

  it('never gives an empty slug', () => {
    expect(slugFromTitle('¿¡!?')).toBe('untitled');
  });
});
