import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ORIGIN, sessionCookie, testApp, type TestApp } from '../../../test/app.js';

const PASSWORD = 'a long enough password';

describe('auth routes', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  describe('POST /api/v1/auth/signup', () => {
    it('creates a self-managed patient once the mailed link is opened, and signs them in with an httpOnly, SameSite=Lax cookie', async () => {
      const started = await t.request('POST', '/api/v1/auth/signup', {
        body: { email: 'Ann@Example.org', password: PASSWORD, name: 'Ann Example' },
      });
      expect(started.statusCode).toBe(202);
      expect(started.cookies).toEqual([]);
      expect(await t.store.findUserByEmail('ann@example.org')).toBeUndefined();
      const response = await t.confirmSignup('ann@example.org');
      expect(response.statusCode).toBe(201);
      const me = response.json<{ id: string; role: string; patientId: string }>();
      expect(me.role).toBe('patient');
      const cookie = response.cookies.find((c) => c.name === 'hr_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 14 * 86_400 });
      expect(cookie?.secure).toBeUndefined();
      const user = await t.store.findUserByEmail('ann@example.org');
      expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
      expect((await t.store.getPatient(me.patientId))?.ownerUserId).toBe(me.id);

      const whoami = await t.request('GET', '/api/v1/me', {
        session: { cookie: sessionCookie(response), userId: me.id, patientId: me.patientId },
      });
      expect(whoami.json()).toEqual(me);
    });

    it('answers an address already registered, whatever its case, as any other, and makes no account', async () => {
      await t.signup('bob@example.org');
      const response = await t.request('POST', '/api/v1/auth/signup', {
        body: { email: 'BOB@example.org', password: PASSWORD, name: 'Bob' },
      });
      expect(response.statusCode).toBe(202);
      expect(response.cookies).toEqual([]);
      const fresh = await t.request('POST', '/api/v1/auth/signup', {
        body: { email: 'bobby@example.org', password: PASSWORD, name: 'Bob' },
      });
      expect(response.json()).toEqual(fresh.json());
      // No link was made for the taken address (the one queued for its owner's sign-up was used).
      await expect(t.confirmSignup('bob@example.org')).rejects.toThrow(/no sign-up link/);
    });

    it('names each bad field and stores nothing', async () => {
      const response = await t.request('POST', '/api/v1/auth/signup', {
        body: { email: 'not-an-email', password: 'short', extra: 1 },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ problems: unknown[] }>().problems).toEqual(
        expect.arrayContaining([
          { path: 'email', message: 'must be an email address' },
          { path: 'password', message: 'must be at least 10 characters' },
          { path: 'extra', message: 'is not a known field' },
        ]),
      );
      expect(await t.store.findUserByEmail('not-an-email')).toBeUndefined();
      const missing = await t.request('POST', '/api/v1/auth/signup', { body: {} });
      expect(missing.json<{ problems: unknown[] }>().problems).toEqual([
        { path: 'email', message: 'is required' },
        { path: 'password', message: 'is required' },
      ]);
    });
  });

  describe('POST /api/v1/auth/login and logout', () => {
    it('signs in with the right password only, with one answer for a wrong password or an unknown email', async () => {
      await t.signup('cat@example.org');
      const ok = await t.request('POST', '/api/v1/auth/login', {
        body: { email: 'cat@example.org', password: PASSWORD },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ role: 'patient' });
      expect(sessionCookie(ok)).toMatch(/^hr_session=/);

      const wrong = await t.request('POST', '/api/v1/auth/login', {
        body: { email: 'cat@example.org', password: 'nope' },
      });
      const unknown = await t.request('POST', '/api/v1/auth/login', {
        body: { email: 'dog@example.org', password: PASSWORD },
      });
      for (const r of [wrong, unknown]) {
        expect(r.statusCode).toBe(401);
        expect(r.json()).toEqual({ error: 'wrong email or password' });
        expect(r.cookies).toEqual([]);
      }
    });

    it('names each bad field of a login', async () => {
      const response = await t.request('POST', '/api/v1/auth/login', {
        body: { email: 'x', remember: true },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ problems: unknown[] }>().problems).toEqual([
        { path: 'password', message: 'is required' },
        { path: 'remember', message: 'is not a known field' },
        { path: 'email', message: 'must be an email address' },
      ]);
      expect(response.cookies).toEqual([]);
    });

    it('logout deletes the session on the server: the old cookie no longer works', async () => {
      const session = await t.signup();
      expect((await t.request('GET', '/api/v1/me', { session })).statusCode).toBe(200);
      const out = await t.request('POST', '/api/v1/auth/logout', { session });
      expect(out.statusCode).toBe(204);
      expect(out.cookies.find((c) => c.name === 'hr_session')?.value).toBe('');
      expect((await t.request('GET', '/api/v1/me', { session })).statusCode).toBe(401);
      expect((await t.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    });

    it('sessions expire', async () => {
      const session = await t.signup();
      t.setNow('2026-03-24T12:00:01.000Z');
      expect((await t.request('GET', '/api/v1/me', { session })).statusCode).toBe(401);
    });

    it('rate-limits login per address', async () => {
      const limited = await testApp({ AUTH_RATE_LIMIT: '3' });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 4; i++) {
          const r = await limited.request('POST', '/api/v1/auth/login', {
            body: { email: 'x@example.org', password: 'x' },
          });
          codes.push(r.statusCode);
        }
        expect(codes).toEqual([401, 401, 401, 429]);
        const last = await limited.request('POST', '/api/v1/auth/login', {
          body: { email: 'x@example.org', password: 'x' },
        });
        expect(last.json<{ error: string }>().error).toMatch(/^too many requests/);
        expect(last.headers['retry-after']).toBeDefined();
      } finally {
        await limited.close();
      }
    });
  });

  describe('GET /api/v1/me', () => {
    it('answers 401 without a session or with an unknown one', async () => {
      expect((await t.request('GET', '/api/v1/me')).statusCode).toBe(401);
      const forged = { cookie: 'hr_session=forged', userId: '', patientId: '' };
      const response = await t.request('GET', '/api/v1/me', { session: forged });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: 'sign in first' });
    });

    it('gives a clinician no patientId, but their clinic', async () => {
      await t.request('POST', '/api/v1/auth/clinician-signup', {
        body: { email: 'doc@example.org', password: PASSWORD, clinicName: 'Bridge Street Physio' },
      });
      const signup = await t.confirmSignup('doc@example.org');
      const doctor = signup.json<{ id: string; clinicId: string }>();
      const login = await t.request('POST', '/api/v1/auth/login', {
        body: { email: 'doc@example.org', password: PASSWORD },
      });
      const me = {
        id: doctor.id,
        role: 'clinician',
        clinicId: doctor.clinicId,
        clinicName: 'Bridge Street Physio',
        clinicRole: 'admin',
        email: 'doc@example.org',
        twoFactor: { enabled: false, required: false },
      };
      expect(login.json()).toEqual(me);
      const session = { cookie: sessionCookie(login), userId: doctor.id, patientId: '' };
      expect((await t.request('GET', '/api/v1/me', { session })).json()).toEqual(me);
    });
  });

  describe('POST /api/v1/auth/password', () => {
    it('needs the current password, then revokes every other session', async () => {
      const first = await t.signup('eve@example.org');
      const login = await t.request('POST', '/api/v1/auth/login', {
        body: { email: 'eve@example.org', password: PASSWORD },
      });
      const second = { ...first, cookie: sessionCookie(login) };

      const wrong = await t.request('POST', '/api/v1/auth/password', {
        session: second,
        body: { currentPassword: 'not it', newPassword: 'a brand new password' },
      });
      expect(wrong.statusCode).toBe(403);

      const short = await t.request('POST', '/api/v1/auth/password', {
        session: second,
        body: { currentPassword: PASSWORD, newPassword: 'short' },
      });
      expect(short.json<{ problems: unknown[] }>().problems).toEqual([
        { path: 'newPassword', message: 'must be at least 10 characters' },
      ]);

      const changed = await t.request('POST', '/api/v1/auth/password', {
        session: second,
        body: { currentPassword: PASSWORD, newPassword: 'a brand new password' },
      });
      expect(changed.statusCode).toBe(204);
      expect((await t.request('GET', '/api/v1/me', { session: first })).statusCode).toBe(401);
      expect((await t.request('GET', '/api/v1/me', { session: second })).statusCode).toBe(200);

      const old = await t.request('POST', '/api/v1/auth/login', {
        body: { email: 'eve@example.org', password: PASSWORD },
      });
      expect(old.statusCode).toBe(401);
      const fresh = await t.request('POST', '/api/v1/auth/login', {
        body: { email: 'eve@example.org', password: 'a brand new password' },
      });
      expect(fresh.statusCode).toBe(200);
    });

    it('answers 401 without a session', async () => {
      const response = await t.request('POST', '/api/v1/auth/password', {
        body: { currentPassword: PASSWORD, newPassword: 'a brand new password' },
      });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('CSRF: Origin checks', () => {
    it('refuses a cookie-authenticated state change without an Origin header, changing nothing', async () => {
      const session = await t.signup();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie: session.cookie },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ error: 'an Origin header is required with cookie authentication' });
      expect((await t.request('GET', '/api/v1/me', { session })).statusCode).toBe(200);
    });

    it('refuses a state change from another origin, even without a cookie', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        headers: { origin: 'https://evil.example' },
        payload: { email: 'victim@example.org', password: PASSWORD },
      });
      expect(response.statusCode).toBe(403);
      expect(await t.store.findUserByEmail('victim@example.org')).toBeUndefined();
      const nullOrigin = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { origin: 'null' },
        payload: { email: 'victim@example.org', password: PASSWORD },
      });
      expect(nullOrigin.statusCode).toBe(403);
    });

    it('lets reads through without Origin, and script clients without a cookie', async () => {
      const session = await t.signup();
      const read = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: session.cookie },
      });
      expect(read.statusCode).toBe(200);
      const script = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'nobody@example.org', password: PASSWORD },
      });
      expect(script.statusCode).toBe(401);
      expect(ORIGIN).toBe('http://localhost');
    });
  });

  describe('Secure cookies behind HTTPS', () => {
    it('honours X-Forwarded-Proto only with TRUST_PROXY', async () => {
      const login = async (app: TestApp) => {
        const email = `s${String(Math.random()).slice(2)}@example.org`;
        await app.signup(email);
        return app.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { origin: 'https://rehab.example', host: 'rehab.example', 'x-forwarded-proto': 'https' },
          payload: { email, password: PASSWORD },
        });
      };
      const untrusted = await login(t);
      expect(untrusted.statusCode).toBe(200);
      expect(untrusted.cookies[0]?.secure).toBeUndefined();

      const proxied = await testApp({ TRUST_PROXY: '1' });
      try {
        const trusted = await login(proxied);
        expect(trusted.statusCode).toBe(200);
        expect(trusted.cookies[0]?.secure).toBe(true);
      } finally {
        await proxied.close();
      }
    });
  });
});
