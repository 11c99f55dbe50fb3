/**
 * How deep a page's elements nest, measured without recursion. Readability walks the tree
 * recursively and overflows the call stack somewhere between 1,000 and 10,000 levels; real pages
 * stay far below (the deepest of the benchmark's 181 news pages nests 51 levels), so a page deeper than
 * the limit is refused with a message instead of crashing ingest.
 */

/** The deepest nesting accepted (elements inside elements). */
export const MAX_NESTING = 1000;

interface NodeLike {
  nodeType: number;
  childNodes: ArrayLike<NodeLike>;
}

/** The element depth of the deepest element under `root` (root itself is depth 1), stopping once past `limit`. */
export function nestingDepth(root: NodeLike, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: [NodeLike, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [NodeLike, number];
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i];
      if (child !== undefined && child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
