import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { MIGRATION_NAMES, migrations } from '../migrations/migrate.js';
import { createStore } from './create-store.js';

/** A SQLite file migrated only up to `migration`, holding the rows `seed` inserts: an older release's data. */
async function databaseAt(file: string, migration: string, seed: string): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(file) }) });
  try {
    const provider = { getMigrations: () => Promise.resolve(migrations('sqlite')) };
    const result = await new Migrator({ db: old, provider }).migrateTo(migration);
    expect(result.error).toBeUndefined();
  } finally {
    await old.destroy();
  }
  const raw = new SQLite(file);
  try {
    raw.exec(seed);
  } finally {
    raw.close();
  }
  return file;
}

describe('createStore on SQLite', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-create-'));
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('makes the folder, uses WAL, and migrates again at the next start without harm', async () => {
    const file = path.join(dir, 'nested', 'db.sqlite');
    const first = await createStore({ kind: 'sqlite', file });
    await first.close();
    const second = await createStore({ kind: 'sqlite', file });
    await second.close();

    const raw = new SQLite(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      const names = raw.prepare('select name from kysely_migration order by name').all();
      expect(names).toEqual(MIGRATION_NAMES.map((name) => ({ name })));
      expect(MIGRATION_NAMES[0]).toBe('001-initial');
    } finally {
      raw.close();
    }
  });

  it('upgrades a database of the first release, keeping its patients and links, with stale snapshots', async () => {
    const file = await databaseAt(
      path.join(dir, 'old.sqlite'),
      '001-initial',
      `
      insert into users (id, email, password_hash, role, created_at) values
        ('u1', 'ann@example.org', 'h', 'patient', 'now'), ('c1', 'doc@example.org', 'h', 'clinician', 'now');
      insert into patients (id, owner_user_id, created_at, updated_at) values ('p1', 'u1', 'now', 'now');
      insert into clinician_patients (clinician_id, patient_id, created_at) values ('c1', 'p1', 'then');
    `,
    );

    const store = await createStore({ kind: 'sqlite', file });
    try {
      expect(await store.getSnapshot('p1')).toMatchObject({
        version: 0,
        freshUntil: '',
        status: 'incomplete',
      });
      const { rows } = await store.listCaseload({ clinicianId: 'c1', limit: 10 });
      expect(rows).toMatchObject([
        { patientId: 'p1', email: 'ann@example.org', attention: 10, linkedAt: 'then' },
      ]);
      expect((await store.findUserById('c1'))?.clinicId).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('copies each snapshot’s status and flags onto its links when upgrading to 005', async () => {
    const file = await databaseAt(
      path.join(dir, 'before-005.sqlite'),
      '004-treatment-notes',
      `
      insert into users (id, email, password_hash, role, created_at) values
        ('u1', 'ann@example.org', 'h', 'patient', 'now'), ('u2', 'bob@example.org', 'h', 'patient', 'now'),
        ('c1', 'doc@example.org', 'h', 'clinician', 'now');
      insert into patients (id, owner_user_id, created_at, updated_at) values
        ('p1', 'u1', 'now', 'now'), ('p2', 'u2', 'now', 'now');
      insert into patient_snapshots (patient_id, status, flags, attention) values ('p1', 'active', 16, 3);
      insert into patient_snapshots (patient_id) values ('p2');
      insert into clinician_patients (clinician_id, patient_id, created_at, attention) values
        ('c1', 'p1', 'then', 3), ('c1', 'p2', 'then', 6);
    `,
    );

    const store = await createStore({ kind: 'sqlite', file });
    try {
      const active = await store.listCaseload({ clinicianId: 'c1', limit: 10, status: 'active' });
      expect(active).toMatchObject({ total: 1, rows: [{ patientId: 'p1', status: 'active', flags: 16 }] });
      const flagged = await store.listCaseload({ clinicianId: 'c1', limit: 10, flag: 16 });
      expect(flagged.rows.map((r) => r.patientId)).toEqual(['p1']);
      const incomplete = await store.listCaseload({ clinicianId: 'c1', limit: 10, status: 'incomplete' });
      expect(incomplete.rows.map((r) => r.patientId)).toEqual(['p2']);
    } finally {
      await store.close();
    }
  });

  it('copies each patient’s address onto their links when upgrading to 006, for the search', async () => {
    const file = await databaseAt(
      path.join(dir, 'before-006.sqlite'),
      '005-caseload-filters',
      `
      insert into users (id, email, password_hash, role, created_at) values
        ('u1', 'Ann.Smith@example.org', 'h', 'patient', 'now'), ('u2', 'bob@example.org', 'h', 'patient', 'now'),
        ('c1', 'doc@example.org', 'h', 'clinician', 'now');
      insert into patients (id, owner_user_id, created_at, updated_at) values
        ('p1', 'u1', 'now', 'now'), ('p2', 'u2', 'now', 'now');
      insert into patient_snapshots (patient_id) values ('p1'), ('p2');
      insert into clinician_patients (clinician_id, patient_id, created_at, attention) values
        ('c1', 'p1', 'then', 3), ('c1', 'p2', 'then', 6);
    `,
    );

    const store = await createStore({ kind: 'sqlite', file });
    try {
      const found = await store.listCaseload({ clinicianId: 'c1', limit: 10, search: 'ann.S' });
      // 010 then normalized the address (lower-case) on the user and on the link
      expect(found).toMatchObject({ total: 1, rows: [{ patientId: 'p1', email: 'ann.smith@example.org' }] });
      const all = await store.listCaseload({ clinicianId: 'c1', limit: 10, search: 'example' });
      expect(all.total).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('normalizes e-mails and time zones when upgrading to 010, leaving a colliding address as it was', async () => {
    const nfd = 'Zoe\u0308@Example.org';
    const file = await databaseAt(
      path.join(dir, 'before-010.sqlite'),
      '006-caseload-search',
      `
      insert into users (id, email, password_hash, role, created_at) values
        ('u1', '${nfd}', 'h', 'patient', '2026-01-01'), ('u2', 'zo\u00eb@example.org', 'h', 'patient', '2026-01-02'),
        ('u3', 'Carl@Example.org', 'h', 'patient', '2026-01-03'), ('c1', 'doc@example.org', 'h', 'clinician', 'now');
      insert into patients (id, owner_user_id, created_at, updated_at, time_zone) values
        ('p1', 'u1', 'now', 'now', 'UTC'), ('p2', 'u2', 'now', 'now', 'UTC'),
        ('p3', 'u3', 'now', 'now', 'europe/LONDON');
      insert into patient_snapshots (patient_id) values ('p1'), ('p2'), ('p3');
      insert into clinician_patients (clinician_id, patient_id, created_at, email) values
        ('c1', 'p3', 'then', 'carl@example.org');
    `,
    );
    const store = await createStore({ kind: 'sqlite', file });
    try {
      expect((await store.findUserById('u3'))?.email).toBe('carl@example.org');
      // u2 already had the normalized form of u1's address: u2 keeps it, u1 is left as it was
      expect((await store.findUserById('u2'))?.email).toBe('zo\u00eb@example.org');
      expect((await store.findUserById('u1'))?.email).toBe(nfd);
      expect((await store.getPatient('p3'))?.profile.timeZone).toBe('Europe/London');
      const rows = await store.listCaseload({ clinicianId: 'c1', limit: 10 });
      expect(rows.rows[0]?.email).toBe('carl@example.org');
    } finally {
      await store.close();
    }
  });

  it('refuses an unsafe PostgreSQL schema name before connecting', async () => {
    await expect(
      createStore({ kind: 'postgres', url: 'postgres://x@127.0.0.1:1/x', schema: 'a;drop' }),
    ).rejects.toThrow('invalid schema name');
  });
});
