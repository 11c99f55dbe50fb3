/**
 * The Chromium every browser test and the benchmark launch: Debian's where Playwright cannot
 * download its own (see .ci/setup), Playwright's own otherwise. The flags keep a root, offline
 * machine's Chromium from trying to reach the network.
 */
import { existsSync } from 'node:fs';

/** Path of the browser, or undefined for Playwright's own. */
export const CHROMIUM_PATH: string | undefined =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Launch flags. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
