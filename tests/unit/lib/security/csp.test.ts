import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerCsp, pageCsp } from '../../../../src/lib/security/csp.ts';
import { ROOT } from '../../../helpers/project.ts';

/** A policy as directive → sources. */
const parse = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...sources]) => [name, sources]),
  );

describe('Content-Security-Policy', () => {
  it('gives a plain page its own files and nothing else', () => {
    const csp = parse(pageCsp());
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'"]);
    expect(csp.get('font-src')).toEqual(["'none'"]);
    // 'self', not 'none': Lighthouse's robots.txt check fetches from inside the page (see csp.ts).
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(pageCsp()).not.toMatch(/unsafe-inline|data:|sha256-|\*/);
  });
  it('adds WebAssembly only for the page that says it needs it', () => {
    expect(parse(pageCsp({ wasm: true })).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(parse(pageCsp({ wasm: false })).get('script-src')).toEqual(["'self'"]);
  });
  it('public/_headers sends exactly the site-wide policy, which forbids framing', () => {
    const headers = readFileSync(join(ROOT, 'public', '_headers'), 'utf8');
    const sent = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1];
    expect(sent).toBe(headerCsp());
    expect(parse(headerCsp()).get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers).not.toMatch(/interest-cohort/);
  });
});
