import { describe, expect, it } from 'vitest';
import { testApp } from '../test/app.js';
import { twoGreenDays, typicalProfile, typicalScreening } from '../test/fixtures.js';
import { storeTargets } from '../test/stores.js';

describe.each(storeTargets())('a patient’s whole journey on $name', (target) => {
  it('signs up, records, gets a decision, exports, and erases everything', async () => {
    const t = await testApp({}, await target.open());
    try {
      const me = await t.signup();
      const base = `/api/v1/patients/${me.patientId}`;
      expect(
        (await t.request('PUT', `${base}/profile`, { session: me, body: typicalProfile })).statusCode,
      ).toBe(200);
      expect(
        (await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening })).statusCode,
      ).toBe(200);
      const batch = { events: twoGreenDays() };
      expect((await t.request('POST', `${base}/events`, { session: me, body: batch })).json()).toEqual({
        stored: 5,
        duplicates: 0,
      });
      expect((await t.request('POST', `${base}/events`, { session: me, body: batch })).json()).toEqual({
        stored: 0,
        duplicates: 5,
      });
      const decision = await t.request('GET', `${base}/decision?asOf=2026-03-05`, { session: me });
      expect(decision.json()).toMatchObject({ status: 'active', stage: 1, level: 2 });
      const fhir = await t.request('GET', `${base}/export?format=fhir`, { session: me });
      expect(fhir.json()).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      expect((await t.request('DELETE', base, { session: me })).statusCode).toBe(204);
      expect(await t.store.getPatient(me.patientId)).toBeUndefined();
      expect((await t.request('GET', '/api/v1/me', { session: me })).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});
