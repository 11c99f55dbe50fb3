import { describe, expect, it } from 'vitest';
import { slugFromTitle } from '../../../src/ingest/slug-from-title.ts';

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

  it('never gives an empty slug', () => {
    expect(slugFromTitle('¿¡!?')).toBe('untitled');
  });
});
