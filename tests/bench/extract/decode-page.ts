/**
 * Decode one benchmark page: gunzip, then the charset the page declares (BOM first, then a
 * `<meta charset>` or `http-equiv` content-type in the first 1024 bytes, as the HTML standard's
 * prescan does), UTF-8 when it declares none. The benchmark's README says its pages were saved as
 * UTF-8; a page declaring otherwise is decoded as it declares, and a declaration the decoder does
 * not know falls back to UTF-8 with a note.
 */
import { gunzipSync } from 'node:zlib';

/** The decoded text, the charset used and where the choice came from. */
export interface DecodedPage {
  html: string;
  charset: string;
  basis: 'bom' | 'meta' | 'default' | 'unknown-label';
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** The charset label a page declares in its first 1024 bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function decodePage(gz: Uint8Array): DecodedPage {
  const bytes = gunzipSync(gz);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', basis: 'bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { html: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le', basis: 'bom' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { html: new TextDecoder('utf-16be').decode(bytes), charset: 'utf-16be', basis: 'bom' };
  }
  const label = declaredCharset(bytes);
  if (label === null) return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', basis: 'default' };
  try {
    const decoder = new TextDecoder(label);
    return { html: decoder.decode(bytes), charset: decoder.encoding, basis: 'meta' };
  } catch {
    return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', basis: 'unknown-label' };
  }
}
