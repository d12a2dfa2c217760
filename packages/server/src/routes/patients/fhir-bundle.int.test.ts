import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { morningCheck, session, typicalProfile, typicalScreening } from '../../../test/fixtures.js';
import { DEMO_CLINICIAN, DEMO_PASSWORD, PERSONAS } from '../../demo/personas.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { sessionCookie } from '../../../test/app.js';
import { OWN_SYSTEM } from './fhir/code-system.js';

type Resource = Record<string, unknown> & { resourceType: string };
interface Coding {
  system: string;
  code: string;
}
interface Bundle {
  resourceType: 'Bundle';
  entry: { fullUrl: string; resource: Resource }[];
}

/** The official FHIR R4 JSON schema (draft-06), vendored in test/fhir/ (see its README). */
function fhirValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  const { id, ...schema } = JSON.parse(
    readFileSync(new URL('../../../test/fhir/fhir.schema.json', import.meta.url), 'utf8'),
  ) as { id: string } & Record<string, unknown>;
  // The file names itself with draft-04's `id`; ajv 8 reads a schema's name only from `$id`.
  schema.$id = id;
  return ajv.compile(schema);
}

const resources = (bundle: Bundle, type: string) =>
  bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);
const codings = (resource: Resource): Coding[] => (resource.code as { coding: Coding[] }).coding;
const ownCode = (resource: Resource) => codings(resource).find((c) => c.system === OWN_SYSTEM)?.code;

/** Every coding anywhere in the bundle. */
function allCodings(value: unknown, out: Coding[] = []): Coding[] {
  if (Array.isArray(value)) for (const item of value) allCodings(item, out);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.system === 'string' && typeof record.code === 'string')
      out.push(record as unknown as Coding);
    for (const item of Object.values(record)) allCodings(item, out);
  }
  return out;
}

/** Every `reference` anywhere in the bundle. */
function allReferences(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) allReferences(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'reference' && typeof item === 'string') out.push(item);
      else allReferences(item, out);
    }
  }
  return out;
}

/** What every bundle must be: valid R4, references resolved, every own code defined in the bundle. */
function expectSound(validate: ValidateFunction, bundle: Bundle) {
  const valid = validate(bundle);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
  expect(valid).toBe(true);
  const urls = bundle.entry.map((e) => e.fullUrl);
  expect(new Set(urls).size).toBe(urls.length);
  for (const reference of allReferences(bundle)) expect(urls).toContain(reference);
  const [system] = resources(bundle, 'CodeSystem') as unknown as {
    url: string;
    concept: { code: string }[];
  }[];
  expect(system?.url).toBe(OWN_SYSTEM);
  const defined = new Set(system?.concept.map((c) => c.code));
  for (const coding of allCodings(bundle).filter((c) => c.system === OWN_SYSTEM)) {
    expect(defined, coding.code).toContain(coding.code);
  }
  const questionnaires = new Set(resources(bundle, 'Questionnaire').map((q) => q.url));
  for (const response of resources(bundle, 'QuestionnaireResponse')) {
    expect(questionnaires).toContain(response.questionnaire);
  }
  // LOINC 72514-3 is pain severity: on pain scores only, and every other Observation has a code of its own.
  for (const observation of resources(bundle, 'Observation')) {
    const pain = codings(observation).some((c) => c.system === 'http://loinc.org' && c.code === '72514-3');
    expect(pain, String(ownCode(observation))).toBe(ownCode(observation)?.startsWith('pain-') ?? false);
  }
}

