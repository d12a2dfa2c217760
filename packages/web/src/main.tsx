// First: the session check and the first pull's reads start before the rest of the app is loaded.
import './start-early-reads';
import { afterServerPaint } from './lib/after-server-paint';
import { isStartPage } from './lib/early-reads';
// The stylesheet stays in index.html, where it holds the first paint until it is loaded (the server's too).
import './styles/app.css';

// The server's first paint of Today (ADR 232) is painted before the app is evaluated, not after (ADR 234).
await afterServerPaint(document.getElementById('root'));
// Today's chunks load beside the app's (routes.tsx's preloadStartPage then finds them in the module cache).
if (isStartPage(window.location.pathname))
  import('./features/today/components/today-page').catch(() => undefined);
await import('./boot');
