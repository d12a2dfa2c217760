import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { collectWhenQuiet } from './idle-gc.js';
import { openStoreWithRetry } from './store/open-store.js';
import { ServerLock, ServerLockError } from './store/server-lock.js';
import { StorageError } from './store/sqlite-open.js';

const say = (line: string) => {
  process.stderr.write(`${new Date().toISOString()} ${line}\n`);
};

/**
 * Start-up: check the settings, open the database and migrate it (waiting for a PostgreSQL that does not
 * answer yet), then listen and print the URL. Stops cleanly on SIGINT or SIGTERM.
 */
async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const config = loadConfig(process.env, path.resolve(here, '../../web/dist'));
  // One server per SQLite database (ADR 113): held until the stop below, or the end of the process.
  const lock = config.database.kind === 'sqlite' ? ServerLock.acquire(config.database.file) : undefined;
  let stopping = false;
  const stopEarly = () => process.exit(0);
  process.once('SIGINT', stopEarly);
  process.once('SIGTERM', stopEarly);
  const store = await openStoreWithRetry(
    {
      ...config.database,
      notice: (message, error) => {
        say(error instanceof Error ? `${message}: ${error.message}` : message);
      },
    },
    say,
    (ms) => sleep(ms),
  );
  lock?.holdDatabaseFile();
  process.off('SIGINT', stopEarly);
  process.off('SIGTERM', stopEarly);
  const app = await buildApp({ config, store });

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: stopping`);
    void app
      .close()
      .then(() => store.close())
      .then(() => {
        lock?.release();
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
    error instanceof ConfigError || error instanceof ServerLockError || error instanceof StorageError
      ? error.message
      : error instanceof Error
        ? `start-up failed: ${error.message}`
        : 'start-up failed';
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
