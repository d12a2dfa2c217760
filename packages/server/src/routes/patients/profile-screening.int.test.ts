import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { typicalProfile, typicalScreening } from '../../../test/fixtures.js';

describe('profile and screening routes', () => {
  let t: TestApp;
  let me: Session;
  let base: string;
  beforeEach(async () => {
    t = await testApp();
    me = await t.signup();
    base = `/api/v1/patients/${me.patientId}`;
  });
  afterEach(async () => {
    await t.close();
  });

  describe('profile', () => {
    it('starts with defaults', async () => {
      const response = await t.request('GET', `${base}/profile`, { session: me });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        birthYear: null,
        affectedSide: null,
        runner: false,
        painCeiling: 5,
        timeZone: 'UTC',
        protocol: 'pht-v2',
      });
    });

    it('is replaced whole by PUT, fields left out taking their defaults', async () => {
      const full = { ...typicalProfile, runner: true, painCeiling: 4, timeZone: 'Europe/Oslo' };
      const put = await t.request('PUT', `${base}/profile`, { session: me, body: full });
      expect(put.statusCode).toBe(200);
      // the protocol the patient follows comes back with it, read only
      expect(put.json()).toEqual({ ...full, protocol: 'pht-v2' });
      expect((await t.request('GET', `${base}/profile`, { session: me })).json()).toEqual({
        ...full,
        protocol: 'pht-v2',
      });
      const refused = await t.request('PUT', `${base}/profile`, {
        session: me,
        body: { ...full, protocol: 'pht-v1' },
      });
      expect(refused.statusCode).toBe(400);

      await t.request('PUT', `${base}/profile`, { session: me, body: { birthYear: 1990 } });
      expect((await t.store.getPatient(me.patientId))?.profile).toEqual({
        birthYear: 1990,
        affectedSide: null,
        runner: false,
        painCeiling: 5,
        timeZone: 'UTC',
      });
    });

    it('names each bad field and stores nothing', async () => {
      const response = await t.request('PUT', `${base}/profile`, {
        session: me,
        body: { birthYear: 1800, affectedSide: 'top', runner: 'yes', painCeiling: 6, timeZone: 'Mars/Base' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ problems: unknown[] }>().problems).toEqual([
        { path: 'birthYear', message: 'must be at least 1900' },
        { path: 'affectedSide', message: 'must be one of "left", "right", "both", null' },
        { path: 'runner', message: 'must be boolean' },
        { path: 'painCeiling', message: 'must be one of 3, 4, 5' },
        { path: 'timeZone', message: 'must be an IANA time zone name, such as Europe/London or UTC' },
      ]);
      expect((await t.store.getPatient(me.patientId))?.profile.birthYear).toBeNull();

      const missing = await t.request('PUT', `${base}/profile`, { session: me, body: { runner: true } });
      expect(missing.json<{ problems: unknown[] }>().problems).toEqual([
        { path: 'birthYear', message: 'is required' },
      ]);
      const notObject = await t.request('PUT', `${base}/profile`, { session: me, body: [1] });
      expect(notObject.json<{ problems: unknown[] }>().problems).toEqual([
        { path: '(body)', message: 'must be object' },
      ]);
    });
  });

  describe('screening', () => {
    it('is missing until recorded, then replaced by PUT', async () => {
      const before = await t.request('GET', `${base}/screening`, { session: me });
      expect(before.statusCode).toBe(404);
      expect(before.json()).toEqual({ error: 'no screening recorded yet' });

      const put = await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toEqual(typicalScreening);
      const again = { date: '2026-03-05', answers: { 'low-back-pain': true } };
      await t.request('PUT', `${base}/screening`, { session: me, body: again });
      expect((await t.request('GET', `${base}/screening`, { session: me })).json()).toEqual(again);
    });

    it('names each bad field, impossible dates included, and stores nothing', async () => {
      const response = await t.request('PUT', `${base}/screening`, {
        session: me,
        body: { date: '2026-02-30', answers: { 'saddle-numbness': 'yes', 'made-up-question': true } },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<{ problems: unknown[] }>().problems).toEqual(
        expect.arrayContaining([
          { path: 'date', message: '2026-02-30 is not a real date' },
          { path: 'answers', message: 'has an unknown key "made-up-question"' },
          { path: 'answers.saddle-numbness', message: 'must be boolean' },
        ]),
      );
      const badFormat = await t.request('PUT', `${base}/screening`, {
        session: me,
        body: { date: '2 March', answers: {} },
      });
      expect(badFormat.json<{ problems: unknown[] }>().problems).toEqual([
        { path: 'date', message: 'must be a date written YYYY-MM-DD' },
      ]);
      expect(await t.store.getScreening(me.patientId)).toBeUndefined();
    });
  });
});
