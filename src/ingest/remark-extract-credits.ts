/**
 * remark plugin: move credit lines into metadata, wherever they stand — translator credits,
 * photo credits, "originally published" notes, and editorial notes about where the text comes
 * from or how it was edited.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { editorialNoteKind, parseOriginalPublication, parsePhotoCredit, parseTranslatorCredit } from './patterns.ts';
import { createTextMeta, lineOf } from './types.ts';

/** The reason a photo credit is listed with in the ingest report. */
export const PHOTO_CREDIT_REASON = 'photo credit → the article’s photo credit';

/** Extract credit lines from `tree` into `file.data.meta`. */
export function extractCredits(tree: Root, file: VFile): void {
  const removed = (file.data.removed ??= []);
  const meta = (file.data.meta ??= createTextMeta());

  tree.children = tree.children.filter((node) => {
    if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') return true;
    const text = node.children[0].value;
    const line = lineOf(node);
    const translators = parseTranslatorCredit(text);
    if (translators) {
      meta.translators.push(...translators.map((name) => ({ name, line })));
      removed.push({ line, text, action: 'frontmatter', reason: 'translator credit → the article’s translator' });
      return false;
    }
    const photo = parsePhotoCredit(text);
    // The page's one photo credit; a second one stays in the text, where the reader sees it.
    if (photo && meta.photo?.credit == null) {
      meta.photo = { caption: meta.photo?.caption ?? null, credit: photo };
      removed.push({ line, text, action: 'frontmatter', reason: PHOTO_CREDIT_REASON });
      return false;
    }
    const original = parseOriginalPublication(text);
    if (original && !meta.original) {
      meta.original = { ...original, text };
      removed.push({
        line,
        text,
        action: 'frontmatter',
        reason: 'note on the original publication → the article’s original publication',
      });
      return false;
    }
    const note = editorialNoteKind(text);
    if (note) {
      meta.notes.push(text);
      const about = note === 'source' ? 'the source of the text' : 'how the text was edited';
      removed.push({ line, text, action: 'frontmatter', reason: `editorial note on ${about} → the article’s notes` });
      return false;
    }
    return true;
  });
}

/** The plugin: `.use(remarkExtractCredits)`. */
const remarkExtractCredits: Plugin<[], Root> = () => (tree, file) => extractCredits(tree, file);
export default remarkExtractCredits;
