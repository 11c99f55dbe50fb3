/** Decoding saved pages: BOM, then the page's declaration, else UTF-8; what cannot be decoded is refused with line and fix. */
import { describe, expect, it } from 'vitest';
import { MAX_SEED_BYTES, tooLargeError } from '../../../../src/ingest/decode.ts';
import { IngestError } from '../../../../src/ingest/errors.ts';
import { decodeHtml, declaredCharset, PRESCAN_BYTES } from '../../../../src/ingest/html/decode-html.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

/** The IngestError `decodeHtml` throws for `input`. */
function refusal(input: Uint8Array): IngestError {
  try {
    decodeHtml('page.html', input);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('decodeHtml picks the encoding as a browser would', () => {
  it('reads UTF-8 when the page declares nothing', () => {
    expect(decodeHtml('page.html', utf8('<p>Perú, año</p>'))).toEqual({
      html: '<p>Perú, año</p>',
      encoding: 'utf-8',
      from: 'default',
    });
  });

  it('honours <meta charset> (windows-1252: 0xE9 is é, 0x93/0x94 are curly quotes)', () => {
    const page = decodeHtml(
      'page.html',
      bytes('<meta charset="windows-1252"><p>Per', [0xfa, 0x20, 0x93], 'x', [0x94], '</p>'),
    );
    expect(page).toMatchObject({ encoding: 'windows-1252', from: 'meta' });
    expect(page.html).toContain('Perú “x”');
  });

  it('honours http-equiv Content-Type (ISO-8859-1, which WHATWG reads as windows-1252)', () => {
    const page = decodeHtml(
      'page.html',
      bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>a', [0xf1], 'o</p>'),
    );
    expect(page).toMatchObject({ encoding: 'windows-1252', from: 'meta' });
    expect(page.html).toContain('año');
  });

  it('lets a BOM win over the declaration, and drops it', () => {
    const page = decodeHtml('page.html', bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>año</p>'));
    expect(page).toEqual({ html: '<meta charset="windows-1252"><p>año</p>', encoding: 'utf-8', from: 'bom' });
  });

  it('reads a UTF-16 page by its BOM (its NUL bytes are not binary)', () => {
    const text = '<p>año</p>';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le[2 + i * 2] = text.charCodeAt(i);
    expect(decodeHtml('page.html', le)).toMatchObject({ html: text, encoding: 'utf-16le' });
  });

  it('reads UTF-8 for a page declaring UTF-16 in ASCII markup (the HTML standard)', () => {
    expect(decodeHtml('page.html', utf8('<meta charset="utf-16"><p>año</p>')).encoding).toBe('utf-8');
  });

  it('looks for the declaration in the first 1024 bytes only', () => {
    const late = `<!--${'x'.repeat(PRESCAN_BYTES)}--><meta charset="windows-1252">`;
    expect(declaredCharset(utf8(late))).toBeNull();
    expect(declaredCharset(utf8(`<meta http-equiv=content-type content='text/html;charset=latin1'>`))).toBe('latin1');
  });

  it('keeps a replacement character the site itself wrote (ingestPage warns if it is in the text)', () => {
    // Four of the ScrapingHub benchmark's 181 real pages carry one, in a class name or a cut-off description.
    expect(decodeHtml('page.html', utf8('<p class="w \uFFFDx">a</p>')).html).toBe('<p class="w \uFFFDx">a</p>');
  });

  it('normalises CRLF line ends', () => {
    expect(decodeHtml('page.html', utf8('<p>a</p>\r\n<p>b</p>\r\n')).html).toBe('<p>a</p>\n<p>b</p>\n');
  });
});

describe('decodeHtml refuses what it cannot decode, with line and fix', () => {
  it('a file over the text seeds’ size limit, in the same words', () => {
    const error = refusal(new Uint8Array(MAX_SEED_BYTES + 1).fill(0x20));
    expect(error.message).toBe(tooLargeError('page.html', MAX_SEED_BYTES + 1).message);
  });

  it('binary data named .html (a PNG header), at its line', () => {
    const error = refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(error.line).toBe(3); // CR LF ends line 1, the lone LF line 2
    expect(error.problem).toMatch(/^binary data: a NUL byte at byte 8/);
  });

  it('invalid UTF-8 under a utf-8 declaration: a mislabelled page', () => {
    const before = '<meta charset="utf-8">\n<p>Per';
    const error = refusal(bytes(before, [0xfa], '</p>'));
    expect(error.line).toBe(2);
    expect(error.problem).toBe(`invalid UTF-8 at byte ${utf8(before).length} (0xfa), though the page declares utf-8`);
    expect(error.fix).toMatch(/mislabelled.*<meta charset/);
  });

  it('invalid UTF-8 when nothing is declared: asks for the declaration', () => {
    const error = refusal(bytes('<p>Per', [0xfa], '</p>'));
    expect(error.fix).toMatch(/<meta charset="windows-1252">/);
  });

  it('UTF-8 bytes under a windows-1252 declaration would become mojibake', () => {
    const error = refusal(utf8('<meta charset="windows-1252">\n\n<p>Perú</p>'));
    expect(error.line).toBe(3);
    expect(error.problem).toMatch(/declares windows-1252, but its bytes are UTF-8/);
  });

  it('an encoding TextDecoder does not know', () => {
    expect(refusal(utf8('<meta charset="klingon-8"><p>a</p>')).problem).toMatch(
      /declares the character encoding "klingon-8"/,
    );
  });

  it('an empty page', () => {
    expect(refusal(utf8(' \n')).problem).toMatch(/empty/);
  });
});
