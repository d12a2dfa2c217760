import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Pool, PoolConfig } from 'pg';
import type { DatabaseConfig } from '../config.js';
import { migrateToLatest } from '../migrations/migrate.js';
import type { Database } from './database.js';
import { ErasureLedger, reconcileErasures } from './erasure-ledger.js';
import { KyselyStore } from './kysely-store.js';
import { ReadCache } from './read-cache.js';
import { openSqliteFile } from './sqlite-open.js';
import { sqliteReader } from './sqlite-reader.js';
import { withStatementCache } from './statement-cache.js';
import { storageFaultOf } from './storage-fault.js';
import type { Store } from './store.js';

export type StoreOptions = DatabaseConfig & {
  /** PostgreSQL only: the schema to work in (default `public`). Tests use a fresh one each. */
  schema?: string;
  /** PostgreSQL only: most connections in the pool. */
  poolSize?: number;
  /** SQLite only: the erasure ledger's file (default `erasures.ledger` beside the database; ADR 112). */
  erasureLedger?: string;
  /** SQLite only: the most pages the file may hold, to make a full disk in tests (SQLITE_FULL past it). */
  maxPageCount?: number;
  /** Told of what happens out of any request: a lost database connection, erasures re-applied at start-up. */
  notice?: (message: string, error?: unknown) => void;
};

/** PostgreSQL: how long to wait for a connection (start-up and requests) before calling it unreachable. */
export const PG_CONNECT_TIMEOUT_MS = 5000;
/** PostgreSQL: how long a query may wait for its answer (a frozen server) once connected. */
export const PG_QUERY_TIMEOUT_MS = 30_000;

/**
 * Opens the database, brings its schema up to date and returns the Store on it.
 * SQLite: one file, WAL journal, foreign keys on, freed content overwritten. PostgreSQL: a connection pool
 * that survives its connections being lost (ADR 111).
 */
export async function createStore(options: StoreOptions): Promise<Store> {
  const notice = options.notice ?? (() => {});
  if (options.kind === 'sqlite') {
    const database = openSqliteFile(options.file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    // FULL (default): an acknowledged write survives a power loss too, not just a crash of the process (ADR 005)
    database.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    database.pragma('busy_timeout = 5000');
    // Deleted content is overwritten with zeros, not left in free pages for a backup to copy (ADR 112).
    database.pragma('secure_delete = ON');
    // The disk-full watch (ADR 111): set by a write that failed with SQLITE_FULL, cleared by a commit.
    let diskFull = false;
    const watch = {
      failed: (error: unknown) => {
        if (storageFaultOf(error) === 'disk-full') diskFull = true;
      },
      committed: () => {
        diskFull = false;
      },
    };
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(database, 500, watch) }),
    });
    const memory = options.file === ':memory:';
    const ledger = memory
      ? undefined
      : new ErasureLedger(options.erasureLedger ?? path.join(path.dirname(options.file), 'erasures.ledger'));
    const truncateWal = async () => {
      if (!memory) await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    };
    await migrateOrClose(db, async () => {
      await migrateToLatest(db, 'sqlite');
      if (ledger === undefined) return;
      const reapplied = await reconcileErasures(db, ledger);
      if (reapplied > 0) {
        await truncateWal();
        notice(`erased again ${reapplied} patient(s) of ${ledger.file} that the database still held`);
      }
    });
    if (options.maxPageCount !== undefined) database.pragma(`max_page_count = ${options.maxPageCount}`);
    // A second connection to ':memory:' would be another database: there, reads share the one connection.
    // Sessions and decision snapshots are kept in memory: one server process makes every change; uploads
    // that arrive together share a commit (ADR 110).
    return new KyselyStore(db, 'sqlite', {
      reader: memory ? undefined : sqliteReader(options.file),
      caches: { sessions: new ReadCache(), decisions: new ReadCache(30_000, 2_000) },
      groupCommit: true,
      afterErase: async (erasure) => {
        // The ledger's copy outlives a restore; the old pages leave the WAL file too (ADR 112).
        ledger?.append([erasure]);
        await truncateWal();
      },
      // While a write has failed for lack of space, health asks for a real (tiny) write: answered once the
      // disk has room again.
      probe: async () => {
        if (!diskFull) return;
        // A page taken and given back, committed: it needs room in the file and in the WAL, as any write does.
        await db.transaction().execute(async (tx) => {
          await sql`create table storage_probe (x)`.execute(tx);
          await sql`drop table storage_probe`.execute(tx);
        });
        diskFull = false;
      },
    });
  }

  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  // Loaded only for PostgreSQL: an embedded SQLite server does not carry the driver in memory.
  const { default: pg } = await import('pg');
  const base: PoolConfig = {
    connectionString: options.url,
    options: `-c search_path=${schema}`,
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    keepAlive: true,
  };
  // Migrations get a pool of their own without the query timeout: a long one must not be cut off.
  const migrationPool = guarded(new pg.Pool({ ...base, max: 1 }), notice);
  const migrationDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: migrationPool }) });
  await migrateOrClose(migrationDb, () => migrateToLatest(migrationDb, 'postgres', schema));
  await migrationDb.destroy();
  const pool = guarded(
    new pg.Pool({ ...base, max: options.poolSize ?? 10, query_timeout: PG_QUERY_TIMEOUT_MS }),
    notice,
  );
  return new KyselyStore(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), 'postgres');
}

/**
 * A pool whose lost connections are an outage, not a crash: node-postgres emits `error` on the pool for an
 * idle connection and on the client for one checked out between queries; unheard, either ends the process.
 * The pool drops the broken connection and opens new ones once the database answers again.
 */
function guarded(pool: Pool, notice: NonNullable<StoreOptions['notice']>): Pool {
  const heard = (error: Error) => {
    notice('database connection lost', error);
  };
  pool.on('error', heard);
  pool.on('connect', (client) => {
    client.on('error', heard);
  });
  return pool;
}

async function migrateOrClose(db: Kysely<Database>, migrate: () => Promise<void>): Promise<void> {
  try {
    await migrate();
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
