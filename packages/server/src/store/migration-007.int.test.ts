import { afterEach, describe, expect, it } from 'vitest';
import { oldDatabases } from '../../test/old-database.js';
import { newPatient, patientIdOf } from '../../test/store-helpers.js';
import { NO_ATTENTION } from '../cases/attention.js';
import { createStore } from './create-store.js';

/** Rows of a release before 007: two patients on pht-v1, one with a repeated flare (rank 1), one without. */
const SEED = [
  `insert into users (id, email, password_hash, role, created_at) values
    ('u1', 'ann@example.org', 'h', 'patient', 'now'), ('u2', 'bob@example.org', 'h', 'patient', 'now'),
    ('c1', 'doc@example.org', 'h', 'clinician', 'now')`,
  `insert into patients (id, owner_user_id, created_at, updated_at) values ('p1', 'u1', 'now', 'now'), ('p2', 'u2', 'now', 'now')`,
  `insert into patient_snapshots (patient_id, status, flags, attention, fresh_until, computed_for)
    values ('p1', 'active', 2, 1, '2999-01-01T00:00:00.000Z', '2026-03-01'), ('p2', 'active', 0, 6, '2999-01-01T00:00:00.000Z', '2026-03-01')`,
  `insert into clinician_patients (clinician_id, patient_id, created_at, attention, status, flags, fresh_until, email)
    values ('c1', 'p1', 'then', 1, 'active', 2, '2999-01-01T00:00:00.000Z', 'ann@example.org'),
           ('c1', 'p2', 'then', 6, 'active', 0, '2999-01-01T00:00:00.000Z', 'bob@example.org')`,
];

const targets = oldDatabases('006-caseload-search', SEED);

describe.each(targets)('migration 007 on $name: every patient moves to pht-v2', (target) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
  });

  it('records pht-v2 for existing and new patients, makes every snapshot stale and renumbers attention', async () => {
    const old = await target.before();
    cleanup = old.cleanup;
    const store = await createStore(old.options);
    try {
      expect((await store.getPatient('p1'))?.protocol).toBe('pht-v2');
      expect((await store.getPatient('p2'))?.protocol).toBe('pht-v2');
      // stale: recomputed (under pht-v2) at first need
      expect(await store.getSnapshot('p1')).toMatchObject({ freshUntil: '', flags: 2, attention: 3 });
      expect(await store.getSnapshot('p2')).toMatchObject({ freshUntil: '', attention: NO_ATTENTION });
      const { rows } = await store.listCaseload({ clinicianId: 'c1', limit: 10 });
      // repeated flare (old rank 1) is rank 3 of the new order, no flag (old 6) is NO_ATTENTION
      expect(rows.map((r) => [r.patientId, r.attention, r.freshUntil])).toEqual([
        ['p1', 3, ''],
        ['p2', NO_ATTENTION, ''],
      ]);
      // the repeated-flare bit is unchanged: the flag filter still finds p1
      const flagged = await store.listCaseload({ clinicianId: 'c1', limit: 10, flag: 2 });
      expect(flagged.rows.map((r) => r.patientId)).toEqual(['p1']);

      const fresh = patientIdOf(await newPatient(store));
      expect((await store.getPatient(fresh))?.protocol).toBe('pht-v2');
      expect(await store.getSnapshot(fresh)).toMatchObject({ attention: NO_ATTENTION });
    } finally {
      await store.close();
    }
  });
});
