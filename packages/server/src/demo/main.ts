import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../config.js';
import { createStore } from '../store/create-store.js';
import { seedDemo } from './seed-demo.js';

/**
 * `npm run demo`: seeds the demo clinic into the server's own database (the same settings as `npm start`:
 * SQLite under DATA_DIR, or DATABASE_URL) and prints how to sign in.
 */
async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const config = loadConfig(process.env, path.resolve(here, '../../../web/dist'));
  const store = await createStore(config.database);
  try {
    const result = await seedDemo(store, new Date());
    const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)';
    const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host) ? 'localhost' : config.host;
    const lines = [
      result.created
        ? 'Demo clinic seeded (sample data, not real patients).'
        : 'The demo clinic is already there; nothing was added.',
      `data: ${where}`,
      '',
      `clinician: ${result.clinician}`,
      ...result.patients.map((email) => `patient:   ${email}`),
      `password (every demo account): ${result.password}`,
      '',
      `Start the server with \`npm start\` and sign in at http://${host}:${config.port}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? error.message
      : `demo failed: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
