import { defineConfig } from 'vite';
import { preactAliases } from './scripts/preact-aliases.js';

/**
 * The server's first paint of Today (ADR 232): `src/first-paint/render-today.tsx` built for Node into
 * `dist-ssr/render-today.js`, outside `dist` (which the server serves and the service worker precaches).
 * Self-contained: Preact, React Router and the engine are bundled, so the server loads it with no
 * dependency of the web app's.
 */
export default defineConfig({
  publicDir: false,
  resolve: { alias: preactAliases, conditions: ['source', 'module', 'node', 'development|production'] },
  ssr: {
    noExternal: true,
    resolve: {
      conditions: ['source', 'module', 'node', 'development|production'],
      externalConditions: ['node'],
    },
  },
  build: {
    ssr: 'src/first-paint/render-today.tsx',
    outDir: 'dist-ssr',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'render-today.js' } },
  },
});
