/**
 * Decode a saved web page's bytes into text as a browser would choose the encoding: a byte order
 * mark first, then the page's own declaration (`<meta charset>` or `<meta http-equiv="Content-Type">`
 * in the first 1024 bytes, the HTML standard's pre-scan window), else UTF-8. The decoding itself is
 * the WHATWG `TextDecoder` Node ships. Refused, with the file, the line and the fix: files over the
 * text seeds' size limit, binary data, an encoding `TextDecoder` does not know, and a declaration
 * the bytes contradict (invalid UTF-8 under `utf-8`, UTF-8 bytes under a single-byte encoding).
 * Decoding itself never makes a replacement character “�” here: invalid UTF-8 is refused
 * first, and a single-byte encoding maps every byte. One already in the file was written by the
 * site, often in an attribute; ingestPage warns when one stands in the article's text.
 */
import { MAX_SEED_BYTES, findInvalidUtf8, tooLargeError } from '../decode.ts';
import { IngestError } from '../errors.ts';
import { normaliseNewlines } from '../parse-plain-text.ts';

/** Bytes the HTML standard's encoding pre-scan reads for a declaration. */
export const PRESCAN_BYTES = 1024;

/** A decoded page and how its encoding was chosen. */
export interface DecodedPage {
  /** The page's text, newlines normalised to LF, without a BOM. */
  html: string;
  /** The WHATWG name of the encoding used (`utf-8`, `windows-1252`, …). */
  encoding: string;
  /** Where the encoding came from. */
  from: 'bom' | 'meta' | 'default';
}

/** 1-based line of a byte offset (CRLF, LF and a lone CR each end a line). */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** The BOM's encoding and length, or null. */
function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/**
 * The charset label a page declares in its first {@link PRESCAN_BYTES} bytes, or null: `<meta
 * charset="…">`, or `charset=…` in the content of `<meta http-equiv="Content-Type">`.
 * @example declaredCharset(new TextEncoder().encode('<meta charset="windows-1252">')) // 'windows-1252'
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one character, so ASCII markup reads the same whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?\s*([^\s"'>;/]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

/** The WHATWG encoding for a label, or null when `TextDecoder` does not know it. */
function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * The text of a saved web page.
 * @throws IngestError naming the file, the line where it can, and the fix.
 */
export function decodeHtml(file: string, bytes: Uint8Array): DecodedPage {
  if (bytes.length > MAX_SEED_BYTES) throw tooLargeError(file, bytes.length);
  const bom = sniffBom(bytes);
  let encoding: string;
  let from: DecodedPage['from'];
  if (bom) [encoding, from] = [bom.encoding, 'bom'];
  else {
    const label = declaredCharset(bytes);
    if (label === null) [encoding, from] = ['utf-8', 'default'];
    else {
      const known = encodingFor(label);
      if (known === null) {
        throw new IngestError(
          file,
          null,
          `the page declares the character encoding "${label}", which ingest cannot decode`,
          'correct the page\'s <meta charset="…"> to its real encoding (utf-8, windows-1252, iso-8859-1 …), or convert the file to UTF-8 with iconv',
        );
      }
      // The HTML standard: a page that declares UTF-16 in ASCII markup is not UTF-16; read it as UTF-8.
      encoding = known.startsWith('utf-16') ? 'utf-8' : known;
      from = 'meta';
    }
  }
  const said = from === 'meta' ? `, though the page declares ${encoding}` : '';

  if (!encoding.startsWith('utf-16')) {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      throw new IngestError(
        file,
        lineAtByte(bytes, nul),
        `binary data: a NUL byte at byte ${nul}; this is not a web page saved as HTML`,
        'save the article page from the browser with "Save page as… → Web page, HTML only", or remove the file',
      );
    }
  }
  if (encoding === 'utf-8') {
    const bad = findInvalidUtf8(bytes);
    if (bad !== -1) {
      throw new IngestError(
        file,
        lineAtByte(bytes, bad),
        `invalid UTF-8 at byte ${bad} (0x${(bytes[bad] as number).toString(16).padStart(2, '0')})${said}`,
        from === 'meta'
          ? 'the page is mislabelled: put its real encoding (often windows-1252) in its <meta charset="…">, or convert it with `iconv -f WINDOWS-1252 -t UTF-8`'
          : 'add the page\'s real encoding at the top of its <head>, e.g. <meta charset="windows-1252">, or convert it with `iconv -f WINDOWS-1252 -t UTF-8`',
      );
    }
  } else if (!encoding.startsWith('utf-16') && from === 'meta' && bytes.some((b) => b >= 0x80)) {
    // Bytes that are valid UTF-8 (and not plain ASCII) under a single-byte label are a mislabelled
    // UTF-8 page: decoding them as declared would print "Ã©" for "é".
    if (findInvalidUtf8(bytes) === -1 && isLatinSingleByte(encoding)) {
      const first = bytes.findIndex((b) => b >= 0x80);
      throw new IngestError(
        file,
        lineAtByte(bytes, first),
        `the page declares ${encoding}, but its bytes are UTF-8 (read as declared, “é” would become “Ã©”)`,
        'correct the page\'s declaration to <meta charset="utf-8">',
      );
    }
  }

  const decoded = new TextDecoder(encoding).decode(bytes.subarray(bom?.length ?? 0));
  const html = normaliseNewlines(decoded);
  if (html.trim() === '') {
    throw new IngestError(
      file,
      1,
      'the file is empty or only white space',
      'save the article page again, or remove the file',
    );
  }
  return { html, encoding, from };
}

/** The single-byte Latin encodings, where bytes that read as UTF-8 betray a mislabelled page. */
function isLatinSingleByte(encoding: string): boolean {
  return /^windows-125\d$|^iso-8859-\d+$|^macintosh$|^x-mac-/.test(encoding);
}
