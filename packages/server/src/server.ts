import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { collectWhenQuiet } from './idle-gc.js';
import { createStore } from './store/create-store.js';
import { lockForServer, ServerLockError } from './store/server-lock.js';

/**
 * Start-up: check the settings, open the database and migrate it, then listen and print the URL.
 * Stops cleanly on SIGINT or SIGTERM.
 */
async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const config = loadConfig(process.env, path.resolve(here, '../../web/dist'));
  // One server per SQLite file (ADR 110): held until the stop below, or the end of the process.
  const unlock = config.database.kind === 'sqlite' ? lockForServer(config.database.file) : () => {};
  const store = await createStore(config.database);
  const app = await buildApp({ config, store });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: stopping`);
    void app
      .close()
      .then(() => store.close())
      .then(() => {
        unlock();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  await app.listen({ port: config.port, host: config.host });
  collectWhenQuiet(app.server);
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host) ? 'localhost' : config.host;
  const data = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(`\nhamstring-rehab is running at http://${host}:${port}\ndata: ${data}\n\n`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError || error instanceof ServerLockError
      ? error.message
      : error instanceof Error
        ? `start-up failed: ${error.message}`
        : 'start-up failed';
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
