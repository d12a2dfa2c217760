import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Backend } from './server-process.js';

export interface OpenBackend extends Backend {
  drop(): Promise<void>;
}

/** A fresh SQLite data folder. */
export function sqliteBackend(): OpenBackend {
  const dir = mkdtempSync(join(tmpdir(), 'hr-proof-'));
  return {
    name: 'sqlite',
    env: { DATA_DIR: dir },
    drop: () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

/** A fresh PostgreSQL database on the server of TEST_DATABASE_URL, dropped afterwards. */
export async function postgresBackend(adminUrl: string): Promise<OpenBackend> {
  const name = `hr_proof_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The backends to prove on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const backendNames: ('sqlite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export function openBackend(name: 'sqlite' | 'postgres'): Promise<OpenBackend> {
  return name === 'sqlite'
    ? Promise.resolve(sqliteBackend())
    : postgresBackend(process.env.TEST_DATABASE_URL ?? '');
}
