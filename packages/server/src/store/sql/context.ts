import type { Kysely } from 'kysely';
import type { Dialect } from '../../migrations/dialect.js';
import type { Database } from '../database.js';
import { hotQueries, type HotQueries } from './hot-queries.js';
import type { Executor } from './precompiled.js';

/** What the SQL of each area needs: the database, how this dialect writes a boolean, the hot queries. */
export interface SqlContext {
  db: Kysely<Database>;
  dialect: Dialect;
  /** 0/1 on SQLite, true/false on PostgreSQL. */
  bool: (value: boolean) => number | boolean;
  /** The queries of every request, compiled once. */
  hot: HotQueries;
  /** Where the hot reads run: a read-only connection on SQLite, the pool on PostgreSQL. */
  reader: Executor;
}

export function sqlContext(db: Kysely<Database>, dialect: Dialect, reader: Executor = db): SqlContext {
  return {
    db,
    dialect,
    bool: (value) => (dialect === 'sqlite' ? Number(value) : value),
    hot: hotQueries(db),
    reader,
  };
}
