import { startEarlyReads } from './lib/early-reads';

// Imported first by main.tsx, so that what a cold start of a patient's page waits for starts loading while
// the app is loaded and evaluated (ADR 229): the session check and the first pull's reads.
startEarlyReads(window.location.pathname);
