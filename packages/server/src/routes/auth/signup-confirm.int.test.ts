import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as passwords from '../../http/passwords.js';
import { sessionCookie, testApp, type TestApp } from '../../../test/app.js';
import { linkIn, startSmtpSink, tokenOf, type SmtpSink } from '../../../test/smtp-sink.js';
import { storeTargets } from '../../../test/stores.js';

const PASSWORD = 'a long enough password';

/** Issue 14: sign-up that does not reveal which addresses have accounts (ADR 125). */
describe.each(storeTargets())('sign-up confirmed by mail ($name)', (target) => {
  let t: TestApp;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await testApp({ PUBLIC_URL: 'https://rehab.example.org' }, await target.open(), {
      mailer: smtp.mailer(),
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  afterEach(() => {
    smtp.mails.length = 0;
    vi.restoreAllMocks();
    t.setNow('2026-03-10T12:00:00.000Z');
  });

  const signup = (body: Record<string, unknown>) => t.request('POST', '/api/v1/auth/signup', { body });
  const confirm = (token: string) => t.request('POST', '/api/v1/auth/signup/confirm', { body: { token } });
  const problems = (r: { json: () => unknown }) => (r.json() as { problems: unknown[] }).problems;
  const lastMail = async () => {
    await t.app.outbox.run();
    return smtp.mails.at(-1);
  };

  it('answers a new address and a taken one alike, hashing the password on both, and sets no session', async () => {
    await t.signup('taken@example.org');
    const hashing = vi.spyOn(passwords, 'hashPassword');
    const fresh = await signup({ email: 'fresh@example.org', password: PASSWORD, name: 'Fresh' });
    const taken = await signup({ email: 'Taken@Example.org', password: PASSWORD, name: 'Someone' });
    expect(hashing).toHaveBeenCalledTimes(2);
    for (const r of [fresh, taken]) {
      expect(r.statusCode).toBe(202);
      expect(r.cookies).toEqual([]);
    }
    expect(taken.body).toBe(fresh.body);
    expect(fresh.json()).toEqual({
      message: 'Check your e-mail to finish creating your account: we sent a link to this address.',
    });
    expect(await t.store.findUserByEmail('fresh@example.org')).toBeUndefined();

    await t.app.outbox.run();
    const to = (address: string) => smtp.mails.filter((m) => m.to && 'text' in m.to && m.to.text === address);
    const [invitation] = to('fresh@example.org');
    expect(invitation?.subject).toBe('Finish creating your hamstring-rehab account');
    expect(linkIn(invitation)).toMatch(/^https:\/\/rehab\.example\.org\/confirm-signup#token=/);
    const [warning] = to('taken@example.org');
    expect(warning?.subject).toBe('Someone tried to sign up to hamstring-rehab with your address');
    expect(linkIn(warning)).toMatch(/\/reset-password#token=/);
    // The token is stored only hashed; the password only as its argon2 hash.
    const stored = JSON.stringify(await t.dump());
    expect(stored).not.toContain(tokenOf(linkIn(invitation)));
    expect(stored).not.toContain(PASSWORD);
  });

  it('makes the account from the link once, with the name and date of birth, and signs in', async () => {
    await signup({
      email: 'ann@example.org',
      password: PASSWORD,
      name: '  Ann Ó Example ',
      dateOfBirth: '1980-02-29',
    });
    const token = tokenOf(linkIn(await lastMail()));
    const made = await confirm(token);
    expect(made.statusCode).toBe(201);
    const me = made.json<{ id: string; role: string; patientId: string }>();
    expect(me.role).toBe('patient');
    const session = { cookie: sessionCookie(made), userId: me.id, patientId: me.patientId };
    const identity = await t.request('GET', `/api/v1/patients/${me.patientId}/identity`, { session });
    expect(identity.json()).toEqual({ name: 'Ann Ó Example', dateOfBirth: '1980-02-29', reference: null });
    expect(
      (
        await t.request('POST', '/api/v1/auth/login', {
          body: { email: 'ann@example.org', password: PASSWORD },
        })
      ).statusCode,
    ).toBe(200);

    const again = await confirm(token);
    expect(again.statusCode).toBe(400);
    expect(problems(again)).toEqual([
      { path: 'token', message: 'this link has expired or has already been used: ask for a new one' },
    ]);
  });

  it('expires a link after 24 hours, sends at most 3 an hour to one address, and a second link for a made account fails', async () => {
    await signup({ email: 'slow@example.org', password: PASSWORD, name: 'Slow' });
    const late = tokenOf(linkIn(await lastMail()));
    t.setNow('2026-03-11T12:00:01.000Z');
    expect((await confirm(late)).statusCode).toBe(400);
    expect(await t.store.findUserByEmail('slow@example.org')).toBeUndefined();

    for (let i = 0; i < 4; i += 1) {
      expect(
        (await signup({ email: 'eager@example.org', password: PASSWORD, name: 'Eager' })).statusCode,
      ).toBe(202);
    }
    await t.app.outbox.run();
    const links = smtp.mails
      .filter((m) => m.subject === 'Finish creating your hamstring-rehab account')
      .map(linkIn);
    expect(links).toHaveLength(4); // slow's one and eager's three
    expect((await confirm(tokenOf(links[1] ?? ''))).statusCode).toBe(201);
    const second = await confirm(tokenOf(links[2] ?? ''));
    expect(problems(second)).toEqual([
      { path: 'token', message: 'an account with this address exists already: sign in instead' },
    ]);
  });

  it('requires the name without an invite, and a date of birth that is a real day in the past', async () => {
    const noName = await signup({ email: 'x@example.org', password: PASSWORD });
    expect(problems(noName)).toEqual([{ path: 'name', message: 'is required: your full name' }]);
    const blank = await signup({ email: 'x@example.org', password: PASSWORD, name: '   ' });
    expect(problems(blank)).toEqual([{ path: 'name', message: 'must not be blank' }]);
    const future = await signup({
      email: 'x@example.org',
      password: PASSWORD,
      name: 'X',
      dateOfBirth: '2099-01-01',
    });
    expect(problems(future)).toEqual([
      { path: 'dateOfBirth', message: 'must be a day between 1900-01-01 and today' },
    ]);
    const unreal = await signup({
      email: 'x@example.org',
      password: PASSWORD,
      name: 'X',
      dateOfBirth: '1981-02-29',
    });
    expect(unreal.statusCode).toBe(400);
    expect(new Set(problems(unreal).map((p) => (p as { path: string }).path))).toEqual(
      new Set(['dateOfBirth']),
    );
    const control = await signup({ email: 'x@example.org', password: PASSWORD, name: 'X\u0007' });
    expect(problems(control)).toEqual([expect.objectContaining({ path: 'name' })]);
    expect(await t.store.countPendingSignups('x@example.org', '2000-01-01T00:00:00.000Z')).toBe(0);
  });

  it('links a patient invite and a colleague invite on confirmation', async () => {
    const admin = await t.clinician();
    const made = await t.request('POST', '/api/v1/clinician/invites', {
      session: admin,
      body: { name: 'Named Patient', dateOfBirth: '1970-01-01' },
    });
    const { code } = made.json<{ code: string }>();
    await signup({ email: 'invited@example.org', password: PASSWORD, inviteCode: code });
    // Signed out still: the invite is not used until the link is opened.
    expect((await t.request('GET', `/api/v1/invites/${code}`)).statusCode).toBe(200);
    const patient = await confirm(tokenOf(linkIn(await lastMail())));
    expect(patient.statusCode).toBe(201);
    const { patientId } = patient.json<{ patientId: string }>();
    expect(await t.store.linkState(admin.userId, patientId)).toBe('active');
    const identity = await t.request('GET', `/api/v1/patients/${patientId}/identity`, { session: admin });
    expect(identity.json()).toMatchObject({ name: 'Named Patient', dateOfBirth: '1970-01-01' });

    const colleagueCode = (
      await t.request('POST', '/api/v1/clinician/invites', { session: admin, body: { kind: 'clinician' } })
    ).json<{ code: string }>().code;
    const started = await t.request('POST', '/api/v1/auth/clinician-signup', {
      body: { email: 'colleague@example.org', password: PASSWORD, inviteCode: colleagueCode },
    });
    expect(started.statusCode).toBe(202);
    const colleague = await confirm(tokenOf(linkIn(await lastMail())));
    expect(colleague.json()).toMatchObject({
      role: 'clinician',
      clinicId: admin.clinicId,
      clinicRole: 'clinician',
    });
  });
});
