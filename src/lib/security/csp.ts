/**
 * The Content-Security-Policy, built from what a page needs. Every page starts from
 * `default-src 'none'`: its own scripts, stylesheets and images, and fetches from the site itself,
 * nothing else (no fonts: the site uses system fonts; no inline script or style: astro.config.ts
 * never inlines them, so no hashes). A page that needs more says so, and gets that and no more.
 *
 * `connect-src 'self'` on every page, not `'none'` where no script of ours fetches: crawlers' own
 * checks run inside the page (Lighthouse fetches /robots.txt from the page, and `'none'` made it report
 * the file as missing), and `'self'` lets nothing leave the site, since no script but the site's runs.
 */

/** What a page needs beyond its own scripts, stylesheets and images. */
export interface PageNeeds {
  /** Runs WebAssembly: `'wasm-unsafe-eval'` (no page does since search reads its own passage index). */
  wasm?: boolean;
}

/** Directive name → sources, in the order they are written. */
type Directives = [string, string[]][];

function directives(needs: PageNeeds): Directives {
  return [
    ['default-src', ["'none'"]],
    ['script-src', needs.wasm ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'"]],
    ['font-src', ["'none'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

const write = (list: Directives) => list.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/**
 * The policy of one page, for its `<meta http-equiv="Content-Security-Policy">`.
 * @example pageCsp({}).split('; ')[0] // "default-src 'none'"
 * @example pageCsp({ wasm: true }).split('; ')[1] // "script-src 'self' 'wasm-unsafe-eval'"
 */
export function pageCsp(needs: PageNeeds = {}): string {
  return write(directives(needs));
}

/**
 * The policy a static host sends with every file (public/_headers): one header for all paths, so it
 * allows what any page needs; each page's own `<meta>` policy narrows it, since a browser enforces
 * both. `frame-ancestors` works only in a header.
 * @example headerCsp().endsWith("frame-ancestors 'none'") // true
 */
export function headerCsp(): string {
  return write([...directives({}), ['frame-ancestors', ["'none'"]]]);
}
