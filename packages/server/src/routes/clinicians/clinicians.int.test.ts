import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ORIGIN, sessionCookie, testApp, type Session, type TestApp } from '../../../test/app.js';

const PASSWORD = 'a clinician password';
const problems = (response: LightMyRequestResponse) => response.json<{ problems: unknown[] }>().problems;

describe('clinicians, clinics and invites', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const invite = async (clinician: Session, kind?: 'patient' | 'clinician') => {
    const response = await t.request('POST', '/api/v1/clinician/invites', {
      session: clinician,
      body: kind === undefined ? {} : { kind },
    });
    expect(response.statusCode).toBe(201);
    return response.json<{ code: string; kind: string; expiresAt: string; link: string }>();
  };

  describe('POST /api/v1/auth/clinician-signup', () => {
    it('creates a clinic and its clinician once the mailed link is opened, signed in like login', async () => {
      const started = await t.request('POST', '/api/v1/auth/clinician-signup', {
        body: { email: 'Doc@Example.org', password: PASSWORD, clinicName: '  Bridge Street Physio ' },
      });
      expect(started.statusCode).toBe(202);
      expect(await t.store.findUserByEmail('doc@example.org')).toBeUndefined();
      const response = await t.confirmSignup('doc@example.org');
      expect(response.statusCode).toBe(201);
      const me = response.json<{ id: string; role: string; clinicId: string; clinicName: string }>();
      expect(me).toEqual({
        id: expect.any(String) as string,
        role: 'clinician',
        clinicId: expect.any(String) as string,
        clinicName: 'Bridge Street Physio',
        clinicRole: 'admin',
        email: 'doc@example.org',
        twoFactor: { enabled: false, required: false },
      });
      const cookie = response.cookies.find((c) => c.name === 'hr_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      const session = { cookie: sessionCookie(response), userId: me.id, patientId: '' };
      expect((await t.request('GET', '/api/v1/me', { session })).json()).toEqual(me);
      expect((await t.store.findUserByEmail('doc@example.org'))?.clinicId).toBe(me.clinicId);
    });

    it('names each bad field and stores nothing', async () => {
      const bad = await t.request('POST', '/api/v1/auth/clinician-signup', {
        body: { email: 'not an email', password: 'short', clinicName: '   ', extra: 1 },
      });
      expect(bad.statusCode).toBe(400);
      expect(problems(bad)).toEqual(
        expect.arrayContaining([
          { path: 'extra', message: 'is not a known field' },
          { path: 'email', message: 'must be an email address' },
          { path: 'password', message: 'must be at least 10 characters' },
          { path: 'clinicName', message: 'must not be blank' },
        ]),
      );
      const neither = await t.request('POST', '/api/v1/auth/clinician-signup', {
        body: { email: 'doc@example.org', password: PASSWORD },
      });
      expect(problems(neither)).toEqual([
        { path: 'clinicName', message: 'is required to start a clinic (or give a colleague’s inviteCode)' },
      ]);
      const both = await t.request('POST', '/api/v1/auth/clinician-signup', {
        body: { email: 'doc@example.org', password: PASSWORD, clinicName: 'A', inviteCode: 'ABCD-EFGH' },
      });
      expect(problems(both)).toEqual([
        { path: 'inviteCode', message: 'give either clinicName (a new clinic) or inviteCode, not both' },
      ]);
      const malformed = await t.request('POST', '/api/v1/auth/clinician-signup', {
        body: { email: 'doc@example.org', password: PASSWORD, inviteCode: "' OR 1=1 --" },
      });
      expect(problems(malformed)).toEqual([
        { path: 'inviteCode', message: 'must be 8 letters and digits, such as ABCD-EFGH' },
      ]);
      expect(await t.store.findUserByEmail('doc@example.org')).toBeUndefined();
    });

    it('answers a taken email as any other, and makes no account', async () => {
      await t.signup('taken@example.org');
      const response = await t.request('POST', '/api/v1/auth/clinician-signup', {
        body: { email: 'taken@example.org', password: PASSWORD, clinicName: 'A' },
      });
      expect(response.statusCode).toBe(202);
      expect((await t.store.findUserByEmail('taken@example.org'))?.role).toBe('patient');
    });

    it('lets a colleague join the clinic with a clinician invite, once', async () => {
      const lead = await t.clinician();
      const { code, kind, link } = await invite(lead, 'clinician');
      expect(kind).toBe('clinician');
      expect(link).toBe(`http://localhost/join/${code}`);
      const colleague = await t.clinician([], { inviteCode: code.toLowerCase().replace('-', ' ') });
      expect(colleague.clinicId).toBe(lead.clinicId);
      const again = await t.request('POST', '/api/v1/auth/clinician-signup', {
        body: { email: 'late@example.org', password: PASSWORD, inviteCode: code },
      });
      expect(again.statusCode).toBe(400);
      expect(problems(again)).toEqual([
        { path: 'inviteCode', message: 'is not a valid clinician invite: unknown, used or expired' },
      ]);
      expect(await t.store.findUserByEmail('late@example.org')).toBeUndefined();
    });

    it('refuses a cross-site sign-up (CSRF)', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/clinician-signup',
        headers: { origin: 'https://evil.example' },
        payload: { email: 'doc@example.org', password: PASSWORD, clinicName: 'A' },
      });
      expect(response.statusCode).toBe(403);
      expect(await t.store.findUserByEmail('doc@example.org')).toBeUndefined();
    });
  });

  describe('invites', () => {
    it('makes a short code that expires in 14 days, for clinicians only', async () => {
      const clinician = await t.clinician();
      const made = await invite(clinician);
      expect(made.code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
      expect(made).toMatchObject({ kind: 'patient', expiresAt: '2026-03-24T12:00:00.000Z' });
      expect(made.link).toBe(`http://localhost/invite/${made.code}`);
      const patient = await t.signup();
      const refused = await t.request('POST', '/api/v1/clinician/invites', { session: patient, body: {} });
      expect(refused.statusCode).toBe(403);
      expect((await t.request('POST', '/api/v1/clinician/invites', { body: {} })).statusCode).toBe(401);
      const bad = await t.request('POST', '/api/v1/clinician/invites', {
        session: clinician,
        body: { kind: 'admin' },
      });
      expect(problems(bad)).toEqual([{ path: 'kind', message: 'must be one of "patient", "clinician"' }]);
      const noOrigin = await t.app.inject({
        method: 'POST',
        url: '/api/v1/clinician/invites',
        headers: { cookie: clinician.cookie },
        payload: {},
      });
      expect(noOrigin.statusCode).toBe(403);
    });

    it('links the patient who accepts, once; the patient sees the link and can end it', async () => {
      const clinician = await t.clinician();
      const ann = await t.signup();
      const bob = await t.signup();
      const { code } = await invite(clinician);
      const accepted = await t.request('POST', '/api/v1/invites/accept', { session: ann, body: { code } });
      expect(accepted.statusCode).toBe(200);
      const linked = accepted.json<{ clinician: { id: string; clinicName: string } }>().clinician;
      expect(linked).toMatchObject({ id: clinician.userId, clinicId: clinician.clinicId });
      expect(await t.store.isLinkedClinician(clinician.userId, ann.patientId)).toBe(true);

      const reused = await t.request('POST', '/api/v1/invites/accept', { session: bob, body: { code } });
      expect(reused.statusCode).toBe(400);
      expect(problems(reused)).toEqual([
        { path: 'code', message: 'is not a valid invite: unknown, used or expired' },
      ]);
      expect(await t.store.isLinkedClinician(clinician.userId, bob.patientId)).toBe(false);

      const base = `/api/v1/patients/${ann.patientId}/clinicians`;
      const list = await t.request('GET', base, { session: ann });
      expect(list.json()).toEqual({ clinicians: [linked] });
      expect(
        (await t.request('GET', `/api/v1/patients/${ann.patientId}/profile`, { session: clinician }))
          .statusCode,
      ).toBe(200);

      const unlink = await t.request('DELETE', `${base}/${clinician.userId}`, { session: ann });
      expect(unlink.statusCode).toBe(204);
      expect((await t.request('GET', base, { session: ann })).json()).toEqual({ clinicians: [] });
      expect(
        (await t.request('GET', `/api/v1/patients/${ann.patientId}/profile`, { session: clinician }))
          .statusCode,
      ).toBe(404);
      expect((await t.request('DELETE', `${base}/${clinician.userId}`, { session: ann })).statusCode).toBe(
        404,
      );
    });

    it('refuses expired, malformed and clinician codes, and clinicians accepting', async () => {
      const clinician = await t.clinician();
      const ann = await t.signup();
      t.setNow('2026-03-05T12:00:00.000Z');
      const { code } = await invite(clinician);
      const colleagueCode = (await invite(clinician, 'clinician')).code;
      const accept = (body: unknown, session: Session = ann) =>
        t.request('POST', '/api/v1/invites/accept', { session, body });
      expect(problems(await accept({ code: 'O0O0-1I1I' }))).toEqual([
        { path: 'code', message: 'must be 8 letters and digits, such as ABCD-EFGH' },
      ]);
      expect(problems(await accept({}))).toEqual([{ path: 'code', message: 'is required' }]);
      expect(problems(await accept({ code: 12345678 }))).toEqual([{ path: 'code', message: 'must be text' }]);
      expect((await accept({ code: colleagueCode })).statusCode).toBe(400);
      expect((await accept({ code }, clinician)).statusCode).toBe(403);
      t.setNow('2026-03-19T12:00:00.000Z');
      expect((await accept({ code })).statusCode).toBe(400);
      expect(await t.store.listPatientClinicians(ann.patientId)).toEqual([]);
    });

    it('lets a clinician unlink only themselves, and audits what they do', async () => {
      const first = await t.clinician();
      const second = await t.clinician();
      const ann = await t.signup();
      for (const c of [first, second]) {
        await t.request('POST', '/api/v1/invites/accept', {
          session: ann,
          body: { code: (await invite(c)).code },
        });
      }
      const base = `/api/v1/patients/${ann.patientId}/clinicians`;
      const seen = await t.request('GET', base, { session: first });
      expect(seen.json<{ clinicians: unknown[] }>().clinicians).toHaveLength(2);
      expect((await t.request('DELETE', `${base}/${second.userId}`, { session: first })).statusCode).toBe(
        404,
      );
      expect((await t.request('DELETE', `${base}/${first.userId}`, { session: first })).statusCode).toBe(204);
      expect((await t.store.listPatientClinicians(ann.patientId)).map((c) => c.id)).toEqual([second.userId]);
      const audit = await t.request('GET', `/api/v1/patients/${ann.patientId}/audit`, { session: ann });
      const entries = audit.json<{ entries: { actorId: string; action: string; statusCode: number }[] }>()
        .entries;
      expect(entries.map((e) => [e.actorId, e.action, e.statusCode])).toEqual([
        [first.userId, 'clinicians.unlink', 204],
        [first.userId, 'clinicians.unlink', 404],
        [first.userId, 'clinicians.read', 200],
      ]);
    });

    it('refuses an unlink without Origin (CSRF), keeping the link', async () => {
      const clinician = await t.clinician();
      const ann = await t.signup();
      await t.store.linkClinician({ clinicianId: clinician.userId, patientId: ann.patientId, now: 'x' });
      const response = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/patients/${ann.patientId}/clinicians/${clinician.userId}`,
        headers: { cookie: ann.cookie },
      });
      expect(response.statusCode).toBe(403);
      expect(await t.store.isLinkedClinician(clinician.userId, ann.patientId)).toBe(true);
      expect(ORIGIN).toBe('http://localhost');
    });
  });
});
