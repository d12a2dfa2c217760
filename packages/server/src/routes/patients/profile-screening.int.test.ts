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
        sport: false,
        painCeiling: 5,
        timeZone: 'UTC',
        protocol: 'pht-v2',
      });
    });

    it('is replaced whole by PUT, fields left out taking their defaults', async () => {
      const full = { ...typicalProfile, runner: true, sport: false, painCeiling: 4, timeZone: 'Europe/Oslo' };
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
        sport: false,
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
        { path: 'runner', message: 'must be true or false' },
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
        { path: '(body)', message: 'must be a JSON object' },
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
          { path: 'answers.saddle-numbness', message: 'must be true or false' },
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

    it('accepts any real day from year 0 up to the day after the server’s today, and names the date past it', async () => {
      // The test app's clock says 2026-03-10T12:00Z.
      const ancient = await t.request('PUT', `${base}/screening`, {
        session: me,
        body: { date: '0050-02-01', answers: {} },
      });
      expect(ancient.statusCode).toBe(200);
      const far = await t.request('PUT', `${base}/screening`, {
        session: me,
        body: { date: '4536-10-02', answers: {} },
      });
      expect(far.statusCode).toBe(400);
      expect(far.json<{ problems: unknown[] }>().problems).toEqual([
        { path: 'date', message: 'must not be later than 2026-03-11 (the day after today)' },
      ]);
      expect((await t.store.getScreening(me.patientId))?.date).toBe('0050-02-01');
      t.setNow('2026-03-11T00:00:00.000Z');
      const tomorrow = await t.request('PUT', `${base}/screening`, {
        session: me,
        body: { date: '2026-03-12', answers: {} },
      });
      expect(tomorrow.statusCode).toBe(200);
    });
  });
  describe('red flags stick (ADR 209)', () => {
    const emergency = {
      date: '2026-03-02',
      answers: { ...typicalScreening.answers, 'saddle-numbness': true },
    };

    it('refuses a screening that takes back a yes to a warning sign, naming it, and keeps the stored one', async () => {
      await t.request('PUT', `${base}/profile`, { session: me, body: typicalProfile });
      expect((await t.request('PUT', `${base}/screening`, { session: me, body: emergency })).statusCode).toBe(
        200,
      );
      const erase = await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
      expect(erase.statusCode).toBe(409);
      expect(erase.json<{ error: string }>().error).toMatch(
        /saddle-numbness.*cannot be taken back.*clear-screening/,
      );
      expect(await t.store.getScreening(me.patientId)).toEqual(emergency);
      const decision = await t.request('GET', `${base}/decision`, { session: me });
      expect(decision.json<{ status: string }>().status).toBe('emergency');
    });

    it('refuses a screening that would lower the status without taking back a warning sign', async () => {
      const atypical = { date: '2026-03-02', answers: { 'pain-at-sitting-bone': true } };
      await t.request('PUT', `${base}/screening`, { session: me, body: atypical });
      const lower = await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
      expect(lower.statusCode).toBe(409);
      expect(lower.json<{ error: string }>().error).toMatch(/assessment-needed.*lower it to active/);
    });

    it('accepts completing the screening with more answers, or a retry, until the first event', async () => {
      const avulsion = { date: '2026-03-02', answers: { 'thigh-bruising': true } };
      await t.request('PUT', `${base}/screening`, { session: me, body: avulsion });
      const completed = {
        date: '2026-03-02',
        answers: { ...typicalScreening.answers, 'thigh-bruising': true },
      };
      expect((await t.request('PUT', `${base}/screening`, { session: me, body: completed })).statusCode).toBe(
        200,
      );
      expect((await t.request('PUT', `${base}/screening`, { session: me, body: completed })).statusCode).toBe(
        200,
      );
    });

    it('answers 409 to any new screening once the program has begun: later answers are symptoms events', async () => {
      await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening });
      await t.request('POST', `${base}/events`, {
        session: me,
        body: {
          id: '7d0f3c4e-3a47-4a8e-9a32-2b1d9b3a5e10',
          type: 'morning-check',
          date: '2026-03-02',
          score: 2,
        },
      });
      const raise = { date: '2026-03-03', answers: { ...typicalScreening.answers, 'low-back-pain': true } };
      const later = await t.request('PUT', `${base}/screening`, { session: me, body: raise });
      expect(later.statusCode).toBe(409);
      expect(later.json<{ error: string }>().error).toMatch(/answered once.*symptoms event/);
      // the same screening again (a retried request) is still fine
      expect(
        (await t.request('PUT', `${base}/screening`, { session: me, body: typicalScreening })).statusCode,
      ).toBe(200);
    });
  });

  describe('profile answers (ADR 210)', () => {
    it('stores sport and refuses an implausible birth year in words', async () => {
      const put = await t.request('PUT', `${base}/profile`, {
        session: me,
        body: { ...typicalProfile, sport: true },
      });
      expect(put.json()).toMatchObject({ sport: true });
      const young = await t.request('PUT', `${base}/profile`, {
        session: me,
        body: { ...typicalProfile, birthYear: 2025 },
      });
      expect(young.statusCode).toBe(400);
      expect(young.json<{ problems: { path: string; message: string }[] }>().problems[0]).toMatchObject({
        path: 'birthYear',
        message: expect.stringMatching(/or earlier: the program is for people aged 10 or more/) as string,
      });
      expect((await t.store.getPatient(me.patientId))?.profile.sport).toBe(true);
    });
  });
});
