import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadStartPage } from './app/routes';
import { queryClient } from './app/query-client';
import { startSession } from './lib/session-hooks';

// The app, imported by main.tsx once the early reads have started and the server's first paint of Today, if
// the page has one, is on the screen (ADR 234).

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
  const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' });
  // main.tsx imports the app once the server's first paint is shown, which may be after the page's load
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
