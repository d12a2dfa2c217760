import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { expect } from 'vitest';
import { migrations } from '../src/migrations/migrate.js';
import type { StoreOptions } from '../src/store/create-store.js';

/** A database of an older release for a migration test: where it is, and how to remove it. */
export interface OldDatabase {
  options: StoreOptions;
  cleanup: () => Promise<void>;
}

export interface OldDatabaseTarget {
  name: 'sqlite' | 'postgres';
  /** A new database migrated up to `upTo` holding `seed`, to be opened with the current release. */
  before: () => Promise<OldDatabase>;
}

async function migrateTo(
  db: Kysely<unknown>,
  dialect: 'sqlite' | 'postgres',
  upTo: string,
  seed: readonly string[],
  schema?: string,
) {
  const provider = { getMigrations: () => Promise.resolve(migrations(dialect)) };
  const migrator = new Migrator({
    db,
    provider,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const result = await migrator.migrateTo(upTo);
  expect(result.error).toBeUndefined();
  for (const statement of seed) await sql.raw(statement).execute(db);
}

/**
 * SQLite always; PostgreSQL too when TEST_DATABASE_URL is set, as for the store suite (test/stores.ts):
 * each target makes a database at migration `upTo` holding `seed`.
 */
export function oldDatabases(upTo: string, seed: readonly string[]): OldDatabaseTarget[] {
  const sqliteTarget: OldDatabaseTarget = {
    name: 'sqlite',
    async before() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hamstring-rehab-${upTo.slice(0, 3)}-`));
      const file = path.join(dir, 'old.sqlite');
      const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(file) }) });
      try {
        await migrateTo(old, 'sqlite', upTo, seed);
      } finally {
        await old.destroy();
      }
      return {
        options: { kind: 'sqlite', file },
        cleanup: () => {
          fs.rmSync(dir, { recursive: true, force: true });
          return Promise.resolve();
        },
      };
    },
  };
  const postgresTarget = (url: string): OldDatabaseTarget => ({
    name: 'postgres',
    async before() {
      const schema = `test_${randomBytes(6).toString('hex')}`;
      const pool = new pg.Pool({ connectionString: url, max: 1, options: `-c search_path=${schema}` });
      const old = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
      try {
        await sql.raw(`create schema ${schema}`).execute(old);
        await migrateTo(old, 'postgres', upTo, seed, schema);
      } finally {
        await old.destroy();
      }
      return {
        options: { kind: 'postgres', url, schema, poolSize: 2 },
        async cleanup() {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            await client.query(`drop schema ${schema} cascade`);
          } finally {
            await client.end();
          }
        },
      };
    },
  });
  const url = process.env.TEST_DATABASE_URL;
  return [sqliteTarget, ...(url ? [postgresTarget(url)] : [])];
}
