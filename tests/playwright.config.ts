import { createServer } from 'node:net';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH as executablePath } from './helpers/chromium.ts';

/** A port no one listens on now: the system's choice for port 0. */
async function findFreePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  return typeof address === 'object' && address ? address.port : 0;
}

// E2E_PORT pins the port; otherwise a free one is chosen, so the tests run beside `npm start` or
// another checkout's tests. It goes into the environment because Playwright's workers load this
// file again and must reach the same server.
process.env['E2E_PORT'] ??= String(await findFreePort());
const PORT = Number(process.env['E2E_PORT']);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // Serves the already-built dist/ (npm test builds first) with our static server: `astro
    // preview` allows one preview per project, so it failed while `npm start` was serving.
    command: `node_modules/.bin/tsx tests/helpers/serve.ts dist --port ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
