/**
 * The plain text of an extracted body as a reader sees it: a blank line between blocks
 * (paragraphs, headings, list items, table cells, quotes), a line break for `<br>`, runs of
 * white space inside a block collapsed to one space. The DOM's own `textContent` glues adjacent
 * blocks together ("…fifth appearance</li><li>Turkey" reads "appearanceTurkey"), which merges two
 * words into one and breaks every word shingle around the join.
 */

/** Elements whose content starts and ends a block of its own (the HTML standard's block-level flow content). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore

/** Elements with no reader-visible text. */
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** The minimal node shape walked here (DOM and linkedom alike). */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/**
 * The text of `root` with block boundaries as blank lines and `<br>` as a line break.
 * Walks with its own stack, not recursion: a page nested 100,000 elements deep must not overflow
 * the call stack.
 */
export function blockText(root: TextNodeLike): string {
  const out: string[] = [];
  /** A node to visit, or a marker to close a block once its children are done. */
  type Step = { node: TextNodeLike; pre: boolean } | { close: true };
  const stack: Step[] = [{ node: root, pre: false }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    if ('close' in step) {
      out.push('\n\n');
      continue;
    }
    const { node, pre } = step;
    if (node.nodeType === TEXT_NODE) {
      out.push(pre ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE) continue;
    const name = node.nodeName.toLowerCase();
    if (SILENT.has(name)) continue;
    if (name === 'br') {
      out.push('\n');
      continue;
    }
    if (BLOCK.has(name)) {
      out.push('\n\n');
      stack.push({ close: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child, pre: pre || name === 'pre' });
    }
  }
  return out
    .join('')
    .split(/\n{2,}/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/^ +| +$/g, ''))
        .join('\n')
        .trim(),
    )
    .filter((block) => block !== '')
    .join('\n\n');
}