describe('the FHIR R4 export', () => {
  let t: TestApp;
  let validate: ValidateFunction;
  beforeAll(async () => {
    validate = fhirValidator();
    t = await testApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const bundleOf = async (who: Session, patientId = who.patientId) => {
    const response = await t.request('GET', `/api/v1/patients/${patientId}/export?format=fhir`, {
      session: who,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
    return response.json<Bundle>();
  };

  it('carries every kind of record, each with its own code, valid against the R4 schema', async () => {
    const me = await t.signup();
    const base = `/api/v1/patients/${me.patientId}`;
    await t.request('PUT', `${base}/profile`, { session: me, body: { ...typicalProfile, runner: true } });
    await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
    const events = [
      morningCheck('2026-03-02', 2),
      { ...session('2026-03-02', 2), note: 'Felt the left side a little.' },
      { id: randomUUID(), type: 'sitting', date: '2026-03-03', minutes: 40 },
      {
        id: randomUUID(),
        type: 'run',
        date: '2026-03-03',
        minutes: 20,
        km: 3.2,
        kind: 'easy',
        painDuring: 1,
      },
      {
        id: randomUUID(),
        type: 'load-test',
        date: '2026-03-04',
        test: 'single-leg-bridge',
        pain: 2,
        side: 'left',
      },
      { id: randomUUID(), type: 'function-check', date: '2026-03-02', score: 61, instrument: 'own' },
      { id: randomUUID(), type: 'function-check', date: '2026-03-04', score: 58, instrument: 'visa-h' },
      { id: randomUUID(), type: 'symptoms', date: '2026-03-05', answers: { 'low-back-pain': false } },
    ];
    expect((await t.request('POST', `${base}/events`, { session: me, body: { events } })).statusCode).toBe(
      201,
    );
    const doc = await t.clinician([me.patientId]);
    await t.request('PUT', `${base}/identity`, {
      session: doc,
      body: { name: 'Anna Łódzka', dateOfBirth: '1985-04-02', reference: 'R-104' },
    });
    await t.request('POST', `${base}/clinician-actions`, {
      session: doc,
      body: { action: 'set-ceiling', painCeiling: 4, note: 'Irritable this week.' },
    });
    await t.request('POST', `${base}/notes`, {
      session: doc,
      body: { kind: 'taping', text: 'Offloading tape.' },
    });
    await t.request('POST', `${base}/messages`, {
      session: me,
      body: { id: randomUUID(), text: 'Is 4 ok?' },
    });
    await t.request('POST', `${base}/messages`, { session: doc, body: { id: randomUUID(), text: 'Yes.' } });

    const bundle = await bundleOf(me);
    expectSound(validate, bundle);
    expect(resources(bundle, 'Patient')).toEqual([
      {
        resourceType: 'Patient',
        id: me.patientId,
        identifier: [{ type: { text: 'Clinic reference' }, value: 'R-104' }],
        name: [{ text: 'Anna Łódzka' }],
        birthDate: '1985-04-02',
      },
    ]);
    expect(resources(bundle, 'Observation').map(ownCode).sort()).toEqual(
      [
        'function-check-own',
        'pain-load-test',
        'pain-morning-check',
        'pain-run',
        'pain-session-after',
        'pain-session-during',
        'running-session',
        'sitting-tolerance',
        'visa-h-total',
      ].sort(),
    );
    const byCode = (code: string) => resources(bundle, 'Observation').find((o) => ownCode(o) === code);
    expect(byCode('visa-h-total')).toMatchObject({ valueQuantity: { value: 58, code: '{score}' } });
    expect(byCode('sitting-tolerance')).toMatchObject({
      effectiveDateTime: '2026-03-03',
      valueQuantity: { value: 40, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
    });
    expect(byCode('running-session')).toMatchObject({ valueQuantity: { value: 20, code: 'min' } });
    expect(resources(bundle, 'Procedure').map(ownCode).sort()).toEqual([
      'exercise-bridge-hold',
      'treatment-taping',
    ]);
    expect(resources(bundle, 'QuestionnaireResponse').map((r) => r.questionnaire)).toEqual([
      'https://hamstring-rehab.example/fhir/Questionnaire/screening',
      'https://hamstring-rehab.example/fhir/Questionnaire/symptoms',
    ]);
    const [impression] = resources(bundle, 'ClinicalImpression');
    expect(impression).toMatchObject({
      status: 'completed',
      code: { text: 'Set the pain ceiling to 4' },
      summary: 'Irritable this week.',
    });
    const doctor = await t.store.findUserById(doc.userId);
    const provenance = resources(bundle, 'Provenance');
    expect(provenance).toHaveLength(2);
    expect(provenance.map((p) => (p.agent as { who: { display: string } }[])[0]?.who.display)).toEqual([
      expect.stringContaining(doctor?.email ?? '?'),
      doctor?.email,
    ]);
    // Two messages and the patient's session note.
    const texts = resources(bundle, 'Communication').map(
      (c) => (c.payload as { contentString: string }[])[0]?.contentString,
    );
    expect(texts.sort()).toEqual(['Felt the left side a little.', 'Is 4 ok?', 'Yes.']);
    expect(resources(bundle, 'CarePlan')).toHaveLength(1);
    // The schema does catch a bad resource: a status R4 does not have, a field it does not know.
    const bad = structuredClone(bundle);
    const observation = bad.entry.find((e) => e.resource.resourceType === 'Observation')?.resource;
    if (observation !== undefined) Object.assign(observation, { status: 'done', valueScore: 3 });
    expect(validate(bad)).toBe(false);
    // The same record exports to the same bundle (stable ids).
    expect((await bundleOf(me)).entry.map((e) => e.fullUrl)).toEqual(bundle.entry.map((e) => e.fullUrl));
  });

  it('is valid R4 for every demo patient, and for one restored from an export', async () => {
    await seedDemo(t.store, new Date('2026-03-10T12:00:00.000Z'));
    const login = await t.request('POST', '/api/v1/auth/login', {
      body: { email: DEMO_CLINICIAN, password: DEMO_PASSWORD },
    });
    const doc = { cookie: sessionCookie(login), userId: '', patientId: '' };
    const ids: string[] = [];
    for (const persona of PERSONAS) {
      const user = await t.store.findUserByEmail(persona.email);
      ids.push(user?.patientId ?? '');
      expectSound(validate, await bundleOf(doc, user?.patientId ?? ''));
    }
    // The persona whose history holds a clinician action (a ceiling set in week 2).
    const withAction = ids[PERSONAS.findIndex((p) => p.ending === 'missing-check-ins')] ?? '';
    const exported = await t.request('GET', `/api/v1/patients/${withAction}/export`, { session: doc });
    const fresh = await t.signup();
    const restored = await t.request('POST', `/api/v1/patients/${fresh.patientId}/import`, {
      session: fresh,
      body: exported.json(),
    });
    expect(restored.statusCode).toBe(201);
    const bundle = await bundleOf(fresh);
    expectSound(validate, bundle);
    expect(resources(bundle, 'Provenance').length).toBeGreaterThan(0);
    for (const p of resources(bundle, 'Provenance'))
      expect(p.entity).toEqual([expect.objectContaining({ role: 'source' })]);
  });
});
