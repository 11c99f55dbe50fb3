import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Lives in tests/ because the brief fixes the project's top level.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
