import SQLite from 'better-sqlite3';
import type { CompiledQuery, QueryResult } from 'kysely';
import type { Executor } from './sql/precompiled.js';
import { withStatementCache } from './statement-cache.js';

/** An executor of compiled read queries that can be closed. */
export interface Reader extends Executor {
  close(): void;
}

/**
 * A second, read-only SQLite connection for the reads of every request (the session, the snapshot, the
 * clinician link). In WAL mode it reads the last committed state without waiting for the writer, and
 * without Kysely's single-connection queue: a read never waits behind a transaction, nor sees one half done.
 */
export function sqliteReader(file: string): Reader {
  const database = new SQLite(file, { readonly: true, fileMustExist: true });
  database.pragma('busy_timeout = 5000');
  const statements = withStatementCache(database);
  return {
    executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>> {
      return Promise.resolve({ rows: statements.prepare(query.sql).all(query.parameters) as R[] });
    },
    close: () => {
      statements.close();
    },
  };
}
