import { startEarlyReads } from './lib/early-reads';

// Imported first by main.tsx, so the reads start before React and the router are evaluated (ADR 229).
startEarlyReads(window.location.pathname);
