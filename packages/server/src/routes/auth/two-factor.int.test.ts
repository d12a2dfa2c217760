import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../http/totp.js';
import { sessionCookie, testApp, type Session, type TestApp } from '../../../test/app.js';
import { storeTargets } from '../../../test/stores.js';

const PASSWORD = 'a clinician password';
const T0 = '2026-03-10T12:00:00.000Z';
/** `seconds` after T0. */
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

/** Issue 14: optional TOTP two-factor sign-in for clinicians, required when the clinic's admin says so. */
describe.each(storeTargets())('two-factor sign-in ($name)', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({}, await target.open());
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (session: Session | undefined, url: string, body?: unknown) =>
    t.request('POST', url, { ...(session === undefined ? {} : { session }), body: body ?? {} });
  const emailOf = async (s: Session) => (await t.store.findUserById(s.userId))?.email ?? '';
  /** Sets up and enables two-factor at T0 + `seconds`; the secret and the recovery codes. */
  const enroll = async (session: Session, seconds = 0) => {
    t.setNow(at(seconds));
    const setup = await post(session, '/api/v1/auth/two-factor/setup');
    expect(setup.statusCode, setup.body).toBe(200);
    const { secret } = setup.json<{ secret: string }>();
    const enabled = await post(session, '/api/v1/auth/two-factor/enable', {
      code: totpCode(secret, new Date(at(seconds))),
    });
    expect(enabled.statusCode, enabled.body).toBe(200);
    return { secret, recoveryCodes: enabled.json<{ recoveryCodes: string[] }>().recoveryCodes };
  };
  const login = (email: string) => post(undefined, '/api/v1/auth/login', { email, password: PASSWORD });
  const secondStep = (challenge: string, code: string) =>
    post(undefined, '/api/v1/auth/login/two-factor', { challenge, code });
  const challengeOf = async (email: string) => {
    const r = await login(email);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.cookies).toEqual([]);
    const body = r.json<{ twoFactor: string; challenge: string }>();
    expect(body.twoFactor).toBe('code');
    return body.challenge;
  };

  it('enrolls with a QR code made on the server and a first code, then asks for a code at every sign-in', async () => {
    const doc = await t.clinician();
    const email = await emailOf(doc);
    t.setNow(T0);
    const setup = await post(doc, '/api/v1/auth/two-factor/setup');
    const { secret, uri, qrCode } = setup.json<{ secret: string; uri: string; qrCode: string }>();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toMatch(/^otpauth:\/\/totp\/hamstring-rehab:.+\?.*secret=/);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qrCode.split(',')[1] ?? '', 'base64').toString()).toContain('<svg');

    const wrong = await post(doc, '/api/v1/auth/two-factor/enable', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ problems: [{ path: 'code' }] });
    const enabled = await post(doc, '/api/v1/auth/two-factor/enable', {
      code: totpCode(secret, new Date(T0)),
    });
    const { recoveryCodes } = enabled.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes[0]).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(JSON.stringify(await t.dump())).not.toContain(recoveryCodes[0]);
    expect((await t.request('GET', '/api/v1/auth/two-factor', { session: doc })).json()).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
    expect((await post(doc, '/api/v1/auth/two-factor/setup')).statusCode).toBe(409);

    // The same code (its 30-second step) works once: not again at sign-in within the step.
    t.setNow(at(10));
    const first = await challengeOf(email);
    expect((await secondStep(first, totpCode(secret, new Date(T0)))).statusCode).toBe(401);
    // The next step's code works; a clock 30 s behind still works; 90 s off does not.
    t.setNow(at(40));
    const ok = await secondStep(first, totpCode(secret, new Date(at(40))));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ id: doc.userId, role: 'clinician' });
    const session = { ...doc, cookie: sessionCookie(ok) };
    expect((await t.request('GET', '/api/v1/clinician/patients', { session })).statusCode).toBe(200);
    t.setNow(at(100));
    const drift = await challengeOf(email);
    expect((await secondStep(drift, totpCode(secret, new Date(at(70))))).statusCode).toBe(200);
    t.setNow(at(200));
    const far = await challengeOf(email);
    expect((await secondStep(far, totpCode(secret, new Date(at(110))))).statusCode).toBe(401);
    // A challenge expires after 5 minutes.
    t.setNow(at(200 + 301));
    expect((await secondStep(far, totpCode(secret, new Date(at(501))))).json()).toEqual({
      error: 'this sign-in has expired: enter your e-mail and password again',
    });

    // A recovery code works once, whatever its case and dashes.
    t.setNow(at(600));
    const code = (recoveryCodes[0] ?? '').toLowerCase().replace('-', ' ');
    expect((await secondStep(await challengeOf(email), code)).statusCode).toBe(200);
    expect((await secondStep(await challengeOf(email), code)).statusCode).toBe(401);
    const left = await t.request('GET', '/api/v1/auth/two-factor', { session: doc });
    expect(left.json()).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it('throttles wrong codes like wrong passwords: five lock the address', async () => {
    const doc = await t.clinician();
    const email = await emailOf(doc);
    const { secret } = await enroll(doc, 1000);
    t.setNow(at(1010));
    const challenge = await challengeOf(email);
    for (let i = 0; i < 5; i += 1) expect((await secondStep(challenge, '123456')).statusCode).toBe(401);
    const locked = await login(email);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
    // The challenge is spent too: even the right code does nothing now.
    t.setNow(at(1040));
    expect((await secondStep(challenge, totpCode(secret, new Date(at(1040))))).statusCode).not.toBe(200);
  });

  it('turns off with the password or a code, not without; audited', async () => {
    const doc = await t.clinician();
    const email = await emailOf(doc);
    const { secret } = await enroll(doc, 2000);
    const none = await post(doc, '/api/v1/auth/two-factor/disable', {});
    expect(none.json()).toMatchObject({ problems: [{ path: 'currentPassword' }] });
    const wrong = await post(doc, '/api/v1/auth/two-factor/disable', { currentPassword: 'not it at all' });
    expect(wrong.json()).toMatchObject({ problems: [{ path: 'currentPassword' }] });
    t.setNow(at(2040));
    const byCode = await post(doc, '/api/v1/auth/two-factor/disable', {
      code: totpCode(secret, new Date(at(2040))),
    });
    expect(byCode.statusCode).toBe(204);
    const signedIn = await login(email);
    expect(signedIn.json()).toMatchObject({ id: doc.userId });
    await enroll(doc, 2100);
    t.setNow(at(2150));
    expect(
      (await post(doc, '/api/v1/auth/two-factor/disable', { currentPassword: PASSWORD })).statusCode,
    ).toBe(204);
    const events = await t.request('GET', '/api/v1/clinician/clinic/security-events', { session: doc });
    expect(events.json<{ events: { action: string }[] }>().events.map((e) => e.action)).toEqual([
      'two-factor-disabled',
      'two-factor-enabled',
      'two-factor-disabled',
      'two-factor-enabled',
    ]);
  });

  it('lets a clinic admin require it: colleagues without it reach only the two-factor routes until enrolled', async () => {
    const admin = await t.clinician();
    const { code } = (await post(admin, '/api/v1/clinician/invites', { kind: 'clinician' })).json<{
      code: string;
    }>();
    const colleague = await t.clinician([], { inviteCode: code });
    const requireIt = (session: Session, required: boolean) =>
      t.request('PUT', '/api/v1/clinician/clinic/two-factor', { session, body: { required } });
    expect((await requireIt(admin, true)).statusCode).toBe(409);
    await enroll(admin, 3000);
    t.setNow(at(3050));
    expect((await requireIt(colleague, true)).statusCode).toBe(403);
    expect((await requireIt(admin, true)).json()).toEqual({ required: true });

    const caseload = await t.request('GET', '/api/v1/clinician/patients', { session: colleague });
    expect(caseload.statusCode).toBe(403);
    expect(caseload.json<{ error: string }>().error).toMatch(/requires two-factor sign-in/);
    const me = await t.request('GET', '/api/v1/me', { session: colleague });
    expect(me.json()).toMatchObject({ twoFactor: { enabled: false, required: true } });
    expect((await t.request('GET', '/api/v1/auth/two-factor', { session: colleague })).json()).toMatchObject({
      required: true,
      enabled: false,
    });
    await enroll(colleague, 3100);
    expect((await t.request('GET', '/api/v1/clinician/patients', { session: colleague })).statusCode).toBe(
      200,
    );
    expect((await t.request('GET', '/api/v1/clinician/patients', { session: admin })).statusCode).toBe(200);

    const events = await t.request('GET', '/api/v1/clinician/clinic/security-events', { session: admin });
    expect(events.json<{ events: { action: string; actorId: string }[] }>().events).toEqual([
      expect.objectContaining({ action: 'two-factor-enabled', actorId: colleague.userId }),
      expect.objectContaining({ action: 'clinic-two-factor-required', actorId: admin.userId }),
      expect.objectContaining({ action: 'two-factor-enabled', actorId: admin.userId }),
    ]);
    expect((await requireIt(admin, false)).json()).toEqual({ required: false });
  });
});
