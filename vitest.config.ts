import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each test file starts its own server and database; files share no state, but two cores is all CI has.
    maxWorkers: 2,
    // A worker keeps the modules it imported for its next file: importing the service (type-graphql, MikroORM,
    // Apollo) anew for each of ~80 files cost more than all the tests together (import 213 s against tests 175 s
    // for test/registry and test/export, 70 s instead of 213 s for the run). Sound because no test mocks a module
    // or leaves a global changed (fake timers are undone after each test), and the service's module-level state is
    // keyed by registry, staged import or data directory, as it already is for the two databases of one file.
    isolate: false,
    // test/archive/archiveMemory.test.ts measures retained memory after collecting garbage.
    execArgv: ['--expose-gc'],
    setupFiles: ['test/setup.ts'],
    // Builds what the tests run as child processes or serve: the command line and the web console (each a no-op when current).
    globalSetup: ['test/globalSetup.ts'],
  },
});
