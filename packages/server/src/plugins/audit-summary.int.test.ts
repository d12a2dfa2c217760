import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../test/app.js';
import { storeTargets } from '../../test/stores.js';

interface Entry {
  actorId: string | null;
  action: string;
  outcome: string;
  statusCode: number;
  count: number;
  at: string;
  lastAt: string;
}

/**
 * Issue 14: 500 refused reads by patient B wrote 500 rows into patient A's log, and refusals for ids that
 * are no patient wrote rows too. Refusals are now one row per caller, patient, action and hour, with a count.
 */
describe.each(storeTargets())('audit of refused requests ($name)', (target) => {
  let t: TestApp;
  let owner: Session;
  let intruder: Session;
  beforeAll(async () => {
    t = await testApp({}, await target.open());
    owner = await t.signup();
    intruder = await t.clinician();
  });
  afterAll(async () => {
    await t.close();
  });

  const entries = async () =>
    (
      await t.request('GET', `/api/v1/patients/${owner.patientId}/audit?limit=1000`, { session: owner })
    ).json<{ entries: Entry[] }>().entries;

  it('summarizes 500 refused reads by one caller into one row per action and hour, with the count', async () => {
    for (let i = 0; i < 500; i++) {
      const r = await t.request('GET', `/api/v1/patients/${owner.patientId}/profile`, { session: intruder });
      expect(r.statusCode).toBe(404);
      if (i === 249) t.setNow('2026-03-10T12:30:00.000Z');
    }
    for (let i = 0; i < 3; i++)
      await t.request('GET', `/api/v1/patients/${owner.patientId}/events`, { session: intruder });
    t.setNow('2026-03-10T13:05:00.000Z');
    await t.request('GET', `/api/v1/patients/${owner.patientId}/profile`, { session: intruder });

    const refused = (await entries()).filter((e) => e.actorId === intruder.userId);
    expect(refused.map((e) => [e.action, e.outcome, e.statusCode, e.count])).toEqual([
      ['profile.read', 'failure', 404, 1],
      ['events.read', 'failure', 404, 3],
      ['profile.read', 'failure', 404, 500],
    ]);
    const hour = refused[2];
    expect([hour?.at, hour?.lastAt]).toEqual(['2026-03-10T12:00:00.000Z', '2026-03-10T12:30:00.000Z']);
  });

  it('writes no row for a patient id that does not exist', async () => {
    const before = await t.dump(['sessions', 'login_throttle']);
    for (const id of [randomUUID(), randomUUID()]) {
      const r = await t.request('GET', `/api/v1/patients/${id}/profile`, { session: intruder });
      expect(r.statusCode).toBe(404);
    }
    expect(await t.dump(['sessions', 'login_throttle'])).toEqual(before);
  });
});
