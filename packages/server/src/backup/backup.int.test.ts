import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOW, newPatient, patientIdOf, storedMorningCheck } from '../../test/store-helpers.js';
import { createStore } from '../store/create-store.js';
import type { Store } from '../store/store.js';
import { backupCommand, backupSqlite } from './backup.js';

describe('npm run backup', () => {
  let dir: string;
  let store: Store;
  let source: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-backup-'));
    source = path.join(dir, 'data', 'hamstring-rehab.sqlite');
    store = await createStore({ kind: 'sqlite', file: source });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const count = (file: string) => {
    const db = new SQLite(file, { readonly: true });
    try {
      return (db.prepare('select count(*) as n from events').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('copies the live database consistently while it is being written', async () => {
    const patientId = patientIdOf(await newPatient(store));
    await store.appendEvents(
      patientId,
      Array.from({ length: 300 }, (_, i) =>
        storedMorningCheck(`2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, i % 11),
      ),
      NOW,
    );
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await store.appendEvents(patientId, [storedMorningCheck('2026-02-01', 1)], NOW);
        written++;
        // better-sqlite3 answers synchronously: let the backup's own steps run between writes.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const target = path.join(dir, 'backups', 'copy.sqlite');
    const result = await backupSqlite(source, target);
    writing = false;
    await writer;
    expect(result).toMatchObject({ file: target });
    expect(result.tables).toBeGreaterThan(8);
    const copied = count(target);
    expect(copied).toBeGreaterThanOrEqual(300);
    expect(copied).toBeLessThanOrEqual(300 + written);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['copy.sqlite']);

    const restored = await createStore({ kind: 'sqlite', file: target });
    try {
      expect(await restored.listEvents(patientId)).toHaveLength(copied);
    } finally {
      await restored.close();
    }
  });

  it('never overwrites a file, and says where the database is missing', async () => {
    const target = path.join(dir, 'taken.sqlite');
    fs.writeFileSync(target, 'keep me');
    await expect(backupSqlite(source, target)).rejects.toThrow('exists already');
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
    await expect(backupSqlite(path.join(dir, 'none.sqlite'), path.join(dir, 'x.sqlite'))).rejects.toThrow(
      'there is no database',
    );
  });

  it('runs with the server’s settings, and refuses PostgreSQL with a pointer to pg_dump', async () => {
    const dirs = { server: dir, user: path.join(dir, 'elsewhere') };
    const ok = await backupCommand({}, ['copy.sqlite'], dirs);
    expect(ok.code).toBe(0);
    expect(ok.message).toContain('integrity ok');
    expect(fs.existsSync(path.join(dir, 'elsewhere', 'copy.sqlite'))).toBe(true);
    const pg = await backupCommand({ DATABASE_URL: 'postgres://x@localhost/db' }, ['copy.sqlite'], dirs);
    expect(pg).toMatchObject({ code: 1 });
    expect(pg.message).toContain('pg_dump');
    expect((await backupCommand({}, [], dirs)).code).toBe(2);
    expect((await backupCommand({ PORT: 'x' }, ['a.sqlite'], dirs)).message).toContain('PORT=x');
    const again = await backupCommand({}, ['copy.sqlite'], dirs);
    expect(again).toMatchObject({ code: 1 });
    expect(again.message).toContain('exists already');
  });
});
