import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

/** Thrown when another server already serves the SQLite file. */
export class ServerLockError extends Error {}

/**
 * Makes this process the only server of an embedded SQLite database, for as long as it runs: an exclusive
 * lock on `<file>.server-lock`, which the operating system releases when the process ends, however it ends.
 * A second server on the same file stops at start-up with a readable error instead of running beside the
 * first one: each server keeps sessions it has found in memory and forgets them as it revokes them (ADR
 * 110), which only holds when one process makes every change. Several app servers need PostgreSQL.
 * It waits up to `waitMs` for a server that is stopping. Returns the release: keep it, and call it on a clean
 * stop (once nothing refers to the lock, the garbage collector may close it).
 */
export function lockForServer(file: string, waitMs = 3000): () => void {
  const lockFile = `${file}.server-lock`;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const lock = new SQLite(lockFile, { timeout: waitMs });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if (error instanceof SQLite.SqliteError && error.code === 'SQLITE_BUSY') {
      throw new ServerLockError(
        `another hamstring-rehab server is already using ${file}: stop it first, or give this one another ` +
          'DATA_DIR (several servers on one database need PostgreSQL: DATABASE_URL)',
      );
    }
    throw error;
  }
  return () => {
    lock.exec('ROLLBACK');
    lock.close();
  };
}
