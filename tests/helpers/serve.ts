/**
 * Command line for the static server, as Playwright's webServer runs it:
 * `tsx tests/helpers/serve.ts <folder> --port <n> [--base /reader/]`.
 */
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '0' }, base: { type: 'string', default: '/' } },
});
const root = positionals[0] ?? 'dist';
const server = await startStaticServer({ root, base: values.base, port: Number(values.port) });
console.log(`Serving ${root} at ${server.origin}${values.base}`);
