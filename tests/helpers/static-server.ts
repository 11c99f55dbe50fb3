/**
 * Serves a built site folder over HTTP under its base (`/` or `/reader/`), as a static host would,
 * for the browser tests. `astro preview` did this before, but Astro allows one preview per project,
 * so `npm test` failed while `npm start` was serving.
 *
 * Files are sent by sirv (the static handler Vite's own preview uses, so types, HEAD, ranges and
 * path safety are as before); this module adds the two rules of `astro preview` the link checker
 * relies on: nothing outside the base exists, and a page's path needs its trailing slash
 * (`trailingSlash: 'always'`), so a link built without either is reported broken.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { normaliseBase } from '../../src/lib/routes/routes.ts';

/** Where and what to serve. */
export interface StaticServerOptions {
  /** The built site folder (dist/ or another `--outDir`). */
  root: string;
  /** The sub-path the site lives under, as in Astro's `base`; `/` by default. */
  base?: string;
  /** The port; 0 (the default) lets the system choose a free one. */
  port?: number;
  host?: string;
}

/** A running server. */
export interface StaticServer {
  /** `http://host:port`, without the base. */
  origin: string;
  close(): Promise<void>;
}

/** A path with no file extension and no trailing slash: a page link missing its slash. */
const PAGE_WITHOUT_SLASH = /(^|\/)[^/.]+$/;

/** The request handler: the base stripped, then the file from `root`, or 404. */
export function createHandler(options: Pick<StaticServerOptions, 'root' | 'base'>) {
  const base = normaliseBase(options.base ?? '/');
  // dev: read the folder on every request, so a rebuild is served without a restart, and send
  // no-store, so a browser never answers from a stale cache.
  const files = sirv(resolve(options.root), { dev: true, etag: false, dotfiles: false });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found\n');
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base) || PAGE_WITHOUT_SLASH.test(url.pathname)) return notFound(res);
    req.url = `/${url.pathname.slice(base.length)}${url.search}`;
    files(req, res, () => notFound(res));
  };
}

/** Start serving; resolves once the port is listening. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(createHandler(options));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${String(port)}`,
    close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
