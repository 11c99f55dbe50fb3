/**
 * Quality gates over the whole built site: valid HTML, no broken link or fragment, axe on every
 * page, no request to another origin, a Content-Security-Policy without 'unsafe-inline' scripts.
 * The pages are listed from dist/, so a new page is checked without touching this file.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import { check, LinkState } from 'linkinator';
import { rehype } from 'rehype';
import { listPageFiles, sitePathOf } from '../helpers/site-pages.ts';

const DIST = 'dist';

const files = listPageFiles(DIST);
const pathOf = (file: string) => sitePathOf(DIST, file);

test('the build has pages to check', () => {
  expect(files.length).toBeGreaterThan(10);
});

test('every page is valid HTML by the W3C Nu HTML Checker', () => {
  test.setTimeout(180_000);
  const jar = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  // vnu prints its JSON report on stderr; --exit-zero-always so the report, not the exit code, is read.
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error, 'java must be installed (see .ci/setup)').toBeUndefined();
  const report = JSON.parse(run.stderr) as {
    messages: { type: string; subType?: string; url: string; lastLine?: number; message: string }[];
  };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${relative(process.cwd(), new URL(m.url).pathname)}:${String(m.lastLine ?? '?')}: ${m.message}`);
  expect(errors).toEqual([]);
});

/** The words a reader sees: text nodes, without scripts, styles, templates or code (file names such as seeds/ are code). */
function visibleText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'root' && node.type !== 'element') return '';
  if (node.type === 'element' && ['script', 'style', 'template', 'code'].includes((node as Element).tagName)) return '';
  return node.children.map(visibleText).join(' ');
}

test('no page shows the word "seed" to readers: notes say where a fact comes from in their words', () => {
  const shown = files.flatMap((file) => {
    const text = visibleText(rehype().parse(readFileSync(file, 'utf8')));
    return [...text.matchAll(/.{0,40}\bseeds?\b.{0,40}/gi)].map((m) => `${pathOf(file)}: ${m[0]}`);
  });
  expect(shown).toEqual([]);
});

test('no word runs into a link: the space before a link that opens a source line survives the build', () => {
  // Astro drops the line break between text and an element that starts the next source line
  // ("and\n<a>who reported what" rendered "andwho reported what"); a `{' '}` keeps the space. A
  // heading's own "#" anchor sits against its text by design.
  const runTogether = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/[\p{L},;:]<a\b(?![^>]*class="anchor")[^>]*>([^<]{0,40})/gu)].map(
      (m) => `${pathOf(file)}: …${m[0].slice(0, 1)}${m[1]}`,
    ),
  );
  expect(runTogether).toEqual([]);
});

test.describe('links', () => {
  test('every internal link and #fragment resolves', async ({ baseURL }) => {
    test.setTimeout(300_000);
    const origin = new URL(baseURL ?? '').origin;
    const result = await check({
      path: `${origin}/`,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // Only this site's links: the articles' original addresses are outside (and offline here).
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .map((l) => `${l.url} (${String(l.status)}) on ${l.parent ?? '?'}`);
    expect(broken).toEqual([]);
    // The crawl reached every built page.
    const seen = new Set(result.links.map((l) => new URL(l.url).pathname));
    expect(files.map(pathOf).filter((p) => !seen.has(p))).toEqual([]);
  });
});

/** Pages per axe test: one browser page visits them in turn, rather than a test and a browser context each. */
const AXE_BATCH = 8;
const axeTests = Math.ceil(files.length / AXE_BATCH);
/** Pages dealt round-robin, so the long pages of one kind (topics, articles) do not all land in one test. */
const axeBatches = Array.from({ length: axeTests }, (_, i) => files.map(pathOf).filter((_, j) => j % axeTests === i));

test.describe('axe-core on every page', () => {
  for (const [i, paths] of axeBatches.entries()) {
    const title = `batch ${String(i + 1)} of ${String(axeTests)} (${String(paths[0])} and ${String(paths.length - 1)} more)`;
    test(`${title} has no axe violations`, async ({ page }) => {
      // As much time per page as a test of its own had (Playwright's default 30 s): a loaded machine is slow.
      test.setTimeout(paths.length * 30_000);
      const violations: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        // Legacy mode runs axe.run() in the page, same-origin frames included; the default also opens
        // a blank page per analysis to merge cross-origin frames' results, which doubled the time
        // here, and this site has no cross-origin content (the request checks below prove it).
        const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
        for (const v of results.violations)
          violations.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      expect(violations).toEqual([]);
    });
  }
});

/** The Content-Security-Policy header that public/_headers sends with every file. */
const headerCsp = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(readFileSync('public/_headers', 'utf8'))?.[1] ?? '';

/**
 * Open a page with the deployment's CSP header added to every response (as a host reading
 * public/_headers would send it, on top of the page's own <meta> policy), use it as a reader
 * would, and return every request it made and every CSP violation the browser reported.
 */
async function visit(page: Page, path: string, use: (page: Page) => Promise<void>) {
  const requests: string[] = [];
  const violations: string[] = [];
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': headerCsp } });
  });
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(path);
  await use(page);
  await page.waitForLoadState('networkidle');
  // A request still in the handler when the test ends would fail it on the closed page (Playwright:
  // "Fetch response has been disposed"); what it would have fetched is past the page's use.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  return { requests, violations };
}

