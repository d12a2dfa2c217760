import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { twoGreenDays, typicalProfile, typicalScreening } from '../../../test/fixtures.js';

interface Bundle {
  resourceType: string;
  type: string;
  entry: { fullUrl: string; resource: Record<string, unknown> & { resourceType: string } }[];
}

describe('GET /api/v1/patients/{patientId}/export', () => {
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

  it('exports a new patient with no screening and no decision yet', async () => {
    const response = await t.request('GET', `${base}/export`, { session: me });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      format: 'hamstring-rehab-export',
      version: 2,
      patientId: me.patientId,
      identity: { name: 'Test Patient', dateOfBirth: null, reference: null }, // the name given at sign-up
      screening: null,
      events: [],
      eventOrigins: [],
      decision: null,
      notes: [],
      clinicians: [],
      messages: [],
      audit: [],
    });
    const fhir = await t.request('GET', `${base}/export?format=fhir`, { session: me });
    expect(fhir.json<Bundle>().entry.map((e) => e.resource.resourceType)).toEqual([
      'Patient',
      'CodeSystem',
      'Questionnaire',
    ]);
  });

  it('exports everything as JSON', async () => {
    await t.request('PUT', `${base}/profile`, { session: me, body: typicalProfile });
    await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
    const events = twoGreenDays();
    await t.request('POST', `${base}/events`, { session: me, body: { events } });
    const response = await t.request('GET', `${base}/export?format=json`, { session: me });
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="hamstring-rehab-${me.patientId}.json"`,
    );
    expect(response.json()).toMatchObject({
      exportedAt: '2026-03-10T12:00:00.000Z',
      profile: typicalProfile,
      screening: typicalScreening,
      events,
      decision: { asOf: '2026-03-10', status: 'active' },
    });
  });

  it('exports notes, linked clinicians, messages, the audit log and who recorded each event', async () => {
    await t.request('PUT', `${base}/profile`, { session: me, body: typicalProfile });
    await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
    const events = twoGreenDays();
    await t.request('POST', `${base}/events`, { session: me, body: { events } });
    const doc = await t.clinician([me.patientId]);
    const note = { kind: 'taping', text: 'Taped the left hamstring.', date: '2026-03-09' };
    expect((await t.request('POST', `${base}/notes`, { session: doc, body: note })).statusCode).toBe(201);
    const action = await t.request('POST', `${base}/clinician-actions`, {
      session: doc,
      body: { action: 'review', note: 'All well.' },
    });
    const message = { id: randomUUID(), text: 'See you on Friday.' };
    expect((await t.request('POST', `${base}/messages`, { session: doc, body: message })).statusCode).toBe(
      201,
    );
    const doctor = await t.store.findUserById(doc.userId);
    const clinic = await t.store.getClinic(doc.clinicId ?? '');

    const exported = (await t.request('GET', `${base}/export`, { session: me })).json<
      Record<string, unknown>
    >();
    expect(exported.notes).toEqual([expect.objectContaining({ ...note, authorEmail: doctor?.email })]);
    expect(exported.clinicians).toEqual([
      expect.objectContaining({ id: doc.userId, email: doctor?.email, clinicName: clinic?.name }),
    ]);
    expect(exported.messages).toEqual([
      expect.objectContaining({ id: message.id, text: message.text, authorRole: 'clinician', mine: false }),
    ]);
    expect(exported.audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorId: doc.userId, action: 'notes.write', outcome: 'success' }),
        expect.objectContaining({ actorId: doc.userId, action: 'clinician-actions.write' }),
      ]),
    );
    const actionId = action.json<{ id: string }>().id;
    expect(exported.eventOrigins).toEqual([
      ...events.map((e) => ({
        eventId: e.id,
        receivedAt: '2026-03-10T12:00:00.000Z',
        by: null,
        imported: false,
      })),
      {
        eventId: actionId,
        receivedAt: '2026-03-10T12:00:00.000Z',
        by: `${doctor?.email ?? ''} (${clinic?.name ?? ''})`,
        imported: false,
      },
    ]);

    // A clinician's export of the same record leaves out the audit log (what other clinicians did).
    const theirs = (await t.request('GET', `${base}/export`, { session: doc })).json<
      Record<string, unknown>
    >();
    expect(theirs.audit).toBeNull();
    expect(theirs.notes).toEqual(exported.notes);
  });

  it('exports a FHIR R4 collection: Patient, Observations, QuestionnaireResponse, Procedures, CarePlan', async () => {
    await t.request('PUT', `${base}/profile`, { session: me, body: typicalProfile });
    await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
    const loadTest = {
      id: randomUUID(),
      type: 'load-test',
      date: '2026-03-04',
      test: 'single-leg-bridge',
      pain: 2,
    };
    const sitting = { id: randomUUID(), type: 'sitting', date: '2026-03-04', minutes: 40 };
    await t.request('POST', `${base}/events`, {
      session: me,
      body: { events: [...twoGreenDays(), loadTest, sitting] },
    });

    const response = await t.request('GET', `${base}/export?format=fhir`, { session: me });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = response.json<Bundle>();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const types = bundle.entry.map((e) => e.resource.resourceType);
    // 3 morning checks, 2 sessions with painDuring and painAfter, 1 load test, 1 sitting tolerance.
    expect(types.filter((x) => x === 'Observation')).toHaveLength(3 + 4 + 1 + 1);
    // The exercise of each session as a Procedure (fhir-bundle.int.test.ts checks every kind of resource).
    expect(types.filter((x) => x !== 'Observation')).toEqual([
      'Patient',
      'CodeSystem',
      'Questionnaire',
      'QuestionnaireResponse',
      'Procedure',
      'Procedure',
      'CarePlan',
    ]);
    const fullUrls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(fullUrls).size).toBe(fullUrls.length);

    const patient = bundle.entry[0];
    expect(patient).toEqual({
      fullUrl: `urn:uuid:${me.patientId}`,
      resource: {
        resourceType: 'Patient',
        id: me.patientId,
        birthDate: '1985',
        name: [{ text: 'Test Patient' }],
      },
    });
    const observation = bundle.entry.find((e) => e.resource.resourceType === 'Observation')?.resource;
    expect(observation).toMatchObject({
      status: 'final',
      code: {
        coding: [
          expect.objectContaining({ system: 'http://loinc.org', code: '72514-3' }),
          expect.objectContaining({ code: 'pain-morning-check' }),
        ],
      },
      subject: { reference: `urn:uuid:${me.patientId}` },
      effectiveDateTime: '2026-03-02',
      valueInteger: 2,
    });
    const questionnaire = bundle.entry.find(
      (e) => e.resource.resourceType === 'QuestionnaireResponse',
    )?.resource;
    expect(questionnaire).toMatchObject({ status: 'completed', authored: '2026-03-02' });
    expect(questionnaire?.item).toContainEqual({
      linkId: 'worse-when-sitting',
      text: 'Worse when sitting?',
      answer: [{ valueBoolean: true }],
    });
    const carePlan = bundle.entry.find((e) => e.resource.resourceType === 'CarePlan')?.resource;
    expect(carePlan).toMatchObject({ status: 'active', intent: 'plan', period: { start: '2026-03-10' } });
    const activity = carePlan?.activity as { detail: { status: string; code: { text: string } } }[];
    expect(activity.length).toBeGreaterThan(0);
    expect(activity.every((a) => a.detail.status === 'scheduled')).toBe(true);
    expect(activity.map((a) => a.detail.code.text)).toContain('isometric-leg-curl');
  });

  it('answers 400 for an unknown format', async () => {
    const response = await t.request('GET', `${base}/export?format=xml`, { session: me });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ problems: unknown[] }>().problems).toEqual([
      { path: 'format', message: 'must be one of "json", "fhir"' },
    ]);
  });
});
