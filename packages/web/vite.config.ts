import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { preactAliases } from './scripts/preact-aliases.js';
import { startPagePreload } from './scripts/start-page-preload.js';

/**
 * The patient app. The engine is compiled from its TypeScript source (`source` condition), so the plan the
 * device computes offline is the same code the server runs. The service worker (sw/sw.ts, built with
 * `injectManifest`: ADR 220) precaches the whole app shell and every lazy chunk, so every page opens with no
 * network, and shows push notifications.
 */
export default defineConfig({
  plugins: [
    startPagePreload(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Hamstring rehab',
        short_name: 'Rehab',
        description: 'Daily plan, check-ins and progress for buttock pain at the sitting bone.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f6f8f7',
        theme_color: '#1d5c57',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      // Navigation fallback, old caches, skipWaiting and clientsClaim are in sw/sw.ts.
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'] },
    }),
  ],
  // React's imports resolve to Preact (ADR 230); JSX compiles to `react/jsx-runtime`, which is aliased too.
  resolve: {
    alias: preactAliases,
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  // 'hidden': maps are written for the operator (to read a stack trace) but no file points to them, and the
  // server never serves a .map file (issue 14: source maps were public).
  build: {
    target: 'es2022',
    sourcemap: 'hidden',
    manifest: true,
  },
  server: { proxy: { '/api': { target: 'http://localhost:3000' } } },
  preview: { proxy: { '/api': { target: 'http://localhost:3000' } } },
});
