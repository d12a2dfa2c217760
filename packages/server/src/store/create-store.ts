import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DatabaseConfig } from '../config.js';
import { migrateToLatest } from '../migrations/migrate.js';
import type { Database } from './database.js';
import { KyselyStore } from './kysely-store.js';
import { ReadCache } from './read-cache.js';
import { sqliteReader } from './sqlite-reader.js';
import { withStatementCache } from './statement-cache.js';
import type { Store } from './store.js';

export type StoreOptions = DatabaseConfig & {
  /** PostgreSQL only: the schema to work in (default `public`). Tests use a fresh one each. */
  schema?: string;
  /** PostgreSQL only: most connections in the pool. */
  poolSize?: number;
};

/**
 * Opens the database, brings its schema up to date and returns the Store on it.
 * SQLite: one file, WAL journal, foreign keys on. PostgreSQL: a connection pool.
 */
export async function createStore(options: StoreOptions): Promise<Store> {
  if (options.kind === 'sqlite') {
    if (options.file !== ':memory:') fs.mkdirSync(path.dirname(options.file), { recursive: true });
    const database = new SQLite(options.file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    // FULL (default): an acknowledged write survives a power loss too, not just a crash of the process (ADR 005)
    database.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    database.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(database) }),
    });
    await migrateOrClose(db, () => migrateToLatest(db, 'sqlite'));
    // A second connection to ':memory:' would be another database: there, reads share the one connection.
    // Sessions and decision snapshots are kept in memory: one server process makes every change; uploads
    // that arrive together share a commit (ADR 110).
    return new KyselyStore(db, 'sqlite', {
      reader: options.file === ':memory:' ? undefined : sqliteReader(options.file),
      caches: { sessions: new ReadCache(), decisions: new ReadCache(30_000, 2_000) },
      groupCommit: true,
    });
  }

  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  // Loaded only for PostgreSQL: an embedded SQLite server does not carry the driver in memory.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    options: `-c search_path=${schema}`,
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateOrClose(db, () => migrateToLatest(db, 'postgres', schema));
  return new KyselyStore(db, 'postgres');
}

async function migrateOrClose(db: Kysely<Database>, migrate: () => Promise<void>): Promise<void> {
  try {
    await migrate();
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
