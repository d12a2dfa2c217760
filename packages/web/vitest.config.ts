import { defineProject } from 'vitest/config';
import { preactAliases } from './scripts/preact-aliases.js';

export default defineProject({
  // 'module': React Router's ES build, whose `react` imports the aliases can resolve (its CommonJS build
  // would require React itself).
  resolve: { alias: preactAliases, conditions: ['source', 'module'] },
  test: {
    name: 'web',
    environment: 'happy-dom',
    // React Router and TanStack Query are bundled into the tests, so that their `react` imports get Preact.
    server: { deps: { inline: ['react-router', /@tanstack\/react-query/] } },
    include: ['src/**/*.test.{ts,tsx}', 'sw/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
