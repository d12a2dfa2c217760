import { isStartPage, startEarlyReads } from './lib/early-reads';

// Imported first by main.tsx, so that what a cold start of a patient's page waits for starts loading while
// React and the router are evaluated (ADR 229): the session check and the first pull's reads, and, on
// Today, Today's chunks (routes.tsx's preloadStartPage then finds them in the module cache).
const { pathname } = window.location;
startEarlyReads(pathname);
if (isStartPage(pathname)) import('./features/today/components/today-page').catch(() => undefined);
