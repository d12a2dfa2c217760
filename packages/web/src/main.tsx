// First: the session check and the first pull's reads start before the rest of the app is evaluated.
import './start-early-reads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadStartPage } from './app/routes';
import { queryClient } from './app/query-client';
import { startSession } from './lib/session-hooks';
import './styles/app.css';

/**
 * The first render waits, at most this long, for what the start page shows (its chunk, the device's copy or
 * the first pull), so that React renders it once rather than a loading state first; index.html's own
 * "Loading…" is on screen meanwhile (ADR 229).
 */
const FIRST_RENDER_WAIT_MS = 2000;

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
const { pathname } = window.location;
const ready = Promise.all([preloadStartPage(pathname), startSession(queryClient, pathname)]);
const waited = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
void Promise.race([ready, waited]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js', { scope: '/' });
  });
}
