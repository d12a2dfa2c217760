import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newPatient, patientIdOf, storedMorningCheck } from '../../test/store-helpers.js';
import { createStore } from './create-store.js';
import { StorageError } from './sqlite-open.js';

describe('opening the SQLite file at start-up', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-open-'));
    file = path.join(dir, 'data', 'hamstring-rehab.sqlite');
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A database with some patients and events, closed cleanly (WAL folded into the file). */
  async function used(): Promise<void> {
    const store = await createStore({ kind: 'sqlite', file });
    for (let p = 0; p < 4; p++) {
      const patientId = patientIdOf(await newPatient(store));
      const events = Array.from({ length: 200 }, (_, i) =>
        storedMorningCheck(`2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, i % 11),
      );
      await store.appendEvents(patientId, events, '2026-03-01T10:00:00.000Z');
    }
    await store.close();
  }

  it('makes a new database in a new folder, leaving no empty file, and opens it again', async () => {
    await (await createStore({ kind: 'sqlite', file })).close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('.new-'))).toEqual([]);
    await (await createStore({ kind: 'sqlite', file })).close();
  });

  it('takes an empty file in a new folder as a new database', async () => {
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '');
    await (await createStore({ kind: 'sqlite', file })).close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });

  it('refuses an empty file in a folder that has been used, saying how to restore', async () => {
    await used();
    fs.truncateSync(file, 0);
    const opening = createStore({ kind: 'sqlite', file });
    await expect(opening).rejects.toThrow(StorageError);
    await expect(createStore({ kind: 'sqlite', file })).rejects.toThrow(
      /is empty \(0 bytes\).*will not start a new database.*To restore: .*npm run backup/,
    );
    expect(fs.statSync(file).size).toBe(0);
  });

  it('refuses a file that is not a database', async () => {
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, 'these are my notes, not a database');
    await expect(createStore({ kind: 'sqlite', file })).rejects.toThrow(/is not an SQLite database/);
    expect(fs.readFileSync(file, 'utf8')).toBe('these are my notes, not a database');
  });

  it('refuses a damaged file (random bytes over 4 pages), with the quick_check finding and the way back', async () => {
    await used();
    const pageSize = 4096;
    const pages = fs.statSync(file).size / pageSize;
    expect(pages).toBeGreaterThan(12);
    const fd = fs.openSync(file, 'r+');
    // Deterministic "random" bytes: the same damage on every run.
    let seed = 12345;
    const noise = Buffer.alloc(4 * pageSize, 0).map(
      () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff,
    );
    // Data pages: past the schema's pages (tables and indexes take the first ones of a new file).
    fs.writeSync(fd, noise, 0, noise.length, Math.floor((pages * 3) / 4) * pageSize);
    fs.closeSync(fd);
    // Where the damage lands depends on the schema's layout: quick_check finds it, or the first read at
    // open (migrations, the lock) meets it. Either way the server refuses with the finding and the way back.
    await expect(createStore({ kind: 'sqlite', file })).rejects.toThrow(
      /(is damaged \(PRAGMA quick_check: .+\)|cannot be read \(SQLITE_CORRUPT: .+\)): the server will not serve from it\. To restore: stop the server/,
    );
  });
});
