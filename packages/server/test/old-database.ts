import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { expect } from 'vitest';
import type { Dialect } from '../src/migrations/dialect.js';
import { migrations } from '../src/migrations/migrate.js';
import type { StoreOptions } from '../src/store/create-store.js';
import { dropSchema } from './stores.js';

/** A database of an older release for a migration test: where it is, and how to remove it. */
export interface OldDatabase {
  options: StoreOptions;
  cleanup: () => Promise<void>;
}

/** One database kind of a migration test: `before` makes a new database of the older release. */
export interface OldDatabaseTarget<T extends OldDatabase = OldDatabase> {
  name: Dialect;
  before: () => Promise<T>;
}

async function migrateTo(db: OldTables, dialect: Dialect, upTo: string, schema?: string) {
  const provider = { getMigrations: () => Promise.resolve(migrations(dialect)) };
  const migrator = new Migrator({
    db,
    provider,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const result = await migrator.migrateTo(upTo);
  expect(result.error).toBeUndefined();
}

// The tables of an older release, untyped (the Database type is the schema after the last migration).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OldTables = Kysely<any>;

/** An older database with a connection of its own kept open, to read or break it as it was. */
export interface OpenOldDatabase extends OldDatabase {
  dialect: Dialect;
  raw: OldTables;
  /** Closes `raw` (once; `cleanup` closes it too). */
  close: () => Promise<void>;
}

type Seed = (db: OldTables, dialect: Dialect) => Promise<void>;

/** Runs `seed` on `raw`; on failure closes it and removes the database before throwing. */
async function seeded(old: OpenOldDatabase, upTo: string, seed: Seed, schema?: string) {
  try {
    await migrateTo(old.raw, old.dialect, upTo, schema);
    await seed(old.raw, old.dialect);
    return old;
  } catch (error) {
    await old.cleanup();
    throw error;
  }
}

/** `close` that closes once however often it is called. */
function closeOnce(raw: OldTables): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= raw.destroy());
}

function openSqlite(upTo: string, seed: Seed): Promise<OpenOldDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hamstring-rehab-${upTo.slice(0, 3)}-`));
  const file = path.join(dir, 'old.sqlite');
  const raw: OldTables = new Kysely({ dialect: new SqliteDialect({ database: new SQLite(file) }) });
  const close = closeOnce(raw);
  return seeded(
    {
      dialect: 'sqlite',
      options: { kind: 'sqlite', file },
      raw,
      close,
      async cleanup() {
        await close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    },
    upTo,
    seed,
  );
}

async function openPostgres(url: string, upTo: string, seed: Seed): Promise<OpenOldDatabase> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const pool = new pg.Pool({ connectionString: url, max: 1, options: `-c search_path=${schema}` });
  const raw: OldTables = new Kysely({ dialect: new PostgresDialect({ pool }) });
  const close = closeOnce(raw);
  await sql.raw(`create schema ${schema}`).execute(raw);
  return seeded(
    {
      dialect: 'postgres',
      options: { kind: 'postgres', url, schema, poolSize: 2 },
      raw,
      close,
      async cleanup() {
        await close();
        await dropSchema(url, schema);
      },
    },
    upTo,
    seed,
    schema,
  );
}

/**
 * SQLite always; PostgreSQL too when TEST_DATABASE_URL is set, as for the store suite (test/stores.ts):
 * each target makes a database at migration `upTo`, filled by `seed`, and keeps its connection open.
 */
export function openOldDatabases(upTo: string, seed: Seed): OldDatabaseTarget<OpenOldDatabase>[] {
  const url = process.env.TEST_DATABASE_URL;
  return [
    { name: 'sqlite', before: () => openSqlite(upTo, seed) },
    ...(url ? [{ name: 'postgres' as const, before: () => openPostgres(url, upTo, seed) }] : []),
  ];
}

/**
 * SQLite always; PostgreSQL too when TEST_DATABASE_URL is set, as for the store suite (test/stores.ts):
 * each target makes a database at migration `upTo` holding `seed` (SQL statements), its connection closed.
 */
export function oldDatabases(upTo: string, seed: readonly string[]): OldDatabaseTarget[] {
  return openOldDatabases(upTo, async (db) => {
    for (const statement of seed) await sql.raw(statement).execute(db);
  }).map(({ name, before }) => ({
    name,
    async before() {
      const old = await before();
      await old.close();
      return { options: old.options, cleanup: old.cleanup };
    },
  }));
}
