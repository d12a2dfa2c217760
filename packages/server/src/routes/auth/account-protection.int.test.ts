import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.js';
import { storeTargets } from '../../../test/stores.js';

const PASSWORD = 'a long enough password';

/** Issue 14: ten spaces or 1234567890 were accepted as passwords; no per-account lockout. */
describe.each(storeTargets())('account protection ($name)', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({}, await target.open());
  });
  afterAll(async () => {
    await t.close();
  });

  const login = (email: string, password: string) =>
    t.request('POST', '/api/v1/auth/login', { body: { email, password } });

  it('refuses blank, common and guessable passwords at sign-up, clinician sign-up and change, in plain words', async () => {
    const blank = await t.request('POST', '/api/v1/auth/signup', {
      body: { email: 'blank@example.org', password: '          ', name: 'Blank' },
    });
    expect(blank.json<{ problems: unknown[] }>().problems).toEqual([
      { path: 'password', message: 'must not be blank' },
    ]);
    const common = await t.request('POST', '/api/v1/auth/signup', {
      body: { email: 'common@example.org', password: '1234567890', name: 'Common' },
    });
    expect(common.statusCode).toBe(400);
    expect(common.json()).toEqual({
      error: 'invalid request',
      problems: [
        {
          path: 'password',
          message:
            'is too easy to guess: this is a frequently used password. Add more words that are less common.',
        },
      ],
    });
    const clinic = await t.request('POST', '/api/v1/auth/clinician-signup', {
      body: { email: 'doc@example.org', password: 'password123', clinicName: 'Bridge Street' },
    });
    expect(clinic.json<{ problems: { path: string }[] }>().problems[0]?.path).toBe('password');
    expect(await t.store.findUserByEmail('common@example.org')).toBeUndefined();
    expect(await t.store.findUserByEmail('doc@example.org')).toBeUndefined();

    const session = await t.signup('change@example.org');
    const change = await t.request('POST', '/api/v1/auth/password', {
      session,
      body: { currentPassword: PASSWORD, newPassword: 'qwertyuiop' },
    });
    expect(change.json<{ problems: { path: string; message: string }[] }>().problems[0]).toMatchObject({
      path: 'newPassword',
      message: expect.stringMatching(/^is too easy to guess/) as unknown,
    });
  });

  it('locks an address after 5 failed sign-ins, says when to retry, and holds even the right password until then', async () => {
    await t.signup('locked@example.org');
    for (let i = 0; i < 5; i++)
      expect((await login('locked@example.org', 'wrong guess')).statusCode).toBe(401);
    const refused = await login('locked@example.org', PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({
      error: 'too many failed sign-ins for this e-mail address: try again in 1 minute (after 12:01 UTC)',
    });
    expect(refused.headers['retry-after']).toBe('60');
    // the same answer for an address without an account: the lock tells nothing about who has one
    for (let i = 0; i < 5; i++) await login('nobody@example.org', 'wrong guess');
    expect((await login('nobody@example.org', 'x')).json<{ error: string }>().error).toMatch(
      /^too many failed sign-ins/,
    );

    t.setNow('2026-03-10T12:01:01.000Z');
    expect((await login('locked@example.org', 'wrong again')).statusCode).toBe(401);
    // the sixth failure in a row locks for 2 minutes
    const longer = await login('locked@example.org', PASSWORD);
    expect(longer.json<{ error: string }>().error).toMatch(/try again in 2 minutes \(after 12:03 UTC\)/);

    t.setNow('2026-03-10T12:03:02.000Z');
    expect((await login('Locked@Example.org', PASSWORD)).statusCode).toBe(200);
    // a success clears the count: one more failure does not lock
    expect((await login('locked@example.org', 'wrong')).statusCode).toBe(401);
    expect((await login('locked@example.org', PASSWORD)).statusCode).toBe(200);
    t.setNow('2026-03-10T12:00:00.000Z');
  });

  it('normalizes e-mails (NFC, case, spaces) before comparing: a decomposed look-alike is the same account', async () => {
    await t.signup('zo\u00eb@example.org');
    const twin = await t.request('POST', '/api/v1/auth/signup', {
      body: { email: 'ZOE\u0308@example.org', password: PASSWORD, name: 'Zoë' },
    });
    // The same answer as for a new address; the account's owner is told instead, and no link is made.
    expect(twin.statusCode).toBe(202);
    await expect(t.confirmSignup('zo\u00eb@example.org')).rejects.toThrow(/no sign-up link/);
    expect((await login('Zoe\u0308@Example.org', PASSWORD)).statusCode).toBe(200);
  });
});
