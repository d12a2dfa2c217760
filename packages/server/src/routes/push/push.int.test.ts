import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebPushSender } from '../../push/push-sender.js';
import { fireDueReminders } from '../../push/reminders.js';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { morningCheck, typicalProfile } from '../../../test/fixtures.js';
import { calmDays, patientWith, redFlag } from '../../../test/histories.js';
import { startPushService, type PushService, type TestSubscription } from '../../../test/push-service.js';
import { storeTargets } from '../../../test/stores.js';

/** Words of a health detail that must never be in a notification (a lock screen shows it to anyone). */
const HEALTH = /red|flag|numb|saddle|pain level|emergency|symptom|flare|stage|bladder|bowel|\d+\/10/i;

/** Issue 13: Web Push reminders and alerts, through the outbox to a push service that decrypts them. */
describe.each(storeTargets())('web push ($name)', (target) => {
  let t: TestApp;
  let service: PushService;
  beforeAll(async () => {
    service = await startPushService();
    t = await testApp({ PUSH_LOCAL_ENDPOINTS: 'allow' }, await target.open(), {
      pusher: (store, vapid) => new WebPushSender(store, vapid, { timeoutMs: 5000, agent: service.agent }),
    });
  });
  afterAll(async () => {
    await t.close();
    await service.close();
  });
  afterEach(() => {
    service.received.length = 0;
  });

  const subscribe = async (session: Session): Promise<TestSubscription> => {
    const made = service.subscribe();
    const response = await t.request('POST', '/api/v1/push/subscriptions', {
      session,
      body: { endpoint: made.endpoint, expirationTime: null, keys: made.keys },
    });
    expect(response.statusCode, response.body).toBe(201);
    browser = made;
    return made;
  };
  const reminders = (session: Session, body: Record<string, unknown>) =>
    t.request('PUT', `/api/v1/patients/${session.patientId}/reminders`, {
      session,
      body: { checkIn: null, sessions: [], painAfter: null, run: null, ...body },
    });
  let browser: TestSubscription | undefined;
  /**
   * Moves the clock, fires what is due and sends the outbox: what the push service decrypted for the last
   * browser subscribed (other tests' patients get their own reminders at those times too).
   */
  const at = async (iso: string) => {
    t.setNow(iso);
    service.received.length = 0;
    await t.app.reminders();
    await t.app.outbox.run();
    const path = browser === undefined ? '' : new URL(browser.endpoint).pathname;
    return service.received
      .filter((r) => r.path === path)
      .map((r) => r.payload as { title: string; body: string; url: string });
  };

  it('refuses endpoints that are not https push services, and keys that are not keys, naming the field', async () => {
    const t2 = await testApp({}, await target.open());
    try {
      const me = await t2.signup();
      const browser = service.subscribe();
      const post = (body: unknown) => t2.request('POST', '/api/v1/push/subscriptions', { session: me, body });
      const http = await post({ endpoint: 'http://push.example.org/x', keys: browser.keys });
      expect(http.statusCode).toBe(400);
      expect(http.body).toContain('endpoint');
      const local = await post({ endpoint: browser.endpoint, keys: browser.keys });
      expect(local.statusCode).toBe(400);
      expect(local.json<{ problems: { path: string }[] }>().problems[0]?.path).toBe('/endpoint');
      const badKey = await post({
        endpoint: 'https://push.example.org/x',
        keys: { p256dh: 'B'.repeat(87), auth: browser.keys.auth },
      });
      expect(badKey.statusCode).toBe(400);
      expect(badKey.body).toContain('p256dh');
      const long = await post({
        endpoint: `https://push.example.org/${'x'.repeat(1100)}`,
        keys: browser.keys,
      });
      expect(long.statusCode).toBe(400);
      expect(
        (await t2.request('GET', '/api/v1/push/public-key')).json<{ publicKey: string }>().publicKey,
      ).toMatch(/^B[A-Za-z0-9_-]{86}$/);
    } finally {
      await t2.close();
    }
  });

  it('sends reminders at the patient’s local time across a daylight-saving change, encrypted and signed', async () => {
    t.setNow('2026-03-25T12:00:00.000Z');
    const me = await patientWith(t, calmDays('2026-03-11', '2026-03-25'));
    await t.request('PUT', `/api/v1/patients/${me.patientId}/profile`, {
      session: me,
      body: { ...typicalProfile, timeZone: 'Europe/London' },
    });
    const phone = await subscribe(me);
    const set = await reminders(me, { checkIn: '07:30', painAfter: '20:00' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ checkIn: '07:30', timeZone: 'Europe/London', devices: 1 });
    const exported = await t.request('GET', `/api/v1/patients/${me.patientId}/export?format=json`, {
      session: me,
    });
    expect(exported.json<{ reminders: unknown }>().reminders).toEqual([
      { kind: 'check-in', time: '07:30', days: [] },
      { kind: 'pain-after', time: '20:00', days: [] },
    ]);

    // Saturday 28 March, GMT: 07:30 local is 07:30 UTC. Nothing a minute before.
    expect(await at('2026-03-28T07:29:00.000Z')).toEqual([]);
    expect(await at('2026-03-28T07:30:20.000Z')).toEqual([
      { title: 'Good morning', body: 'Time for your morning check-in.', url: '/check-in' },
    ]);
    // Sunday 29 March, clocks went forward at 01:00 UTC: 07:30 BST is 06:30 UTC, not 07:30.
    expect(await at('2026-03-29T06:29:00.000Z')).toEqual([]);
    expect(await at('2026-03-29T06:30:10.000Z')).toHaveLength(1);
    expect(await at('2026-03-29T07:30:10.000Z')).toEqual([]);
    // 20:00 BST is 19:00 UTC.
    const evening = await at('2026-03-29T19:00:30.000Z');
    expect(evening).toEqual([
      { title: 'Evening check', body: 'How did today go? One quick question.', url: '/today' },
    ]);
    // Fired once: running again that minute (another server, or this one) sends nothing more.
    expect(await at('2026-03-29T19:00:40.000Z')).toEqual([]);

    const key = (await t.request('GET', '/api/v1/push/public-key')).json<{ publicKey: string }>().publicKey;
    t.setNow('2026-03-30T06:30:05.000Z');
    await t.app.reminders();
    await t.app.outbox.run();
    const last = service.received.at(-1);
    expect(last?.path).toBe(new URL(phone.endpoint).pathname);
    expect(last?.vapid.publicKey).toBe(key);
    expect(last?.vapid.aud).toBe(service.url);
    expect(last?.headers['content-encoding']).toBe('aes128gcm');
    expect(JSON.stringify(last?.payload)).not.toMatch(HEALTH);
  });

  it('a new time zone moves the reminders at once (America/New_York, across its March change)', async () => {
    t.setNow('2026-03-07T12:00:00.000Z');
    const me = await patientWith(t, calmDays('2026-02-25', '2026-03-07'));
    await subscribe(me);
    await reminders(me, { checkIn: '07:00' });
    await t.request('PUT', `/api/v1/patients/${me.patientId}/profile`, {
      session: me,
      body: { ...typicalProfile, timeZone: 'America/New_York' },
    });
    // Sunday 8 March: clocks go forward at 02:00 EST; 07:00 EDT is 11:00 UTC (12:00 UTC the day before).
    expect(await at('2026-03-08T07:00:30.000Z')).toEqual([]);
    expect(await at('2026-03-08T10:59:00.000Z')).toEqual([]);
    expect((await at('2026-03-08T11:00:30.000Z')).map((p) => p.title)).toEqual(['Good morning']);
  });

  it('fires every reminder due at a popular minute, batch after batch', async () => {
    t.setNow('2026-03-12T05:00:00.000Z');
    const patients = [];
    for (let i = 0; i < 5; i++) {
      const me = await patientWith(t, calmDays('2026-03-05', '2026-03-11'));
      await subscribe(me);
      await reminders(me, { checkIn: '06:45' });
      patients.push(me);
    }
    t.setNow('2026-03-12T06:45:10.000Z');
    service.received.length = 0;
    expect(await fireDueReminders(t.store, t.app.snapshots, new Date('2026-03-12T06:45:10.000Z'), 2)).toBe(5);
    await t.app.outbox.run();
    expect(
      service.received.filter((r) => (r.payload as { title: string }).title === 'Good morning'),
    ).toHaveLength(5);
  });

  it('sends no exercise reminder to a stopped patient: one gentle message that day instead', async () => {
    t.setNow('2026-03-10T05:00:00.000Z');
    const me = await patientWith(t, [...calmDays('2026-03-01', '2026-03-09'), redFlag('2026-03-09')]);
    await subscribe(me);
    await reminders(me, { checkIn: '07:00', sessions: ['09:00', '17:00'], painAfter: '20:00' });
    const day = [
      ...(await at('2026-03-10T07:00:30.000Z')),
      ...(await at('2026-03-10T09:00:30.000Z')),
      ...(await at('2026-03-10T17:00:30.000Z')),
      ...(await at('2026-03-10T20:00:30.000Z')),
    ];
    expect(day).toEqual([
      { title: 'Take it easy today', body: 'No exercises today. The app has today’s advice.', url: '/today' },
    ]);
  });

  it('on a pain-relief day: the check-in, then one gentle message instead of the exercise reminders', async () => {
    t.setNow('2026-03-10T05:00:00.000Z');
    const me = await patientWith(t, [...calmDays('2026-03-01', '2026-03-09'), morningCheck('2026-03-10', 6)]);
    await subscribe(me);
    await reminders(me, { checkIn: '06:00', sessions: ['09:00', '17:00'], painAfter: '20:00' });
    const titles = [];
    for (const time of ['06:00', '09:00', '17:00', '20:00'])
      titles.push(...(await at(`2026-03-10T${time}:30.000Z`)).map((p) => p.title));
    expect(titles).toEqual(['Good morning', 'Take it easy today']);
  });

  it('in stage 1 (two sessions a day) both session reminders come', async () => {
    t.setNow('2026-03-10T05:00:00.000Z');
    const me = await patientWith(t, calmDays('2026-03-08', '2026-03-09'));
    await subscribe(me);
    await reminders(me, { sessions: ['09:00', '17:30'] });
    const titles = [...(await at('2026-03-10T09:00:30.000Z')), ...(await at('2026-03-10T17:30:30.000Z'))].map(
      (p) => p.title,
    );
    expect(titles).toEqual(['Time for your exercises', 'Second session']);
  });

  it('a push service’s refusal (500) is retried with back-off: 30 s, then 60 s', async () => {
    t.setNow('2026-03-10T05:00:00.000Z');
    const me = await patientWith(t, calmDays('2026-03-01', '2026-03-09'));
    const flaky = await subscribe(me);
    await reminders(me, { checkIn: '06:00' });
    const path = new URL(flaky.endpoint).pathname;
    service.answer(flaky.endpoint, 500);
    expect(await at('2026-03-10T06:00:00.000Z')).toEqual([]);
    expect(await at('2026-03-10T06:00:29.000Z')).toEqual([]);
    expect(service.hits.get(path)).toBe(1);
    expect(await at('2026-03-10T06:00:30.000Z')).toEqual([]);
    expect(service.hits.get(path)).toBe(2);
    service.answer(flaky.endpoint, 201);
    expect(await at('2026-03-10T06:01:29.000Z')).toEqual([]);
    expect((await at('2026-03-10T06:01:30.000Z')).map((p) => p.title)).toEqual(['Good morning']);
    expect(service.hits.get(path)).toBe(3);
  });

  it('a push service’s 410 removes the subscription; nothing is retried', async () => {
    t.setNow('2026-03-10T05:00:00.000Z');
    const me = await patientWith(t, calmDays('2026-03-01', '2026-03-09'));
    const gone = await subscribe(me);
    await reminders(me, { checkIn: '07:00' });
    service.answer(gone.endpoint, 410);
    await at('2026-03-10T07:00:30.000Z');
    expect(service.hits.get(new URL(gone.endpoint).pathname)).toBe(1);
    const after = await t.request('GET', `/api/v1/patients/${me.patientId}/reminders`, { session: me });
    expect(after.json()).toMatchObject({ devices: 0 });
    await at('2026-03-10T09:00:00.000Z');
    await at('2026-03-11T07:00:30.000Z');
    expect(service.hits.get(new URL(gone.endpoint).pathname)).toBe(1);
  });

  it('opting out removes the browser; run-day reminders are for runners', async () => {
    const me = await patientWith(t, []);
    const mine = await subscribe(me);
    const run = await reminders(me, { run: { time: '18:00', days: [2, 4] } });
    expect(run.statusCode).toBe(400);
    expect(run.body).toContain('/run');
    const out = await t.request('DELETE', '/api/v1/push/subscriptions', {
      session: me,
      body: { endpoint: mine.endpoint },
    });
    expect(out.json()).toEqual({ removed: true });
    const other = await t.signup();
    const theirs = await t.request('GET', `/api/v1/patients/${me.patientId}/reminders`, { session: other });
    expect(theirs.statusCode).toBe(404);
  });

  it('clinicians who chose push get a red flag at once, with no health details, and the record to open', async () => {
    t.setNow('2026-03-10T12:00:00.000Z');
    const patient = await patientWith(t, calmDays('2026-03-03', '2026-03-09'));
    const wantsPush = await t.clinician([patient.patientId]);
    const mailOnly = await t.clinician([patient.patientId]);
    await t.request('PUT', '/api/v1/clinicians/me/alerts', {
      session: wantsPush,
      body: { email: [], push: ['red-flag', 'new-message'] },
    });
    await t.request('PUT', '/api/v1/clinicians/me/alerts', {
      session: mailOnly,
      body: { email: ['red-flag'], push: [] },
    });
    const phone = await subscribe(wantsPush);
    await subscribe(mailOnly);
    await t.app.snapshots.refresh(patient.patientId);
    await t.request('POST', `/api/v1/patients/${patient.patientId}/events`, {
      session: patient,
      body: { events: [redFlag('2026-03-10')] },
    });
    await t.app.snapshots.idle();
    service.received.length = 0;
    await t.app.outbox.run();
    expect(service.received.map((r) => [r.path, r.payload])).toEqual([
      [
        new URL(phone.endpoint).pathname,
        {
          title: 'A patient of yours needs attention',
          body: 'Open hamstring-rehab to see who.',
          url: `/clinic/patients/${patient.patientId}`,
        },
      ],
    ]);
  });
});
