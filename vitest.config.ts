import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each test file starts its own server and database; files share no state, but two cores is all CI has.
    maxWorkers: 2,
    setupFiles: ['test/setup.ts'],
    // Builds what the tests run as child processes or serve: the command line and the web console (each a no-op when current).
    globalSetup: ['test/globalSetup.ts'],
  },
});
