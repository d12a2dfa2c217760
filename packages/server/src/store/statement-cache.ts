import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Told of every statement that fails, and of every commit that succeeds (the disk-full watch, ADR 111). */
export interface StatementWatch {
  failed(error: unknown): void;
  committed(): void;
}

/** Does nothing: `rollback` after SQLite has already rolled the transaction back itself. */
const NOTHING_TO_ROLL_BACK: SqliteStatement = {
  reader: false,
  all: () => [],
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
  iterate: () => [][Symbol.iterator](),
};

function watched(statement: SQLite.Statement, sql: string, watch: StatementWatch): SqliteStatement {
  const commit = /^\s*(commit|end)\b/i.test(sql);
  return {
    reader: statement.reader,
    all(parameters) {
      try {
        return statement.all(parameters);
      } catch (error) {
        watch.failed(error);
        throw error;
      }
    },
    run(parameters) {
      try {
        const result = statement.run(parameters);
        if (commit) watch.committed();
        return result;
      } catch (error) {
        watch.failed(error);
        throw error;
      }
    },
    iterate: (parameters) => statement.iterate(parameters),
  };
}

/**
 * better-sqlite3 under Kysely, with its prepared statements kept by SQL text (least recently used dropped
 * past `max`): Kysely prepares every query it runs, which costs more than running a short one. Safe because
 * Kysely runs one query at a time on its one SQLite connection and never leaves a statement iterating.
 *
 * A `rollback` when no transaction is open does nothing: SQLite rolls a transaction back by itself on some
 * errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY), and Kysely's own `rollback` after them failed with
 * "cannot rollback - no transaction is active", which hid the real error (the disk-full log spam of issue 14).
 */
export function withStatementCache(
  database: SQLite.Database,
  max = 500,
  watch?: StatementWatch,
): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string) {
      if (!database.inTransaction && /^\s*rollback\s*$/i.test(sql)) return NOTHING_TO_ROLL_BACK;
      let statement = cache.get(sql);
      if (statement !== undefined) {
        cache.delete(sql);
      } else {
        const prepared = database.prepare(sql);
        statement = watch === undefined ? prepared : watched(prepared, sql, watch);
        if (cache.size >= max) {
          const oldest = cache.keys().next();
          if (oldest.done !== true) cache.delete(oldest.value);
        }
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
