import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockForServer, ServerLockError } from './server-lock.js';

describe('lockForServer', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-lock-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lets one server hold a database, refuses a second, and frees it on release', () => {
    const file = path.join(dir, 'db.sqlite');
    const release = lockForServer(file);
    expect(() => lockForServer(file, 0)).toThrow(ServerLockError);
    expect(() => lockForServer(file, 0)).toThrow(
      /another hamstring-rehab server is already using .*db\.sqlite/,
    );
    lockForServer(path.join(dir, 'other.sqlite'), 0)();
    release();
    lockForServer(file, 0)();
  });

  it('refuses another process while held, and is free again once the holder has died', () => {
    const file = path.join(dir, 'db.sqlite');
    const release = lockForServer(file);
    // A second Node process trying the same lock, as a second `npm start` would.
    const attempt = () =>
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import SQLite from 'better-sqlite3';
           const db = new SQLite(${JSON.stringify(`${file}.server-lock`)}, { timeout: 0 });
           try { db.exec('BEGIN EXCLUSIVE'); console.log('locked'); } catch (e) { console.log(e.code); }`,
        ],
        { cwd: path.dirname(new URL(import.meta.url).pathname), encoding: 'utf8' },
      ).trim();
    expect(attempt()).toBe('SQLITE_BUSY');
    release();
    expect(attempt()).toBe('locked');
  });
});
