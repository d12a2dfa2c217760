import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/app.js';

describe('write routes that take no body', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('refuse a body with 400, doing nothing, and accept none or {}', async () => {
    const me = await t.signup();
    const logout = await t.request('POST', '/api/v1/auth/logout', { session: me, body: { everyone: true } });
    expect(logout.statusCode).toBe(400);
    expect(logout.json()).toEqual({
      error: 'invalid request',
      problems: [{ path: '(body)', message: 'this request takes no body' }],
    });
    expect((await t.request('GET', '/api/v1/me', { session: me })).statusCode).toBe(200);
    const erase = await t.request('DELETE', `/api/v1/patients/${me.patientId}`, { session: me, body: [1] });
    expect(erase.statusCode).toBe(400);
    expect(await t.store.getPatient(me.patientId)).toBeDefined();
    expect((await t.request('POST', '/api/v1/auth/logout', { session: me, body: {} })).statusCode).toBe(204);
    const other = await t.signup();
    expect(
      (await t.request('DELETE', `/api/v1/patients/${other.patientId}`, { session: other })).statusCode,
    ).toBe(204);
  });

  it('still answer 401 and 404 first to those who may not call them', async () => {
    const me = await t.signup();
    const stranger = await t.signup();
    const response = await t.request('DELETE', `/api/v1/patients/${me.patientId}`, {
      session: stranger,
      body: [1],
    });
    expect(response.statusCode).toBe(404);
  });

  it('let a clinician make an invite with no body at all', async () => {
    const clinician = await t.clinician();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/clinician/invites',
      headers: { cookie: clinician.cookie, origin: 'http://localhost' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'patient' });
  });
});
