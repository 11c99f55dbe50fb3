/**
 * Collection links: what a collection writes reads back the same (title, order, notes with any
 * characters), and links that are damaged, too long or too full are refused with a reason, while
 * single bad entries are set aside and the rest kept.
 */
import { describe, expect, it } from 'vitest';
import { cleanText, LIMITS, setNote, type Collection } from '../../../../src/lib/collection/collection.ts';
import {
  fitEdit,
  fitsInLink,
  readCollection,
  readEntryRef,
  writeCollection,
} from '../../../../src/lib/collection/collection-url.ts';
import { loadCommitted } from '../../../helpers/corpus.ts';

const slugs = loadCommitted().map((a) => a.slug);
const [a = '', b = '', c = ''] = slugs;

function roundTrip(collection: Collection): Collection {
  const read = readCollection(`?${writeCollection(collection)}`);
  if (!read.ok) throw new Error(read.reason);
  expect(read.problems).toEqual([]);
  return read.collection;
}

describe('a collection link reads back as the collection it was written from', () => {
  it('keeps the title, the order and every note, whatever characters they hold', () => {
    const collection: Collection = {
      title: 'Unions & the strike: “who called it?” — 50% of ¶s, a+b=c #1 ?p=x',
      entries: [
        { slug: c, n: 7, note: '' },
        { slug: a, n: 3, note: 'Compare: ¶4, 18 dead; see also b:p2 & c:p9\nSecond line, 100%' },
        { slug: b, n: 12, note: 'Perú — José, “quoted”, emoji 🟥, +plus+ and spaces  ' },
      ],
    };
    expect(roundTrip(collection)).toEqual(collection);
  });

  it('keeps every article of the corpus and high ¶ numbers', () => {
    const collection: Collection = { title: '', entries: slugs.map((slug, i) => ({ slug, n: i * 17 + 1, note: '' })) };
    expect(roundTrip(collection)).toEqual(collection);
  });

  it('is readable: slugs, ¶ ids, commas and colons appear as they are', () => {
    const query = writeCollection({
      title: 'Two passages',
      entries: [
        { slug: a, n: 3, note: 'why' },
        { slug: b, n: 7, note: '' },
      ],
    });
    expect(query).toBe(`t=Two+passages&p=${a}:p3,${b}:p7&note=${a}:p3:why`);
  });

  it('sets aside a ¶ number no article can have, instead of printing it as ¶1e+23', () => {
    const read = readCollection(`?p=${a}:p100000000000000000000000,${a}:p2`);
    expect(read.ok && read.collection.entries.map((e) => e.n)).toEqual([2]);
    expect(read.ok && read.problems).toEqual([{ kind: 'unreadable', text: `${a}:p100000000000000000000000` }]);
  });

  it('leaves a damaged parameter it does not read alone, and still refuses a damaged one it reads', () => {
    const read = readCollection(`?p=${a}:p3&utm_source=100%&x%ZZ=1`);
    expect(read.ok && read.collection.entries).toEqual([{ slug: a, n: 3, note: '' }]);
    expect(readCollection(`?p=${a}:p3&t=100%`).ok).toBe(false);
  });

  it('writes nothing for the empty collection, which reads back empty', () => {
    expect(writeCollection({ title: '', entries: [] })).toBe('');
    expect(readCollection('')).toEqual({ ok: true, collection: { title: '', entries: [] }, problems: [] });
  });

  it('reads what mail programs do to a link: encoded colons and commas, %20 spaces, extra parameters', () => {
    const read = readCollection(`?utm_source=mail&t=Two%20words&p=${a}%3Ap3%2C${b}%3Ap7&fbclid=xyz`);
    expect(read).toEqual({
      ok: true,
      collection: {
        title: 'Two words',
        entries: [
          { slug: a, n: 3, note: '' },
          { slug: b, n: 7, note: '' },
        ],
      },
      problems: [],
    });
  });

  it('reads several p parameters one after the other', () => {
    const read = readCollection(`p=${a}:p1&p=${b}:p2,${c}:p3`);
    expect(read.ok && read.collection.entries.map((e) => e.n)).toEqual([1, 2, 3]);
  });
});

describe('entries it cannot use are set aside, the rest kept', () => {
  it('names unreadable entries, duplicates and notes for passages the link lacks', () => {
    const read = readCollection(
      `p=${a}:p3,nonsense,${a}:3,${a}:p03,${a}:p3,${b}:p2&note=${c}:p9:lost&note=${b}:p2:kept`,
    );
    expect(read).toEqual({
      ok: true,
      collection: {
        title: '',
        entries: [
          { slug: a, n: 3, note: '' },
          { slug: b, n: 2, note: 'kept' },
        ],
      },
      problems: [
        { kind: 'unreadable', text: 'nonsense' },
        { kind: 'unreadable', text: `${a}:3` },
        { kind: 'unreadable', text: `${a}:p03` },
        { kind: 'duplicate', slug: a, n: 3 },
        { kind: 'orphan-note', text: `${c}:p9:lost` },
      ],
    });
  });

  it('reads entry references strictly', () => {
    expect(readEntryRef(`${a}:p12`)).toEqual({ slug: a, n: 12 });
    for (const bad of ['', ':p1', `${a}:p0`, `${a}:P1`, `${a}#p1`, 'a/b:p1', 'a b:p1', `${a}:p1:p2`])
      expect(readEntryRef(bad), bad).toBeNull();
  });
});

