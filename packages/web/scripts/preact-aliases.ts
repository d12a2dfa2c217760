/**
 * The web app runs on Preact through `preact/compat` (ADR 230): the app, React Router and TanStack Query
 * import `react` and `react-dom`, and these aliases resolve those imports to Preact, in the build
 * (vite.config.ts) and in the unit tests (vitest.config.ts). TypeScript still checks the code against
 * React's types (`@types/react`), which `preact/compat` implements.
 *
 * Each pattern matches one module id exactly, so `react` does not catch `react-router`.
 */
export const preactAliases: { find: RegExp; replacement: string }[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
];
