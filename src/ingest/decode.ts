/**
 * Decode a seed's bytes into text, refusing what is not a text article: empty files, binary
 * data, invalid UTF-8 and files over the size limit. A BOM and CRLF / CR line ends are accepted.
 */
import { IngestError } from './errors.ts';
import { normaliseNewlines } from './parse-plain-text.ts';

/** Largest seed accepted: a long article is ~100 KB; 2 MiB leaves twenty-fold headroom. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

/** 1-based line of a byte offset; CRLF, LF and a lone CR each end a line, as in {@link normaliseNewlines}. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * The refusal of a seed of `size` bytes, over {@link MAX_SEED_BYTES}; shared by the size check
 * before reading and the one on the bytes.
 */
export function tooLargeError(file: string, size: number): IngestError {
  return new IngestError(
    file,
    null,
    `the file is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_SEED_BYTES / 1024 / 1024} MiB limit for one article`,
    'check that this is one saved article; split a collection into one file per article',
  );
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * The text of a seed file, with newlines normalised and any BOM removed.
 * @throws IngestError naming the file, the line and the fix.
 */
export function decodeSeed(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_SEED_BYTES) throw tooLargeError(file, bytes.length);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(
      file,
      lineAt(bytes, nul),
      `binary data: a NUL byte at byte ${nul}`,
      'save the article as plain text (UTF-8), not as a binary or UTF-16 file',
    );
  }
  const bad = findInvalidUtf8(bytes);
  if (bad !== -1) {
    throw new IngestError(
      file,
      lineAt(bytes, bad),
      `invalid UTF-8 at byte ${bad} (0x${(bytes[bad] as number).toString(16).padStart(2, '0')})`,
      'convert the file to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`',
    );
  }
  const text = normaliseNewlines(new TextDecoder('utf-8').decode(bytes));
  if (text.trim() === '') {
    throw new IngestError(
      file,
      1,
      'the file is empty or only white space',
      "add the article's text, or remove the file",
    );
  }
  return text;
}
