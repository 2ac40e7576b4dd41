import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each test file starts its own server and database; files share no state, but two cores is all CI has.
    maxWorkers: 2,
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/globalSetup.ts'],
  },
});
