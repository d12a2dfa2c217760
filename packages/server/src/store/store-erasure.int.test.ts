import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newPatient, patientIdOf, storedMorningCheck } from '../../test/store-helpers.js';
import { storeTargets, type OpenedStore } from '../../test/stores.js';
import { backupSqlite } from '../backup/backup.js';
import { createStore } from './create-store.js';
import type { AuditEntryInput, Store } from './store.js';

const audit = (patientId: string): AuditEntryInput => ({
  at: '2026-03-01T10:00:00.000Z',
  actorId: null,
  actorRole: 'clinician',
  patientId,
  action: 'patient.read',
  route: 'GET /api/v1/patients/:patientId/events',
  outcome: 'failure',
  statusCode: 404,
});

describe.each(storeTargets())('erasure records and the audit log ($name)', (target) => {
  let opened: OpenedStore;
  afterEach(async () => {
    await opened.cleanup();
  });

  it('writes no audit row for an unknown or an erased patient, and records the erasure by ids only', async () => {
    opened = await target.open();
    const { store } = opened;
    const user = await newPatient(store);
    const patientId = patientIdOf(user);
    await store.writeAudit(audit(patientId));
    expect(await store.listAudit(patientId, 10)).toHaveLength(1);
    const unknown = '00000000-0000-4000-8000-000000000001';
    await store.writeAudit(audit(unknown));
    expect(await store.listAudit(unknown, 10)).toEqual([]);

    await store.erasePatient(patientId, '2026-03-02T10:00:00.000Z');
    await store.writeAudit(audit(patientId));
    expect(await store.listAudit(patientId, 10)).toEqual([]);
    expect(await store.getPatient(patientId)).toBeUndefined();
    expect(await store.findUserById(user.id)).toBeUndefined();
    const dump = await opened.dump();
    expect(dump.erasures).toEqual([
      { patient_id: patientId, user_id: user.id, erased_at: '2026-03-02T10:00:00.000Z' },
    ]);
    expect(JSON.stringify(dump)).not.toContain(user.email);
  });
});

describe('the erasure ledger beside an SQLite database', () => {
  let dir: string | undefined;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('erases again, at start-up, the patients that a restored older backup brings back', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-ledger-'));
    const file = path.join(dir, 'data', 'hamstring-rehab.sqlite');
    store = await createStore({ kind: 'sqlite', file });
    const ann = await newPatient(store);
    const bob = await newPatient(store);
    await store.appendEvents(
      patientIdOf(ann),
      [storedMorningCheck('2026-02-01', 2)],
      '2026-03-01T10:00:00.000Z',
    );
    const older = path.join(dir, 'backups', 'before.sqlite');
    await backupSqlite(file, older);

    await store.erasePatient(patientIdOf(ann), '2026-03-02T10:00:00.000Z');
    const ledger = path.join(dir, 'data', 'erasures.ledger');
    expect(fs.readFileSync(ledger, 'utf8')).toBe(`2026-03-02T10:00:00.000Z ${patientIdOf(ann)} ${ann.id}\n`);
    await store.close();
    store = undefined;

    // The restore of README's Backup and restore: the older copy over the database, the ledger kept.
    for (const name of fs.readdirSync(path.dirname(file)))
      if (name.startsWith('hamstring-rehab.sqlite')) fs.rmSync(path.join(path.dirname(file), name));
    fs.copyFileSync(older, file);
    const notices: string[] = [];
    store = await createStore({ kind: 'sqlite', file, notice: (m) => notices.push(m) });
    expect(notices).toEqual([`erased again 1 patient(s) of ${ledger} that the database still held`]);
    expect(await store.getPatient(patientIdOf(ann))).toBeUndefined();
    expect(await store.findUserByEmail(ann.email)).toBeUndefined();
    expect(await store.listEvents(patientIdOf(ann))).toEqual([]);
    expect(await store.getPatient(patientIdOf(bob))).toBeDefined();
    await store.close();

    // Once recorded in the database too, a later start has nothing to do.
    notices.length = 0;
    store = await createStore({ kind: 'sqlite', file, notice: (m) => notices.push(m) });
    expect(notices).toEqual([]);
  });

  it('copies to the ledger an erasure that only the database recorded (a crash before the append)', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-ledger-'));
    const file = path.join(dir, 'hamstring-rehab.sqlite');
    store = await createStore({ kind: 'sqlite', file });
    const ann = await newPatient(store);
    await store.erasePatient(patientIdOf(ann), '2026-03-02T10:00:00.000Z');
    await store.close();
    const ledger = path.join(dir, 'erasures.ledger');
    fs.writeFileSync(ledger, '');
    store = await createStore({ kind: 'sqlite', file });
    expect(fs.readFileSync(ledger, 'utf8')).toContain(patientIdOf(ann));
  });
});
