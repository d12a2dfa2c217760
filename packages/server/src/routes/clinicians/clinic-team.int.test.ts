import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionCookie, testApp, type Session, type TestApp } from '../../../test/app.js';
import { typicalProfile, typicalScreening } from '../../../test/fixtures.js';

const PASSWORD = 'a patient password of words';
const problems = (r: LightMyRequestResponse) => r.json<{ problems: unknown[] }>().problems;

interface Row {
  patientId: string;
  name: string | null;
  dateOfBirth: string | null;
  reference: string | null;
  mine: boolean;
  assigneeId: string | null;
  dischargedAt: string | null;
}

/** Issue 12: who the patient is, invites that work, a clinic team sharing its caseload (ADR 122-123). */
describe('the clinic workspace', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp({ SESSION_TTL_DAYS: '30' });
  });
  afterEach(async () => {
    await t.close();
  });

  const post = async <T>(session: Session | undefined, url: string, body: unknown, status = 201) => {
    const r = await t.request('POST', url, { ...(session === undefined ? {} : { session }), body });
    expect(r.statusCode, r.body).toBe(status);
    return r.json<T>();
  };
  const caseload = async (session: Session, query = '') => {
    const r = await t.request('GET', `/api/v1/clinician/patients?${query}`, { session });
    expect(r.statusCode, r.body).toBe(200);
    return r.json<{ patients: Row[]; total: number }>();
  };
  const colleagueOf = async (admin: Session) => {
    const { code } = await post<{ code: string }>(admin, '/api/v1/clinician/invites', { kind: 'clinician' });
    return t.clinician([], { inviteCode: code });
  };
  /** A patient signs up by the invite link's form: name, date of birth and the code. */
  const signupByInvite = async (code: string, name = 'Zoë Łódź-Ørsted') => {
    const email = `p${String(Math.random()).slice(2)}@example.org`;
    const started = await t.request('POST', '/api/v1/auth/signup', {
      body: {
        email,
        password: PASSWORD,
        name,
        dateOfBirth: '1980-02-29',
        inviteCode: code,
      },
    });
    expect(started.statusCode, started.body).toBe(202);
    const r = await t.confirmSignup(email);
    expect(r.statusCode, r.body).toBe(201);
    const me = r.json<{ id: string; patientId: string }>();
    return { cookie: sessionCookie(r), userId: me.id, patientId: me.patientId };
  };

  it('names the patient: an invite for a named patient prefills sign-up, links on completion, and is searchable', async () => {
    const admin = await t.clinician();
    const made = await post<{ id: string; code: string; patient: object }>(
      admin,
      '/api/v1/clinician/invites',
      {
        name: 'Zoë Łódź',
        dateOfBirth: '1980-02-29',
        reference: 'BS-0042',
      },
    );
    expect(made.patient).toEqual({ name: 'Zoë Łódź', dateOfBirth: '1980-02-29', reference: 'BS-0042' });
    // the invite's page, signed out: the clinic and the details to prefill
    const preview = await t.request('GET', `/api/v1/invites/${made.code.toLowerCase()}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      kind: 'patient',
      patient: { name: 'Zoë Łódź', dateOfBirth: '1980-02-29' },
    });
    expect(preview.json<{ clinicName: string }>().clinicName).toMatch(/./);

    const patient = await signupByInvite(made.code, 'Zoë Łódź-Ørsted');
    const identity = await t.request('GET', `/api/v1/patients/${patient.patientId}/identity`, {
      session: admin,
    });
    expect(identity.json()).toEqual({
      name: 'Zoë Łódź-Ørsted',
      dateOfBirth: '1980-02-29',
      reference: 'BS-0042',
    });
    const [row] = (await caseload(admin)).patients;
    expect(row).toMatchObject({
      patientId: patient.patientId,
      name: 'Zoë Łódź-Ørsted',
      mine: true,
      reference: 'BS-0042',
    });
    // search by any part of the name, any case, non-Latin letters included; and by e-mail still
    for (const search of ['łódź', 'ØRSTED', 'zoë']) {
      expect((await caseload(admin, `search=${encodeURIComponent(search)}`)).total, search).toBe(1);
    }
    expect((await caseload(admin, 'search=nobody')).total).toBe(0);
    // a correction of the name reaches the search copy on the links
    await t.request('PUT', `/api/v1/patients/${patient.patientId}/identity`, {
      session: admin,
      body: { name: 'Zoe Lodz', dateOfBirth: '1980-02-29', reference: null },
    });
    expect((await caseload(admin, 'search=lodz')).total).toBe(1);
    expect((await caseload(admin, 'search=%C5%82%C3%B3d%C5%BA')).total).toBe(0);
    // used: the link answers 404 and sign-up with it is refused before any account is made
    expect((await t.request('GET', `/api/v1/invites/${made.code}`)).statusCode).toBe(404);
    const again = await t.request('POST', '/api/v1/auth/signup', {
      body: { email: 'late@example.org', password: PASSWORD, inviteCode: made.code },
    });
    expect(again.statusCode).toBe(400);
    expect(problems(again)).toEqual([
      { path: 'inviteCode', message: expect.stringMatching(/used, revoked or expired/) as string },
    ]);
    expect(await t.store.findUserByEmail('late@example.org')).toBeUndefined();
  });

  it('refuses a date of birth in the future, naming the field', async () => {
    const admin = await t.clinician();
    const r = await t.request('POST', '/api/v1/clinician/invites', {
      session: admin,
      body: { dateOfBirth: '2099-01-01' },
    });
    expect(r.statusCode).toBe(400);
    expect(problems(r)).toEqual([
      { path: 'dateOfBirth', message: 'must be a day between 1900-01-01 and today' },
    ]);
  });

  it('lists the clinic’s invites, revokes an open one, and lets them expire', async () => {
    const admin = await t.clinician();
    const colleague = await colleagueOf(admin);
    const mine = await post<{ id: string; code: string }>(admin, '/api/v1/clinician/invites', {
      name: 'Ann Bell',
    });
    const theirs = await post<{ id: string; code: string }>(colleague, '/api/v1/clinician/invites', {});
    const list = await t.request('GET', '/api/v1/clinician/invites', { session: colleague });
    const invites = list.json<{
      invites: { id: string; state: string; patient: { name: string | null } }[];
    }>().invites;
    expect(invites.map((i) => i.state).sort()).toEqual(['open', 'open', 'used']);
    expect(invites.some((i) => i.patient.name === 'Ann Bell')).toBe(true);
    expect(JSON.stringify(invites)).not.toContain(mine.code);

    // another clinic cannot revoke it
    const other = await t.clinician();
    expect(
      (await t.request('DELETE', `/api/v1/clinician/invites/${mine.id}`, { session: other })).statusCode,
    ).toBe(404);
    expect(
      (await t.request('DELETE', `/api/v1/clinician/invites/${mine.id}`, { session: colleague })).statusCode,
    ).toBe(204);
    expect((await t.request('GET', `/api/v1/invites/${mine.code}`)).statusCode).toBe(404);
    const patient = await t.signup();
    const accept = await t.request('POST', '/api/v1/invites/accept', {
      session: patient,
      body: { code: mine.code },
    });
    expect(accept.statusCode).toBe(400);

    t.setNow('2026-03-24T12:00:01.000Z'); // 14 days and a second later
    const states = (await t.request('GET', '/api/v1/clinician/invites', { session: admin })).json<{
      invites: { id: string; state: string }[];
    }>().invites;
    expect(states.find((i) => i.id === theirs.id)?.state).toBe('expired');
    expect((await t.request('GET', `/api/v1/invites/${theirs.code}`)).statusCode).toBe(404);
  });

  it('shares the clinic’s caseload, with a "mine" filter, assignment and transfer; only admins invite colleagues', async () => {
    const admin = await t.clinician();
    const colleague = await colleagueOf(admin);
    const a = await post<{ code: string }>(admin, '/api/v1/clinician/invites', {});
    const b = await post<{ code: string }>(colleague, '/api/v1/clinician/invites', {});
    const first = await signupByInvite(a.code, 'First Patient');
    await signupByInvite(b.code, 'Second Patient');
    for (const who of [admin, colleague]) expect((await caseload(who)).total).toBe(2);
    expect((await caseload(admin, 'mine=true')).patients.map((p) => p.name)).toEqual(['First Patient']);
    // the table's orders: by name either way, paged by number
    const byName = await caseload(admin, 'sort=name&limit=1');
    expect(byName.patients.map((p) => p.name)).toEqual(['First Patient']);
    expect(byName).toMatchObject({ hasMore: true, nextCursor: null });
    expect(
      (await caseload(admin, 'sort=name&reverse=true&limit=1&page=2')).patients.map((p) => p.name),
    ).toEqual(['First Patient']);
    for (const sort of ['stage', 'flags', 'adherence', 'lastActivity', 'attention']) {
      expect((await caseload(admin, `sort=${sort}`)).total, sort).toBe(2);
    }
    expect((await caseload(colleague, 'mine=true')).patients.map((p) => p.name)).toEqual(['Second Patient']);
    // the colleague reads and writes the admin's patient
    const note = await t.request('POST', `/api/v1/patients/${first.patientId}/notes`, {
      session: colleague,
      body: { kind: 'education', text: 'Covered for the admin.' },
    });
    expect(note.statusCode).toBe(201);
    // a colleague who joins later shares the caseload from the start
    const late = await colleagueOf(admin);
    expect((await caseload(late)).total).toBe(2);
    // transfer
    await post(admin, `/api/v1/patients/${first.patientId}/assignee`, { clinicianId: colleague.userId }, 200);
    expect((await caseload(colleague, 'mine=true')).total).toBe(2);
    expect((await caseload(admin, 'mine=true')).total).toBe(0);
    const other = await t.clinician();
    const refused = await t.request('POST', `/api/v1/patients/${first.patientId}/assignee`, {
      session: admin,
      body: { clinicianId: other.userId },
    });
    expect(problems(refused)).toEqual([
      { path: 'clinicianId', message: 'is not a clinician of your clinic' },
    ]);
    // the patient sees one clinician per clinic: the one responsible
    const linked = await t.request('GET', `/api/v1/patients/${first.patientId}/clinicians`, {
      session: first,
    });
    expect(linked.json<{ clinicians: { id: string }[] }>().clinicians.map((c) => c.id)).toEqual([
      colleague.userId,
    ]);
    // only admins invite colleagues
    const colleagueInvite = await t.request('POST', '/api/v1/clinician/invites', {
      session: colleague,
      body: { kind: 'clinician' },
    });
    expect(colleagueInvite.statusCode).toBe(403);
    expect(colleagueInvite.json()).toEqual({ error: 'only a clinic admin can invite colleagues' });
    const team = (await t.request('GET', '/api/v1/clinician/team', { session: colleague })).json<{
      clinicians: { id: string; clinicRole: string; assigned: number }[];
    }>().clinicians;
    const byId = (x: unknown[], y: unknown[]) => String(x[0]).localeCompare(String(y[0]));
    expect(team.map((m) => [m.id, m.clinicRole, m.assigned]).sort(byId)).toEqual(
      [
        [admin.userId, 'admin', 0],
        [colleague.userId, 'clinician', 2],
        [late.userId, 'clinician', 0],
      ].sort(byId),
    );
  });

  it('ends a removed colleague’s access at once; the clinic keeps the patients and the notes', async () => {
    const admin = await t.clinician();
    const colleague = await colleagueOf(admin);
    const { code } = await post<{ code: string }>(colleague, '/api/v1/clinician/invites', {});
    const patient = await signupByInvite(code, 'Kept Patient');
    await post(colleague, `/api/v1/patients/${patient.patientId}/notes`, { kind: 'taping', text: 'Taped.' });
    const record = `/api/v1/patients/${patient.patientId}/timeline`;
    expect((await t.request('GET', record, { session: colleague })).statusCode).toBe(200);

    expect(
      (await t.request('DELETE', `/api/v1/clinician/team/${colleague.userId}`, { session: colleague }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request('DELETE', `/api/v1/clinician/team/${colleague.userId}`, { session: admin }))
        .statusCode,
    ).toBe(204);
    // the same session, the next request: not found, and an empty caseload
    const gone = await t.request('GET', record, { session: colleague });
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual({ error: 'not found' });
    expect((await caseload(colleague)).total).toBe(0);
    expect((await t.request('GET', '/api/v1/me', { session: colleague })).json()).not.toHaveProperty(
      'clinicId',
    );
    // the admin has the patient, assigned to them, with the colleague's note
    expect((await caseload(admin, 'mine=true')).patients.map((p) => p.patientId)).toEqual([
      patient.patientId,
    ]);
    const notes = await t.request('GET', `/api/v1/patients/${patient.patientId}/notes`, { session: admin });
    expect(notes.body).toContain('Taped.');
  });

  it('discharges a patient: off the caseload, read-only with the clinic’s notes, and back on request', async () => {
    const admin = await t.clinician();
    const { code } = await post<{ code: string }>(admin, '/api/v1/clinician/invites', {});
    const patient = await signupByInvite(code, 'Done Patient');
    const base = `/api/v1/patients/${patient.patientId}`;
    await t.request('PUT', `${base}/profile`, { session: patient, body: typicalProfile });
    await t.request('PUT', `${base}/screening`, { session: patient, body: typicalScreening });
    await post(admin, `${base}/notes`, { kind: 'education', text: 'Final session.' });
    const care = await post<{ dischargedAt: string | null }>(
      admin,
      `${base}/discharge`,
      { discharged: true },
      200,
    );
    expect(care.dischargedAt).toBe('2026-03-10T12:00:00.000Z');
    expect((await caseload(admin)).total).toBe(0);
    expect((await caseload(admin, 'discharged=true')).patients.map((p) => p.name)).toEqual(['Done Patient']);
    expect((await t.request('GET', `${base}/notes`, { session: admin })).body).toContain('Final session.');
    const write = await t.request('POST', `${base}/notes`, {
      session: admin,
      body: { kind: 'other', text: 'More.' },
    });
    expect(write.statusCode).toBe(409);
    expect(write.json<{ error: string }>().error).toMatch(/discharged: the record is read-only/);
    // the patient still writes their own record
    expect(
      (await t.request('PUT', `${base}/profile`, { session: patient, body: typicalProfile })).statusCode,
    ).toBe(200);
    await post(admin, `${base}/discharge`, { discharged: false }, 200);
    expect((await caseload(admin)).total).toBe(1);
  });
});
