import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export interface Suite {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * The compiled server and a headless Chromium for the specs of one describe block: started before its
 * tests, both stopped after them, whichever of them fails. `env` (read as the server starts) adds settings.
 */
export function serverAndBrowser(env: () => Record<string, string> = () => ({})): Suite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(env());
    browser = await launch();
  });
  afterAll(async () => {
    await Promise.allSettled([browser?.close(), server?.stop()]);
  });
  return {
    get server() {
      if (server === undefined) throw new Error('the server has not started');
      return server;
    },
    get browser() {
      if (browser === undefined) throw new Error('the browser has not started');
      return browser;
    },
  };
}
