import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { twoGreenDays, typicalProfile, typicalScreening } from '../../../test/fixtures.js';
import { redFlag as redFlagEvent } from '../../../test/histories.js';
import { openSqlite } from '../../../test/stores.js';
import type { Store } from '../../store/store.js';

describe('GET /api/v1/patients/{patientId}/decision', () => {
  let t: TestApp;
  let me: Session;
  let base: string;
  beforeEach(async () => {
    t = await testApp();
    me = await t.signup();
    base = `/api/v1/patients/${me.patientId}`;
  });
  afterEach(async () => {
    await t.close();
  });

  const ready = async (profile: object = typicalProfile) => {
    await t.request('PUT', `${base}/profile`, { session: me, body: profile });
    await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
  };

  it('says what is missing until the profile and the screening are recorded', async () => {
    const noProfile = await t.request('GET', `${base}/decision`, { session: me });
    expect(noProfile.statusCode).toBe(409);
    expect(noProfile.json<{ error: string }>().error).toMatch(/birth year/);
    await t.request('PUT', `${base}/profile`, { session: me, body: typicalProfile });
    const noScreening = await t.request('GET', `${base}/decision`, { session: me });
    expect(noScreening.statusCode).toBe(409);
    expect(noScreening.json()).toEqual({ error: 'a screening is needed first: PUT .../screening' });
  });

  it('decides from the stored case, exactly as the stateless engine does', async () => {
    await ready();
    await t.request('POST', `${base}/events`, { session: me, body: { events: twoGreenDays() } });
    const response = await t.request('GET', `${base}/decision?asOf=2026-03-05`, { session: me });
    expect(response.statusCode).toBe(200);
    const decision = response.json<{ status: string; stage: number; level: number; asOf: string }>();
    expect(decision).toMatchObject({ status: 'active', stage: 1, level: 2, asOf: '2026-03-05' });
    // What the apps show besides the contract: the ceiling in force and the day the stage started.
    const extras = response.json<{ painCeiling: number; stageStarted: string | null }>();
    expect(extras.painCeiling).toBe(5);
    expect(extras.stageStarted).toMatch(/^2026-03-0\d$/);

    const events = twoGreenDays().map((event) =>
      Object.fromEntries(Object.entries(event).filter(([k]) => k !== 'id')),
    );
    const patient = { birthYear: 1985, affectedSide: 'left', runner: false, painCeiling: 5 };
    const evaluated = await t.request('POST', '/api/v1/evaluate', {
      body: { protocol: 'pht-v2', asOf: '2026-03-05', patient, screening: typicalScreening, events },
    });
    expect(evaluated.json()).toEqual(response.json());
  });

  it('decides for today in the patient’s time zone by default', async () => {
    await ready({ ...typicalProfile, timeZone: 'Pacific/Auckland' });
    t.setNow('2026-03-10T12:00:00.000Z');
    const auckland = await t.request('GET', `${base}/decision`, { session: me });
    expect(auckland.json<{ asOf: string }>().asOf).toBe('2026-03-11');
    await t.request('PUT', `${base}/profile`, {
      session: me,
      body: { ...typicalProfile, timeZone: 'America/Los_Angeles' },
    });
    t.setNow('2026-03-11T05:00:00.000Z');
    const la = await t.request('GET', `${base}/decision`, { session: me });
    expect(la.json<{ asOf: string }>().asOf).toBe('2026-03-10');
  });

  it('answers 400 for a bad asOf', async () => {
    await ready();
    const impossible = await t.request('GET', `${base}/decision?asOf=2026-02-30`, { session: me });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json()).toEqual({
      error: 'invalid request',
      problems: [{ path: 'asOf', message: '2026-02-30 is not a real date' }],
    });
    const words = await t.request('GET', `${base}/decision?asOf=tomorrow`, { session: me });
    expect(words.json<{ problems: unknown[] }>().problems).toEqual([
      { path: 'asOf', message: 'must be a date written YYYY-MM-DD' },
    ]);
    const unknown = await t.request('GET', `${base}/decision?when=now`, { session: me });
    expect(unknown.json<{ problems: unknown[] }>().problems).toEqual([
      { path: 'when', message: 'is not a known field' },
    ]);
  });

  it('reads today’s decision from a fresh snapshot, recomputing it after a write, and replays other days', async () => {
    await t.close();
    const opened = await openSqlite();
    let replays = 0;
    let continued = 0;
    const counting: Store = new Proxy(opened.store, {
      get(target, property, receiver) {
        if (property === 'listEvents') {
          return (patientId: string) => {
            replays++;
            return target.listEvents(patientId);
          };
        }
        if (property === 'listEventsAfter') {
          return (patientId: string, date: string) => {
            continued++;
            return target.listEventsAfter(patientId, date);
          };
        }
        if (property === 'listEventsAfterAt') {
          return (patientId: string, date: string) => {
            continued++;
            return target.listEventsAfterAt(patientId, date);
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    t = await testApp({}, { ...opened, store: counting }, { snapshots: { debounceMs: 60_000 } });
    me = await t.signup();
    base = `/api/v1/patients/${me.patientId}`;
    await ready();
    // the profile write started a recomputation at once (ADR 138); the events, written within the quiet
    // time after it, are left to the refresh once writes pause: one replay after the events
    await t.app.snapshots.idle();
    replays = 0;
    await t.request('POST', `${base}/events`, { session: me, body: { events: twoGreenDays() } });
    await t.app.snapshots.idle();
    expect(replays).toBe(1);

    replays = 0;
    const today = await t.request('GET', `${base}/decision`, { session: me });
    const again = await t.request('GET', `${base}/decision?asOf=2026-03-10`, { session: me });
    expect(replays).toBe(0);
    expect(again.json()).toEqual(today.json());
    expect(today.json()).toMatchObject({ asOf: '2026-03-10', status: 'active', stage: 1 });

    const past = await t.request('GET', `${base}/decision?asOf=2026-03-05`, { session: me });
    expect(replays).toBe(1);
    expect(past.json()).toMatchObject({ asOf: '2026-03-05', level: 2 });

    await t.request('POST', `${base}/events`, { session: me, body: redFlagEvent('2026-03-10') });
    const changed = await t.request('GET', `${base}/decision`, { session: me });
    expect(changed.json()).toMatchObject({ status: 'emergency', flags: ['red-flag'] });
    // recomputed from the snapshot's replay checkpoint and the events after it (ADR 134)
    expect(replays).toBe(1);
    expect(continued).toBe(1);
    const replayed = await t.request('POST', '/api/v1/evaluate', {
      body: {
        protocol: 'pht-v2',
        asOf: '2026-03-10',
        patient: { birthYear: 1985, affectedSide: 'left', runner: false, painCeiling: 5 },
        screening: typicalScreening,
        events: (await t.store.listEvents(me.patientId)).map((e) => JSON.parse(e.body) as unknown),
      },
    });
    expect(changed.json()).toEqual(replayed.json());

    t.setNow('2026-03-11T12:00:00.000Z');
    const tomorrow = await t.request('GET', `${base}/decision`, { session: me });
    expect(tomorrow.json<{ asOf: string }>().asOf).toBe('2026-03-11');
  });
  it('starts its snapshot read beside the session read, and answers from it only whom may see it (ADR 233)', async () => {
    await t.close();
    const opened = await openSqlite();
    const order: string[] = [];
    let failing = false;
    const watching: Store = new Proxy(opened.store, {
      get(target, property, receiver) {
        if (property === 'findSession') {
          return async (tokenHash: string, now: string) => {
            order.push('session begun');
            const session = await target.findSession(tokenHash, now);
            order.push('session read');
            return session;
          };
        }
        if (property === 'getDecisionSnapshot') {
          return (patientId: string, now: string) => {
            order.push('snapshot begun');
            if (failing) return Promise.reject(new Error('the snapshot read failed'));
            return target.getDecisionSnapshot(patientId, now);
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    t = await testApp({}, { ...opened, store: watching });
    me = await t.signup();
    base = `/api/v1/patients/${me.patientId}`;
    const other = await t.signup('other@example.org');
    await ready();
    await t.app.snapshots.idle();

    order.length = 0;
    const mine = await t.request('GET', `${base}/decision`, { session: me });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ status: 'active', stage: 1 });
    // begun before the session was read: both reads go to the database together
    expect(order).toEqual(['snapshot begun', 'session begun', 'session read']);

    // Another patient's decision: the same 404 as for an id that is nobody's, whatever was read early.
    const refused = await t.request('GET', `/api/v1/patients/${other.patientId}/decision`, {
      session: me,
    });
    const nobody = await t.request('GET', '/api/v1/patients/00000000-0000-4000-8000-000000000000/decision', {
      session: me,
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toEqual(nobody.json());

    // Without a session nothing is read early; a read that fails is reported only to whom may see it.
    order.length = 0;
    const anonymous = await t.request('GET', `${base}/decision`);
    expect(anonymous.statusCode).toBe(401);
    expect(order).toEqual([]);
    failing = true;
    const refusedFailing = await t.request('GET', `/api/v1/patients/${other.patientId}/decision`, {
      session: me,
    });
    expect(refusedFailing.statusCode).toBe(404);
    const mineFailing = await t.request('GET', `${base}/decision`, { session: me });
    expect(mineFailing.statusCode).toBe(500);
  });
});