describe('a damaged, over-long or over-full link is refused whole, with the reason', () => {
  const refusal = (query: string) => {
    const read = readCollection(query);
    expect(read.ok, query.slice(0, 80)).toBe(false);
    return read.ok ? '' : read.reason;
  };

  it('refuses a link longer than a collection link may be, and says how long it is', () => {
    const long = `p=${a}:p1&note=${a}:p1:${'x'.repeat(LIMITS.query)}`;
    expect(refusal(long)).toMatch(/characters long, and a collection link holds at most 8,000/);
    // Just under the limit is read (the limit is on the query, not on a note alone).
    const fits = `p=${a}:p1&t=${'y'.repeat(LIMITS.title)}`;
    expect(readCollection(fits).ok).toBe(true);
  });

  it('refuses damaged percent-encoding (a link cut inside an escape, bytes that are not UTF-8)', () => {
    expect(refusal(`p=${a}:p1&t=Per%C3`)).toMatch(/encoding is damaged/);
    expect(refusal(`p=${a}:p1&t=100%`)).toMatch(/encoding is damaged/);
    expect(refusal(`p=${a}:p1&t=%FF%FE`)).toMatch(/encoding is damaged/);
  });

  it('refuses more passages than a collection holds', () => {
    const many = Array.from({ length: LIMITS.entries + 1 }, (_, i) => `${a}:p${i + 1}`).join(',');
    expect(refusal(`p=${many}`)).toMatch(/names 51 passages, and a collection holds at most 50/);
    const full = Array.from({ length: LIMITS.entries }, (_, i) => `${a}:p${i + 1}`).join(',');
    expect(readCollection(`p=${full}`).ok).toBe(true);
  });

  it('refuses two titles, an over-long title or note, and control characters', () => {
    expect(refusal(`t=a&t=b`)).toMatch(/2 titles/);
    expect(refusal(`t=${'x'.repeat(LIMITS.title + 1)}`)).toMatch(/title is 121 characters long/);
    expect(refusal(`p=${a}:p1&note=${a}:p1:${'x'.repeat(LIMITS.note + 1)}`)).toMatch(/note is 501 characters long/);
    expect(refusal(`t=a%00b`)).toMatch(/control or text-direction character/);
    expect(refusal(`p=${a}:p1&note=${a}:p1:bell%07`)).toMatch(/control or text-direction character/);
    // C1 controls and bidirectional overrides too (U+0085, U+202E).
    expect(refusal(`t=a%C2%85b`)).toMatch(/control or text-direction character/);
    expect(refusal(`t=${encodeURIComponent('gnp.\u202Eexe')}`)).toMatch(/control or text-direction character/);
    expect(cleanText('note\u202e txt\u0085', 50)).toBe('note txt');
  });

  it('says what to do in every refusal', () => {
    expect(refusal('t=%E2%8')).toMatch(/ask its sender for the link again\.$/);
  });
});

describe('an edit never makes the link longer than a link may be', () => {
  const slugs = loadCommitted().map((x) => x.slug);
  /** Twenty passages, each with a 400-character note: within every per-field limit. */
  const twenty = (note: string): Collection => ({
    title: '',
    entries: Array.from({ length: 20 }, (_, i) => ({ slug: slugs[i % slugs.length] ?? 'a', n: i + 1, note })),
  });

  it('counts the link as written: twenty 400-character notes pass the limit, which a per-field check missed', () => {
    expect(fitsInLink(twenty('x'.repeat(40)))).toBe(true);
    expect(fitsInLink(twenty('x'.repeat(400)))).toBe(false);
    // Percent-encoding: one Chinese character is nine characters of link.
    expect(writeCollection({ title: '中', entries: [] })).toBe('t=%E4%B8%AD');
  });

  it('keeps the longest start of an edit whose link still fits, whole characters only, and says it cut', () => {
    const base = twenty('x'.repeat(200));
    expect(fitsInLink(base)).toBe(true);
    const { collection, cut } = fitEdit('漢'.repeat(LIMITS.note), (t) => setNote(base, 0, t));
    expect(cut).toBe(true);
    expect(fitsInLink(collection)).toBe(true);
    const kept = collection.entries[0]?.note ?? '';
    expect([...kept].every((ch) => ch === '漢')).toBe(true);
    // One character more would not fit.
    expect(fitsInLink(setNote(base, 0, `${kept}漢`))).toBe(false);
    expect(fitEdit('short', (t) => setNote(base, 0, t))).toEqual({ collection: setNote(base, 0, 'short'), cut: false });
  });

  it('reads back every collection an edit can make', () => {
    const { collection, cut } = fitEdit('ё'.repeat(LIMITS.note), (t) => setNote(twenty('ё'.repeat(40)), 19, t));
    expect(cut).toBe(true);
    const read = readCollection(writeCollection(collection));
    expect(read.ok).toBe(true);
  });
});
