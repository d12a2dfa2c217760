import { defineProject } from 'vitest/config';

/** Browser journeys of a new patient against the built web app and server (playwright-core + Chromium). */
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['lib/build-all.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
