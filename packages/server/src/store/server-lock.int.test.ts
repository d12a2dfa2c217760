import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServerLock, ServerLockError } from './server-lock.js';

describe('ServerLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-lock-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lets one server hold a database, refuses a second, and frees it on release', () => {
    const file = path.join(dir, 'data', 'db.sqlite');
    const lock = ServerLock.acquire(file);
    expect(() => ServerLock.acquire(file, 0)).toThrow(ServerLockError);
    expect(() => ServerLock.acquire(file, 0)).toThrow(
      /another hamstring-rehab server is already using .*db\.sqlite/,
    );
    ServerLock.acquire(path.join(dir, 'other', 'db.sqlite'), 0).release();
    lock.release();
    ServerLock.acquire(file, 0).release();
  });

  it('holds the database file itself too, and deleting every file in the folder frees nothing', () => {
    const file = path.join(dir, 'data', 'db.sqlite');
    const lock = ServerLock.acquire(file);
    fs.writeFileSync(file, 'a database');
    lock.holdDatabaseFile();
    for (const name of fs.readdirSync(path.dirname(file))) fs.rmSync(path.join(path.dirname(file), name));
    expect(() => ServerLock.acquire(file, 0)).toThrow(ServerLockError);
    lock.release();
    ServerLock.acquire(file, 0).release();
  });

  it('refuses another process while held, and is free again once the holder has died', () => {
    const file = path.join(dir, 'db.sqlite');
    fs.writeFileSync(file, '');
    const lock = ServerLock.acquire(file);
    lock.holdDatabaseFile();
    // A second Node process trying a lock on the database file, as a second `npm start` would.
    const attempt = () =>
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import fs from 'node:fs'; import { flockSync } from 'fs-ext';
           const fd = fs.openSync(${JSON.stringify(file)}, 'r');
           try { flockSync(fd, 'exnb'); console.log('locked'); } catch (e) { console.log(e.code); }`,
        ],
        { cwd: path.dirname(new URL(import.meta.url).pathname), encoding: 'utf8' },
      ).trim();
    expect(attempt()).toBe('EAGAIN');
    lock.release();
    expect(attempt()).toBe('locked');
  });
});