const firstArticle = files.map(pathOf).find((p) => p.startsWith('/articles/') && p.split('/').length === 4) ?? '/';
const firstTopic = files.map(pathOf).find((p) => p.startsWith('/topics/') && p !== '/topics/') ?? '/topics/';
const pageTypes: [string, (page: Page) => Promise<void>][] = [
  ['/', async () => {}],
  [
    firstArticle,
    async (page) => {
      await page.locator('a.mention').first().hover();
      await page.locator('.cite-button').first().click();
    },
  ],
  ['/compare/', async (page) => expect(page.locator('[data-compare][data-ready]')).toBeAttached()],
  ['/search/?q=CGTP', async (page) => expect(page.locator('.result').first()).toBeVisible()],
  ['/topics/', async () => {}],
  [firstTopic, async () => {}],
  ['/timeline/', async () => {}],
  ['/coverage/', async () => {}],
  ['/coverage/events/juliaca-massacre/', async () => {}],
  ['/framing/', async () => {}],
  ['/framing/government/', async () => {}],
  ['/disagreements/', async () => {}],
  ['/currents/', async () => {}],
  [
    `/collection/?t=Check&p=${firstArticle.split('/')[2] ?? ''}:p1,${firstArticle.split('/')[2] ?? ''}:p2`,
    async (page) => {
      await expect(page.locator('.entry blockquote')).toHaveCount(2);
      await page.getByRole('button', { name: 'Move down', exact: false }).first().click();
    },
  ],
  ['/data/', async () => {}],
  ['/about/', async () => {}],
];

test.describe('requests and the Content-Security-Policy', () => {
  for (const [path, use] of pageTypes) {
    test(`${path} requests nothing from another origin and breaks no CSP rule`, async ({ page, baseURL }) => {
      const { requests, violations } = await visit(page, path, use);
      const origin = new URL(baseURL ?? '').origin;
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual([]);
      expect(violations).toEqual([]);
    });
  }

  test('every page carries a CSP: its own files only, no WebAssembly', () => {
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      const directive = (name: string) =>
        csp
          ?.split(';')
          .map((d) => d.trim())
          .find((d) => d.startsWith(`${name} `)) ?? '';
      expect(directive('default-src'), file).toBe("default-src 'none'");
      expect(directive('script-src'), file).toBe("script-src 'self'");
      // The site's own files only, on every page (see src/lib/security/csp.ts for why not 'none').
      expect(directive('connect-src'), file).toBe("connect-src 'self'");
      expect(directive('font-src'), file).toBe("font-src 'none'");
      expect(directive('object-src'), file).toBe("object-src 'none'");
      // No hash, no inline allowance, no data: URL: nothing inline exists to allow.
      expect(csp, file).not.toMatch(/sha\d{3}-|unsafe-inline|data:/);
      // No inline script, style or event handler, and no javascript: URL, which the policy would block.
      expect(html, file).not.toMatch(
        /<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle="|\son[a-z]+="|href="javascript:/i,
      );
    }
  });

  test("the site ships its own search index and none of Pagefind's bundle (Pagefind is the bench's reference only)", () => {
    expect(readdirSync(join(DIST, 'search-index'))).toContain('manifest.json.gz');
    expect(readdirSync(DIST)).not.toContain('pagefind');
  });

  test('a CSP violation is reported, so the check above can fail', async ({ page }) => {
    const { violations } = await visit(page, '/about/', async (p) => {
      await p.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.injected = true';
        document.body.append(s);
      });
    });
    expect(violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });

  test('public/_headers sends the security headers for deployment', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    for (const name of [
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Strict-Transport-Security',
    ])
      expect(headers).toContain(`${name}:`);
    expect(headers).toMatch(/frame-ancestors 'none'/);
    expect(headers).not.toMatch(/unsafe-inline/);
  });
});

test('on a phone, no page is wider than the screen: wide tables scroll inside their frames', async ({ browser }) => {
  test.setTimeout(180_000);
  // A phone as the README's screenshots take it: 390 px, and a browser that zooms out a page wider than that.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const wide: string[] = [];
  // Every page one folder deep (the site's own pages: /coverage/by-total/, /timeline/ …), and of the
  // pages below them one per shape (/topics/<id>/, /topics/<id>/passages/<n>/ …), which share their
  // markup: loading all 200 pages kept a core busy for 15 s beside the timing-sensitive tests.
  const shapes = new Set<string>();
  const sample = files.map(pathOf).filter((path) => {
    const parts = path.split('/').filter(Boolean);
    if (parts.length <= 1) return true;
    const shape = [parts[0], ...parts.slice(1).map(() => '*')].join('/');
    return !shapes.has(shape) && Boolean(shapes.add(shape));
  });
  for (const path of sample) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${path}: ${String(width)} px`);
  }
  await context.close();
  expect(wide).toEqual([]);
});
