import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { calmDays, patientWith, redFlag } from '../../../test/histories.js';

const problems = (response: LightMyRequestResponse) => response.json<{ problems: unknown[] }>().problems;

describe('POST /api/v1/patients/{patientId}/clinician-actions', () => {
  let t: TestApp;
  let patient: Session;
  let clinician: Session;
  let url: string;
  beforeEach(async () => {
    t = await testApp();
    patient = await patientWith(t, calmDays('2026-03-02', '2026-03-06'));
    clinician = await t.clinician([patient.patientId]);
    url = `/api/v1/patients/${patient.patientId}/clinician-actions`;
  });
  afterEach(async () => {
    await t.close();
  });

  const act = (body: unknown, session: Session = clinician) => t.request('POST', url, { session, body });
  const stored = async () =>
    (await t.store.listEvents(patient.patientId)).filter((e) => e.type === 'clinician');

  it('sets the stage with a note: stored as the engine’s clinician event, seen by the patient at once', async () => {
    const response = await act({ action: 'set-stage', stage: 2, level: 1, note: ' Strong and settled. ' });
    expect(response.statusCode).toBe(201);
    const made = response.json<{ id: string }>();
    expect(made).toEqual({
      id: made.id,
      type: 'clinician',
      action: 'set-stage',
      stage: 2,
      level: 1,
      note: 'Strong and settled.',
      date: '2026-03-10',
      effect: { kind: 'applied', message: 'The patient is at stage 2, level 1 from today.' },
    });
    const events = await t.request('GET', `/api/v1/patients/${patient.patientId}/events`, {
      session: patient,
    });
    const event: Record<string, unknown> = { ...made };
    delete event.effect;
    expect(events.json<{ events: unknown[] }>().events).toContainEqual(event);
    const decision = await t.request('GET', `/api/v1/patients/${patient.patientId}/decision`, {
      session: patient,
    });
    const seen = decision.json<{ stage: number; reasons: { rule: string; text: string }[] }>();
    expect(seen.stage).toBe(2);
    expect(seen.reasons.find((r) => r.rule === 'clinician-set-stage')?.text).toContain('Strong and settled.');
  });

  it('clears a red-flag screening, sets a ceiling and a running level', async () => {
    await t.request('POST', `/api/v1/patients/${patient.patientId}/events`, {
      session: patient,
      body: redFlag('2026-03-07'),
    });
    const before = await t.request('GET', `/api/v1/patients/${patient.patientId}/decision`, {
      session: clinician,
    });
    expect(before.json<{ status: string }>().status).toBe('emergency');
    expect(
      (await act({ action: 'clear-screening', note: 'Examined: no cauda equina signs.', date: '2026-03-09' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await act({ action: 'set-ceiling', painCeiling: 3, note: 'Irritable: lower ceiling.' })).statusCode,
    ).toBe(201);
    expect(
      (await act({ action: 'set-running-level', runningLevel: 0, note: 'No running yet.' })).statusCode,
    ).toBe(201);
    const after = await t.request('GET', `/api/v1/patients/${patient.patientId}/decision`, {
      session: patient,
    });
    expect(after.json()).toMatchObject({ status: 'active', painCeiling: 3 });
    expect((await stored()).map((e) => e.date)).toEqual(['2026-03-09', '2026-03-10', '2026-03-10']);
  });

  it('says before and after saving when an override is capped or waits for clearance (issue 12)', async () => {
    const runner = await patientWith(t, calmDays('2026-03-02', '2026-03-06'));
    await t.request('PUT', `/api/v1/patients/${runner.patientId}/profile`, {
      session: runner,
      body: { birthYear: 1985, affectedSide: 'left', runner: true, painCeiling: 5, timeZone: 'UTC' },
    });
    const doc = await t.clinician([runner.patientId]);
    const base = `/api/v1/patients/${runner.patientId}/clinician-actions`;
    const preview = await t.request('POST', `${base}/preview`, {
      session: doc,
      body: { action: 'set-running-level', runningLevel: 2 },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const capped = preview.json<{ effect: { kind: string; message: string } }>().effect;
    expect(capped.kind).toBe('capped');
    // pht-v1 caps R2 to R1 at stage 1; pht-v2 allows no running at stage 1 at all
    expect(capped.message).toMatch(
      /^Stage 1 allows (at most R\d: running will be at R\d, not R2|no running yet: R2 is recorded, but the patient does not run)\.$/,
    );
    expect(await t.store.listEvents(runner.patientId)).toHaveLength(9); // the preview stored nothing
    const saved = await t.request('POST', base, {
      session: doc,
      body: { action: 'set-running-level', runningLevel: 2, note: 'Keen to run.' },
    });
    expect(saved.json<{ effect: unknown }>().effect).toEqual(capped);

    // a red flag: set-stage is recorded but waits for the screening to be cleared
    await t.request('POST', `/api/v1/patients/${patient.patientId}/events`, {
      session: patient,
      body: redFlag('2026-03-07'),
    });
    const waits = await act({ action: 'set-stage', stage: 2, level: 1, note: 'Ready for stage 2.' });
    expect(waits.json<{ effect: unknown }>().effect).toEqual({
      kind: 'waits',
      message:
        'The program is stopped for an emergency referral (red flag): stage 2 is recorded and applies only once a clinician clears the screening.',
    });
    const cleared = await act({ action: 'clear-screening', note: 'Examined: no cauda equina signs.' });
    expect(cleared.json<{ effect: { kind: string } }>().effect.kind).toBe('applied');
  });

  it('names each bad or missing field for the action, and stores nothing', async () => {
    expect(problems(await act({ action: 'set-stage', note: 'x' }))).toEqual([
      { path: 'stage', message: 'is required for set-stage' },
    ]);
    expect(problems(await act({ action: 'set-ceiling', painCeiling: 4, stage: 2, note: 'x' }))).toEqual([
      { path: 'stage', message: 'is not used by set-ceiling' },
    ]);
    expect(problems(await act({ action: 'set-stage', stage: 5, note: '' }))).toEqual(
      expect.arrayContaining([
        { path: 'stage', message: 'must be at most 4' },
        { path: 'note', message: 'must not be empty' },
      ]),
    );
    expect(problems(await act({ action: 'clear-screening', note: '   ' }))).toEqual([
      { path: 'note', message: 'must not be blank' },
    ]);
    expect(problems(await act({ action: 'clear-screening' }))).toEqual([
      { path: 'note', message: 'is required' },
    ]);
    expect(problems(await act({ action: 'promote', note: 'x' }))[0]).toMatchObject({ path: 'action' });
    expect(problems(await act({ action: 'clear-screening', note: 'x', date: '2026-03-11' }))).toEqual([
      { path: 'date', message: 'must not be after today (2026-03-10)' },
    ]);
    expect(problems(await act({ action: 'clear-screening', note: 'x'.repeat(2001) }))).toEqual([
      { path: 'note', message: 'must be at most 2000 characters' },
    ]);
    expect(await stored()).toEqual([]);
  });

  it('stores a retried action once, and refuses its id for other content', async () => {
    const id = randomUUID();
    const body = { id, action: 'set-ceiling', painCeiling: 4, note: 'Calmer now.' };
    expect((await act(body)).statusCode).toBe(201);
    expect((await act(body)).statusCode).toBe(200);
    const clash = await act({ ...body, painCeiling: 3 });
    expect(clash.statusCode).toBe(409);
    expect(problems(clash)).toEqual([
      { path: 'id', message: 'is already used by an event with different content' },
    ]);
    expect(await stored()).toHaveLength(1);
  });

  it('is refused to the patient (403), to other clinicians (404) and without Origin, storing nothing', async () => {
    const body = { action: 'set-stage', stage: 3, note: 'x' };
    const self = await act(body, patient);
    expect(self.statusCode).toBe(403);
    expect(self.json()).toEqual({ error: 'only a clinician linked to this patient may do this' });
    const stranger = await act(body, await t.clinician());
    expect(stranger.statusCode).toBe(404);
    const forged = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: clinician.cookie },
      payload: body,
    });
    expect(forged.statusCode).toBe(403);
    expect(await stored()).toEqual([]);
  });

  it('lands in the patient’s audit log', async () => {
    await act({ action: 'set-ceiling', painCeiling: 4, note: 'x' });
    await act({ action: 'set-ceiling', note: 'x' });
    const audit = await t.request('GET', `/api/v1/patients/${patient.patientId}/audit`, { session: patient });
    expect(
      audit.json<{ entries: { action: string; statusCode: number; actorId: string }[] }>().entries,
    ).toMatchObject([
      { action: 'clinician-actions.write', statusCode: 400, actorId: clinician.userId },
      { action: 'clinician-actions.write', statusCode: 201, actorId: clinician.userId },
    ]);
  });
});

describe('load tests and function checks recorded by a clinician', () => {
  it('stores load tests per side and VISA-H totals; the outcome shows the change', async () => {
    const t = await testApp();
    try {
      const patient = await patientWith(t, calmDays('2026-03-02', '2026-03-05'));
      const clinician = await t.clinician([patient.patientId]);
      const url = `/api/v1/patients/${patient.patientId}/events`;
      const tests = [
        'single-leg-bridge',
        'platform-bridge',
        'arabesque',
        'hop-test',
        'puranen-orava',
        'bent-knee-stretch',
        'modified-bent-knee-stretch',
      ];
      const events = [
        ...tests.flatMap((test, i) =>
          (['left', 'right'] as const).map((side) => ({
            id: randomUUID(),
            type: 'load-test',
            date: '2026-03-05',
            test,
            side,
            pain: (i + (side === 'left' ? 2 : 0)) % 11,
          })),
        ),
        { id: randomUUID(), type: 'function-check', date: '2026-03-02', score: 40, instrument: 'visa-h' },
        { id: randomUUID(), type: 'function-check', date: '2026-03-09', score: 62, instrument: 'visa-h' },
      ];
      const response = await t.request('POST', url, { session: clinician, body: { events } });
      expect(response.json()).toEqual({ stored: events.length, duplicates: 0 });
      const decision = await t.request('GET', `/api/v1/patients/${patient.patientId}/decision`, {
        session: clinician,
      });
      expect(decision.json()).toMatchObject({ outcome: { latestScore: 62, changeFromFirst: 22 } });
      const refused = await t.request('POST', url, {
        session: patient,
        body: { id: randomUUID(), type: 'clinician', date: '2026-03-09', action: 'clear-screening' },
      });
      expect(refused.statusCode).toBe(403);
    } finally {
      await t.close();
    }
  });
});
