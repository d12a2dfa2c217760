import { afterEach, describe, expect, it } from 'vitest';
import { oldDatabases } from '../../test/old-database.js';
import { storedMorningCheck } from '../../test/store-helpers.js';
import { createStore } from './create-store.js';

/** Rows of a release before 019: a patient with a fresh snapshot and an event (a UUID and an ISO time, as every
 * stored event has: migration 020 keeps them compactly). */
const SEED = [
  `insert into users (id, email, password_hash, role, created_at) values ('u1', 'ann@example.org', 'h', 'patient', 'now')`,
  `insert into patients (id, owner_user_id, created_at, updated_at) values ('p1', 'u1', 'now', 'now')`,
  `insert into patient_snapshots (patient_id) values ('p1')`,
  `update patient_snapshots set status = 'active', fresh_until = '2999-01-01T00:00:00.000Z', computed_for = '2026-03-01',
    decision = '{"status":"active"}' where patient_id = 'p1'`,
  `insert into events (patient_id, id, date, type, body, received_at)
    values ('p1', '5f0c8a52-9d1e-4b7a-8c3f-2a6e1d0b9c41', '2026-03-01', 'morning-check',
      '{"date":"2026-03-01","score":1,"type":"morning-check"}', '2026-03-01T08:00:00.000Z')`,
];

const targets = oldDatabases('013-messages', SEED);

describe.each(targets)('migration 019 on $name: snapshots keep a replay checkpoint', (target) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
  });

  it('leaves existing snapshots as they were, without a checkpoint, and stores one from then on', async () => {
    const old = await target.before();
    cleanup = old.cleanup;
    const store = await createStore(old.options);
    try {
      const before = await store.getSnapshot('p1');
      expect(before).toMatchObject({ status: 'active', decision: '{"status":"active"}', checkpoint: null });
      expect(await store.listEventsAfter('p1', '2026-02-28')).toHaveLength(1);
      const checkpoint = { day: '2026-03-01', json: '{}' };
      const values = {
        computedFor: '2026-03-02',
        freshUntil: '2026-03-03T00:00:00.000Z',
        status: 'active',
        stage: 1,
        level: 1,
        flags: 0,
        attention: 6,
        checkIns: 1,
        sessions: 0,
        lastActivity: '2026-03-01',
        decision: '{}',
        checkpoint,
      };
      expect(await store.saveSnapshot('p1', before?.version ?? -1, values, 'now')).toBe(true);
      expect((await store.getSnapshot('p1'))?.checkpoint).toEqual(checkpoint);
      await store.appendEvents('p1', [storedMorningCheck('2026-03-01', 2)], '2026-03-02T08:00:00.000Z');
      expect((await store.getSnapshot('p1'))?.checkpoint).toBeNull();
    } finally {
      await store.close();
    }
  });
});
