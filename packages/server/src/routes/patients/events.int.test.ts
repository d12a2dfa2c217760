import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { morningCheck, session } from '../../../test/fixtures.js';

describe('event routes', () => {
  let t: TestApp;
  let me: Session;
  let url: string;
  const stored = async () => (await t.store.listEvents(me.patientId)).length;
  const problems = (response: LightMyRequestResponse) => response.json<{ problems: unknown[] }>().problems;

  beforeEach(async () => {
    t = await testApp();
    me = await t.signup();
    url = `/api/v1/patients/${me.patientId}/events`;
  });
  afterEach(async () => {
    await t.close();
  });

  it('appends one event and lists it with its id', async () => {
    const event = morningCheck('2026-03-02', 3);
    const post = await t.request('POST', url, { session: me, body: event });
    expect(post.statusCode).toBe(201);
    expect(post.json()).toEqual({ stored: 1, duplicates: 0 });
    const list = await t.request('GET', url, { session: me });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ events: [event] });
  });

  it('refuses events dated later than the day after the server’s today, naming each, and stores none', async () => {
    // The test app's clock says 2026-03-10T12:00Z: 2026-03-11 is allowed, 2026-03-12 is not.
    const batch = {
      events: [morningCheck('2026-03-11', 2), morningCheck('2026-03-12', 2), session('4536-10-02', 3)],
    };
    const post = await t.request('POST', url, { session: me, body: batch });
    expect(post.statusCode).toBe(400);
    expect(problems(post)).toEqual([
      { path: 'events[1].date', message: 'must not be later than 2026-03-11 (the day after today)' },
      { path: 'events[2].date', message: 'must not be later than 2026-03-11 (the day after today)' },
    ]);
    expect(await stored()).toBe(0);
    const one = await t.request('POST', url, { session: me, body: morningCheck('2026-03-12', 2) });
    expect(problems(one)).toEqual([
      { path: 'date', message: 'must not be later than 2026-03-11 (the day after today)' },
    ]);
    t.setNow('2026-03-11T08:00:00.000Z');
    const later = await t.request('POST', url, { session: me, body: morningCheck('2026-03-12', 2) });
    expect(later.statusCode).toBe(201);
    const ancient = await t.request('POST', url, { session: me, body: morningCheck('0099-12-31', 2) });
    expect(ancient.statusCode).toBe(201);
  });

  it('stores a batch sent twice exactly once', async () => {
    const batch = {
      events: [morningCheck('2026-03-02', 2), session('2026-03-02', 3), morningCheck('2026-03-03', 2)],
    };
    const first = await t.request('POST', url, { session: me, body: batch });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ stored: 3, duplicates: 0 });
    const retry = await t.request('POST', url, { session: me, body: batch });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ stored: 0, duplicates: 3 });
    expect(await stored()).toBe(3);
  });

  it('treats a retry with keys in another order, or the id in capitals, as the same event', async () => {
    const event = session('2026-03-02', 3);
    await t.request('POST', url, { session: me, body: event });
    const reordered = {
      painAfter: 3,
      exercises: event.exercises,
      painDuring: 3,
      date: event.date,
      type: 'session',
    };
    const retry = await t.request('POST', url, {
      session: me,
      body: { ...reordered, id: event.id.toUpperCase() },
    });
    expect(retry.json()).toEqual({ stored: 0, duplicates: 1 });
    expect(await stored()).toBe(1);
  });

  it('lists events by date, events of one day in the order received', async () => {
    const a = morningCheck('2026-03-03', 1);
    const b = session('2026-03-02', 2);
    const c = session('2026-03-03', 4);
    await t.request('POST', url, { session: me, body: { events: [a, b] } });
    await t.request('POST', url, { session: me, body: c });
    const list = await t.request('GET', url, { session: me });
    expect(list.json<{ events: { id: string }[] }>().events.map((e) => e.id)).toEqual([b.id, a.id, c.id]);
  });

  it('checks the whole batch first: one bad event stores nothing, and each problem is named', async () => {
    const batch = {
      events: [
        morningCheck('2026-03-02', 2),
        { ...morningCheck('2026-02-30', 2) },
        { ...morningCheck('2026-03-03', 2), score: 11 },
        { type: 'morning-check', date: '2026-03-04', score: 1 },
        { ...morningCheck('2026-03-05', 1), id: 'not-a-uuid' },
        { id: randomUUID(), type: 'teleport', date: '2026-03-05' },
      ],
    };
    const response = await t.request('POST', url, { session: me, body: batch });
    expect(response.statusCode).toBe(400);
    expect(problems(response)).toEqual(
      expect.arrayContaining([
        { path: 'events[1].date', message: '2026-02-30 is not a real date' },
        { path: 'events[2].score', message: 'must be at most 10' },
        { path: 'events[3].id', message: 'is required' },
        { path: 'events[4].id', message: 'must be a UUID' },
        expect.objectContaining({ path: 'events[5].type' }),
      ]),
    );
    expect(problems(response).some((p) => (p as { path: string }).path.startsWith('events[0]'))).toBe(false);
    expect(await stored()).toBe(0);
  });

  it('names the field of a single bad event without a prefix', async () => {
    const response = await t.request('POST', url, {
      session: me,
      body: { ...morningCheck('2026-03-02', 2), score: -1 },
    });
    expect(response.statusCode).toBe(400);
    expect(problems(response)).toEqual([{ path: 'score', message: 'must be at least 0' }]);
  });

  it('refuses bodies of the wrong shape', async () => {
    const cases: [unknown, unknown][] = [
      [{ events: [] }, { path: 'events', message: 'must hold at least 1 event' }],
      [{ events: 'x' }, { path: 'events', message: 'must be an array' }],
      [{ events: [1] }, { path: 'events[0]', message: 'must be an object' }],
      [[morningCheck('2026-03-02', 1)], { path: '(body)', message: 'must be an object' }],
      [
        { events: Array.from({ length: 1001 }, () => morningCheck('2026-03-02', 1)) },
        { path: 'events', message: 'must hold at most 1000 events' },
      ],
      [
        { events: [morningCheck('2026-03-02', 1)], extra: true },
        { path: 'extra', message: 'is not a known field' },
      ],
    ];
    for (const [body, problem] of cases) {
      const response = await t.request('POST', url, { session: me, body });
      expect(response.statusCode).toBe(400);
      expect(problems(response)).toContainEqual(problem);
    }
    const empty = await t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: me.cookie, origin: 'http://localhost' },
    });
    expect(empty.statusCode).toBe(400);
    expect(await stored()).toBe(0);
  });

  it('answers 409 for an id already used with different content, storing nothing of the batch', async () => {
    const original = morningCheck('2026-03-02', 2);
    await t.request('POST', url, { session: me, body: original });
    const response = await t.request('POST', url, {
      session: me,
      body: { events: [morningCheck('2026-03-03', 1), { ...original, score: 9 }] },
    });
    expect(response.statusCode).toBe(409);
    expect(problems(response)).toEqual([
      { path: 'events[1].id', message: 'is already used by an event with different content' },
    ]);
    expect(await stored()).toBe(1);
    const single = await t.request('POST', url, { session: me, body: { ...original, score: 8 } });
    expect(problems(single)).toEqual([
      { path: 'id', message: 'is already used by an event with different content' },
    ]);
  });

  it('keeps clinician events for clinicians', async () => {
    const action = { id: randomUUID(), type: 'clinician', date: '2026-03-03', action: 'clear-screening' };
    const response = await t.request('POST', url, {
      session: me,
      body: { events: [morningCheck('2026-03-02', 1), action] },
    });
    expect(response.statusCode).toBe(403);
    expect(problems(response)).toEqual([
      { path: 'events[1].type', message: 'clinician events are recorded by a clinician' },
    ]);
    expect(await stored()).toBe(0);
  });

  it('answers 413 for a body over the limit, storing nothing', async () => {
    const note = 'x'.repeat(2000);
    const events = Array.from({ length: 600 }, (_, i) => ({
      ...session(`2026-03-0${String(1 + (i % 9))}`, 1),
      note,
    }));
    const response = await t.request('POST', url, { session: me, body: { events } });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ error: 'request body is too large' });
    expect(await stored()).toBe(0);
  });
});
