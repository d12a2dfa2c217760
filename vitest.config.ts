import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    projects: ['packages/*', 'proof', 'e2e'],
    reporters: ['default', './tools/summary-reporter.ts'],
  },
});
