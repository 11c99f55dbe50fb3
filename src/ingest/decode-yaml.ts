/**
 * The text of a hand-written YAML file (seeds/sources.yaml), refused as a seed would be when it
 * is not UTF-8: a UTF-16 file or a stray Windows-1252 byte would otherwise reach the site as
 * U+FFFD inside a note. Unlike a seed, it may be empty and has no size limit.
 */
import { findInvalidUtf8 } from './decode.ts';
import { IngestError } from './errors.ts';

/** The problem and fix decode.ts gives a seed with a NUL byte (a UTF-16 or binary file), said the same way. */
const nulError = (file: string, line: number, offset: number) =>
  new IngestError(
    file,
    line,
    `binary data: a NUL byte at byte ${offset}`,
    'save the article as plain text (UTF-8), not as a binary or UTF-16 file',
  );

const invalidFix = 'convert the file to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`';

function lineAt(text: ArrayLike<number> | string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (typeof text === 'string' ? text[i] === '\n' : text[i] === 0x0a) line++;
  return line;
}

/**
 * The text of a YAML file given as bytes, or as text already read as UTF-8 (where invalid bytes
 * became U+FFFD, which no hand-written YAML here contains).
 * @throws IngestError naming the file, the line and the fix.
 * @example decodeYaml('sources.yaml', new TextEncoder().encode('a: 1\n')) // 'a: 1\n'
 */
export function decodeYaml(file: string, input: Uint8Array | string): string {
  if (typeof input !== 'string') {
    const nul = input.indexOf(0);
    if (nul !== -1) throw nulError(file, lineAt(input, nul), nul);
    const bad = findInvalidUtf8(input);
    if (bad !== -1) {
      const byte = (input[bad] as number).toString(16).padStart(2, '0');
      throw new IngestError(file, lineAt(input, bad), `invalid UTF-8 at byte ${bad} (0x${byte})`, invalidFix);
    }
    return new TextDecoder('utf-8').decode(input);
  }
  const nul = input.indexOf('\0');
  if (nul !== -1) {
    // Each U+FFFD stands for the one byte it replaced (a UTF-16 byte-order mark gives two), so
    // the offset is the one the seed check would give.
    const offset = new TextEncoder().encode(input.slice(0, nul).replace(/\uFFFD/g, '?')).length;
    throw nulError(file, lineAt(input, nul), offset);
  }
  const lost = input.indexOf('\uFFFD');
  if (lost !== -1) {
    throw new IngestError(
      file,
      lineAt(input, lost),
      'invalid UTF-8 here: the file was read with U+FFFD (�) in place of bytes that are not UTF-8',
      invalidFix,
    );
  }
  return input.replace(/^\uFEFF/, '');
}
