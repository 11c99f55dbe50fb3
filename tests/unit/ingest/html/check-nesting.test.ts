/** Deep markup is refused before any recursive tree walk can overflow the stack. */
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../src/ingest/errors.ts';
import { checkNesting, MAX_NESTING, measureNesting } from '../../../../src/ingest/html/check-nesting.ts';

const nested = (depth: number, tag = 'div') => `<p>x</p>\n${`<${tag}>`.repeat(depth)}deep${`</${tag}>`.repeat(depth)}`;

describe('measureNesting', () => {
  it('counts open elements, closing implied ends as a browser does', () => {
    expect(measureNesting('<div><p>a<p>b</div>').depth).toBe(2);
    expect(measureNesting('<ul><li>a<li>b<li>c</ul>').depth).toBe(2);
    expect(measureNesting('<p>a<br><img src=x>b</p>').depth).toBe(2); // void elements open and close at once
  });
});

describe('checkNesting', () => {
  it(`accepts markup ${MAX_NESTING} deep`, () => {
    expect(() => checkNesting('page.html', nested(MAX_NESTING))).not.toThrow();
  });

  it('refuses 100,000 levels, quickly and without overflowing the stack, naming the line', () => {
    const started = Date.now();
    let error: unknown;
    try {
      checkNesting('page.html', nested(100_000));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(
      /^page\.html:2: the markup nests elements more than 512 deep, deeper than a browser builds a page\n {2}fix: /,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
