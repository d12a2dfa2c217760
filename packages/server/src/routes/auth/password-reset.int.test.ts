import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/app.js';
import { linkIn, startSmtpSink, tokenOf, type SmtpSink } from '../../../test/smtp-sink.js';
import { storeTargets } from '../../../test/stores.js';

const PASSWORD = 'a long enough password';
const NEW_PASSWORD = 'another quite long password';

/** Issue 13: a forgotten password, by mail through a real SMTP server in this process. */
describe.each(storeTargets())('password reset and address change by mail ($name)', (target) => {
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
  });

  const login = (email: string, password: string) =>
    t.request('POST', '/api/v1/auth/login', { body: { email, password } });
  const ask = (email: string) =>
    t.request('POST', '/api/v1/auth/password-reset/request', { body: { email } });
  const reset = (token: string, newPassword = NEW_PASSWORD) =>
    t.request('POST', '/api/v1/auth/password-reset', { body: { token, newPassword } });

  it('mails a link that sets a new password once, ends every session, and then fails', async () => {
    const session = await t.signup('forgetful@example.org');
    const asked = await ask('Forgetful@Example.org');
    expect(asked.statusCode).toBe(202);
    expect(await t.app.outbox.run()).toBe(1);
    const mail = smtp.mails.at(-1);
    expect(mail?.to).toMatchObject({ text: 'forgetful@example.org' });
    expect(mail?.subject).toBe('Reset your hamstring-rehab password');
    expect(mail?.from?.text).toContain('rehab@example.org');
    const link = linkIn(mail);
    expect(link).toMatch(/^https:\/\/rehab\.example\.org\/reset-password#token=/);
    // The database keeps the token hashed, and the sent mail's body is gone from the outbox.
    const dump = await t.dump();
    const stored = JSON.stringify(dump);
    expect(stored).not.toContain(tokenOf(link));

    expect((await reset(tokenOf(link))).statusCode).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { session })).statusCode).toBe(401);
    expect((await login('forgetful@example.org', PASSWORD)).statusCode).toBe(401);
    expect((await login('forgetful@example.org', NEW_PASSWORD)).statusCode).toBe(200);
    await t.app.outbox.run();
    expect(smtp.mails.at(-1)?.subject).toBe('Your hamstring-rehab password was changed');

    const again = await reset(tokenOf(link), 'yet another long password');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({
      error: 'invalid request',
      problems: [
        { path: 'token', message: 'this link has expired or has already been used: ask for a new one' },
      ],
    });
    expect((await login('forgetful@example.org', NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    await t.signup('known@example.org');
    const known = await ask('known@example.org');
    const unknown = await ask('nobody-here@example.org');
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    await t.app.outbox.run();
    expect(smtp.mails.map((m) => m.subject)).toEqual(['Reset your hamstring-rehab password']);
    expect(JSON.stringify(smtp.mails.map((m) => m.to))).not.toContain('nobody-here');
  });

  it('expires a link after 30 minutes and sends at most 3 links an hour to one account', async () => {
    t.setNow('2026-03-11T08:00:00.000Z');
    await t.signup('slow@example.org');
    await ask('slow@example.org');
    await t.app.outbox.run();
    const link = linkIn(smtp.mails.at(-1));
    t.setNow('2026-03-11T08:30:01.000Z');
    expect((await reset(tokenOf(link))).statusCode).toBe(400);
    for (let i = 0; i < 3; i++) expect((await ask('slow@example.org')).statusCode).toBe(202);
    await t.app.outbox.run();
    expect(smtp.mails).toHaveLength(3);
    t.setNow('2026-03-11T09:00:02.000Z');
    await ask('slow@example.org');
    await t.app.outbox.run();
    expect(smtp.mails).toHaveLength(4);
    expect((await reset(tokenOf(linkIn(smtp.mails.at(-1))), 'password')).json()).toMatchObject({
      problems: [{ path: 'newPassword' }],
    });
  });

  it('retries a mail the server refused, with back-off, and sends it once', async () => {
    t.setNow('2026-03-12T08:00:00.000Z');
    await t.signup('retry@example.org');
    smtp.refuseNext(2);
    await ask('retry@example.org');
    expect(await t.app.outbox.run()).toBe(0);
    t.setNow('2026-03-12T08:00:29.000Z');
    expect(await t.app.outbox.run()).toBe(0);
    t.setNow('2026-03-12T08:00:31.000Z');
    expect(await t.app.outbox.run()).toBe(0);
    t.setNow('2026-03-12T08:01:32.000Z');
    expect(await t.app.outbox.run()).toBe(1);
    expect(await t.app.outbox.run()).toBe(0);
    expect(smtp.mails.map((m) => m.to)).toEqual([expect.objectContaining({ text: 'retry@example.org' })]);
  });

  it('moves an account to a new address only from a link mailed there, and tells the old one', async () => {
    const session = await t.signup('old-address@example.org');
    const wrong = await t.request('POST', '/api/v1/auth/email-change/request', {
      session,
      body: { newEmail: 'new-address@example.org', currentPassword: 'not it at all' },
    });
    expect(wrong.statusCode).toBe(403);
    const asked = await t.request('POST', '/api/v1/auth/email-change/request', {
      session,
      body: { newEmail: 'New-Address@example.org', currentPassword: PASSWORD },
    });
    expect(asked.statusCode).toBe(202);
    expect((await login('new-address@example.org', PASSWORD)).statusCode).toBe(401);
    await t.app.outbox.run();
    const mail = smtp.mails.at(-1);
    expect(mail?.to).toMatchObject({ text: 'new-address@example.org' });
    const token = tokenOf(linkIn(mail));
    const confirm = () => t.request('POST', '/api/v1/auth/email-change/confirm', { body: { token } });
    const confirmed = await confirm();
    expect(confirmed.json()).toEqual({ email: 'new-address@example.org' });
    expect((await confirm()).statusCode).toBe(400);
    expect((await login('new-address@example.org', PASSWORD)).statusCode).toBe(200);
    expect((await login('old-address@example.org', PASSWORD)).statusCode).toBe(401);
    await t.app.outbox.run();
    const notice = smtp.mails.at(-1);
    expect(notice?.to).toMatchObject({ text: 'old-address@example.org' });
    expect(notice?.subject).toBe('Your hamstring-rehab address was changed');
    expect(notice?.text).not.toContain('new-address');
  });

  it('tells an address that already has an account, without saying so in the answer', async () => {
    await t.signup('taken@example.org');
    const session = await t.signup('mover@example.org');
    const asked = await t.request('POST', '/api/v1/auth/email-change/request', {
      session,
      body: { newEmail: 'taken@example.org', currentPassword: PASSWORD },
    });
    expect(asked.statusCode).toBe(202);
    await t.app.outbox.run();
    expect(smtp.mails.at(-1)?.subject).toBe('Your address was given for another hamstring-rehab account');
    expect(smtp.mails.at(-1)?.text).not.toMatch(/#token=/);
  });

  it('mails the owner of an address someone tries to sign up with, with a reset link that works', async () => {
    await t.signup('owner@example.org');
    const again = await t.request('POST', '/api/v1/auth/signup', {
      body: { email: 'owner@example.org', password: 'some other long password', name: 'Someone' },
    });
    expect(again.statusCode).toBe(202);
    await t.app.outbox.run();
    const mail = smtp.mails.at(-1);
    expect(mail?.subject).toBe('Someone tried to sign up to hamstring-rehab with your address');
    expect((await reset(tokenOf(linkIn(mail)))).statusCode).toBe(204);
  });

  it('erases an account’s mail and links with it', async () => {
    const session = await t.signup('leaving@example.org');
    await ask('leaving@example.org');
    const erase = await t.request('DELETE', `/api/v1/patients/${session.patientId}`, { session });
    expect(erase.statusCode).toBe(204);
    expect(JSON.stringify(await t.dump())).not.toContain('leaving@example.org');
    const now = '2026-04-01T00:00:00.000Z';
    const left = await t.store.claimMail(now, now, 100, 'test');
    expect(left.filter((m) => m.to === 'leaving@example.org')).toEqual([]);
  });
});
