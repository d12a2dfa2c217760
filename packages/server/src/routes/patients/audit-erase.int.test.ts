import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { openSqlite } from '../../../test/stores.js';
import { morningCheck, typicalProfile, typicalScreening } from '../../../test/fixtures.js';
import type { Store } from '../../store/store.js';

interface AuditEntries {
  entries: {
    actorId: string | null;
    actorRole: string;
    action: string;
    route: string;
    outcome: string;
    statusCode: number;
  }[];
}

describe('audit log', () => {
  let t: TestApp;
  let patient: Session;
  let base: string;
  beforeEach(async () => {
    t = await testApp();
    patient = await t.signup();
    base = `/api/v1/patients/${patient.patientId}`;
  });
  afterEach(async () => {
    await t.close();
  });

  const audit = async () =>
    (await t.request('GET', `${base}/audit`, { session: patient })).json<AuditEntries>().entries;

  it('records nothing when the patient works on their own data', async () => {
    await t.request('GET', `${base}/profile`, { session: patient });
    await t.request('PUT', `${base}/profile`, { session: patient, body: typicalProfile });
    await t.request('POST', `${base}/events`, { session: patient, body: morningCheck('2026-03-02', 1) });
    await t.request('GET', `${base}/decision`, { session: patient });
    expect(await audit()).toEqual([]);
  });

  it('records every read and write by a clinician, with its outcome, for the patient to read', async () => {
    const clinician = await t.clinician([patient.patientId]);
    await t.request('GET', `${base}/profile`, { session: clinician });
    await t.request('PUT', `${base}/screening`, { session: clinician, body: typicalScreening });
    await t.request('POST', `${base}/events`, {
      session: clinician,
      body: { ...morningCheck('2026-03-02', 1), score: 99 },
    });
    await t.request('GET', `${base}/decision`, { session: clinician });
    await t.request('GET', `${base}/export?format=fhir`, { session: clinician });

    const entries = await audit();
    expect(entries.map((e) => [e.action, e.outcome, e.statusCode])).toEqual([
      ['export.read', 'success', 200],
      ['decision.read', 'failure', 409],
      ['events.write', 'failure', 400],
      ['screening.write', 'success', 200],
      ['profile.read', 'success', 200],
    ]);
    expect(entries[0]).toMatchObject({
      actorId: clinician.userId,
      actorRole: 'clinician',
      route: 'GET /api/v1/patients/:patientId/export',
    });
  });

  it('records refused attempts by others, and shows the log to the patient only', async () => {
    const intruder = await t.signup();
    await t.request('GET', `${base}/events`, { session: intruder });
    const entries = await audit();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: intruder.userId,
      actorRole: 'patient',
      outcome: 'failure',
      statusCode: 404,
    });

    const clinician = await t.clinician([patient.patientId]);
    expect((await t.request('GET', `${base}/audit`, { session: clinician })).statusCode).toBe(404);
    expect((await t.request('GET', `${base}/audit`, { session: intruder })).statusCode).toBe(404);
    const limited = await t.request('GET', `${base}/audit?limit=0`, { session: patient });
    expect(limited.json<{ problems: unknown[] }>().problems).toEqual([
      { path: 'limit', message: 'must be at least 1' },
    ]);
  });
});

describe('audit failures', () => {
  it('fail the request rather than let an access go unrecorded, and leak nothing', async () => {
    const opened = await openSqlite();
    const failing: Store = new Proxy(opened.store, {
      get(target, property, receiver) {
        if (property === 'writeAudit') {
          return () =>
            Promise.reject(new Error('SQLITE_ERROR: no such table: audit_log (select * from users)'));
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const t = await testApp({}, { ...opened, store: failing });
    try {
      const patient = await t.signup();
      const clinician = await t.clinician([patient.patientId]);
      const response = await t.request('GET', `/api/v1/patients/${patient.patientId}/profile`, {
        session: clinician,
      });
      expect(response.statusCode).toBe(500);
      expect(response.body).toBe('{"error":"internal server error"}');
    } finally {
      await t.close();
    }
  });
});

describe('DELETE /api/v1/patients/{patientId}', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('erases the patient, all their data and their account, and signs them out', async () => {
    const ann = await t.signup('ann@example.org');
    const bob = await t.signup('bob@example.org');
    for (const who of [ann, bob]) {
      const base = `/api/v1/patients/${who.patientId}`;
      await t.request('PUT', `${base}/profile`, { session: who, body: typicalProfile });
      await t.request('PUT', `${base}/screening`, { session: who, body: typicalScreening });
      await t.request('POST', `${base}/events`, { session: who, body: morningCheck('2026-03-02', 1) });
    }
    const response = await t.request('DELETE', `/api/v1/patients/${ann.patientId}`, { session: ann });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((c) => c.name === 'hr_session')?.value).toBe('');

    expect(await t.store.getPatient(ann.patientId)).toBeUndefined();
    expect(await t.store.getScreening(ann.patientId)).toBeUndefined();
    expect(await t.store.listEvents(ann.patientId)).toEqual([]);
    expect(await t.store.findUserByEmail('ann@example.org')).toBeUndefined();
    expect((await t.request('GET', '/api/v1/me', { session: ann })).statusCode).toBe(401);
    const login = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'ann@example.org', password: 'a long enough password' },
    });
    expect(login.statusCode).toBe(401);

    expect(await t.store.listEvents(bob.patientId)).toHaveLength(1);
    expect((await t.request('GET', '/api/v1/me', { session: bob })).statusCode).toBe(200);
  });

  it('is refused (404) to anyone but the patient, erasing nothing', async () => {
    const ann = await t.signup();
    const bob = await t.signup();
    const clinician = await t.clinician([ann.patientId]);
    for (const who of [bob, clinician]) {
      expect(
        (await t.request('DELETE', `/api/v1/patients/${ann.patientId}`, { session: who })).statusCode,
      ).toBe(404);
    }
    expect(await t.store.getPatient(ann.patientId)).toBeDefined();
  });
});
