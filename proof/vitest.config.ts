import { defineProject } from 'vitest/config';

/** Black-box proofs of issue 6 against the built server in child processes: crash safety, replay, load. */
export default defineProject({
  resolve: { conditions: ['source'] },
  test: {
    name: 'proof',
    environment: 'node',
    include: ['**/*.test.ts'],
    globalSetup: ['lib/build-server.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
