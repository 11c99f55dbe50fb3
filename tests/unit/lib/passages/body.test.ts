import { describe, expect, it, vi } from 'vitest';

describe('listBodyPassages', () => {
  it('parses a body once for every copy of the module in the process (the annotation check and the pages)', async () => {
    const body = 'First passage of a body only this test reads.\n\nSecond.';
    const first = await import('../../../../src/lib/passages/body.ts');
    const passages = first.listBodyPassages(body);
    expect(passages.map((p) => p.id)).toEqual(['p1', 'p2']);
    // A fresh copy of the module, as the build's bundled pages load one beside the integration's.
    vi.resetModules();
    const second = await import('../../../../src/lib/passages/body.ts');
    expect(second).not.toBe(first);
    expect(second.listBodyPassages(body)).toBe(passages);
  });
});
