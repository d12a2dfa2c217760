import fs from 'node:fs';
import path from 'node:path';
import { flockSync } from 'fs-ext';

/** Thrown when another server already serves the SQLite database. */
export class ServerLockError extends Error {}

const message = (file: string) =>
  `another hamstring-rehab server is already using ${file}: stop it first, or give this one another ` +
  'DATA_DIR (several servers on one database need PostgreSQL: DATABASE_URL)';

/** Takes an exclusive flock(2) on `target` without waiting; the open descriptor, or undefined when held. */
function tryFlock(target: string): number | undefined {
  const fd = fs.openSync(target, 'r');
  try {
    flockSync(fd, 'exnb');
    return fd;
  } catch (error) {
    fs.closeSync(fd);
    if (
      (error as NodeJS.ErrnoException).code === 'EWOULDBLOCK' ||
      (error as { code?: string }).code === 'EAGAIN'
    )
      return undefined;
    throw error;
  }
}

const pause = (ms: number) => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Makes this process the only server of an embedded SQLite database, for as long as it runs (ADR 113): an
 * exclusive flock(2) on the data folder itself and, once it exists, on the database file itself. The kernel
 * owns these locks and drops them when the process ends, however it ends; no file stands for them, so
 * deleting files (the database, its -wal, a lock file) does not free them. SQLite's own locks are fcntl(2)
 * locks, which flock(2) does not touch on a local file system: the server's connections and `npm run backup`
 * work as before. A second server on the same folder stops at start-up with a readable error: each server keeps
 * sessions in memory (ADR 110), which only holds when one process makes every change. Several app servers
 * need PostgreSQL. It waits up to `waitMs` for a server that is stopping.
 */
export class ServerLock {
  private readonly held: number[] = [];

  private constructor(private readonly file: string) {}

  static acquire(file: string, waitMs = 3000): ServerLock {
    const folder = path.dirname(file);
    fs.mkdirSync(folder, { recursive: true });
    const lock = new ServerLock(file);
    const deadline = Date.now() + waitMs;
    for (;;) {
      const fd = tryFlock(folder);
      if (fd !== undefined) {
        lock.held.push(fd);
        break;
      }
      if (Date.now() >= deadline) throw new ServerLockError(message(file));
      pause(50);
    }
    return lock;
  }

  /** Also holds the database file: call once the store has opened it (it makes a new one at first start). */
  holdDatabaseFile(): void {
    if (this.held.length > 1) return;
    const fd = tryFlock(this.file);
    if (fd === undefined) throw new ServerLockError(message(this.file));
    this.held.push(fd);
  }

  release(): void {
    for (const fd of this.held.splice(0)) {
      flockSync(fd, 'un');
      fs.closeSync(fd);
    }
  }
}
