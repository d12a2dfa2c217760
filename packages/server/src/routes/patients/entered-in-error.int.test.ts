import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { calmDays, patientWith } from '../../../test/histories.js';

const problems = (response: LightMyRequestResponse) => response.json<{ problems: unknown[] }>().problems;

interface Mark {
  reason: string;
  markedBy: string | null;
  markedByEmail: string | null;
  markedAt: string;
}
interface Item {
  kind: 'event' | 'note' | 'decision';
  date: string;
  event?: { id: string; type: string };
  enteredInError?: Mark;
  note?: { id: string; text: string; enteredInError?: Mark };
  change?: string;
  stage?: number | null;
  rules?: string[];
  reasons?: string[];
}
interface Timeline {
  asOf: string;
  total: number;
  items: Item[];
}

/** Issue 12, ADR 129: past-dated entries, entries marked entered in error, and the timeline's filter. */
describe('a history you can trust', () => {
  let t: TestApp;
  let patient: Session;
  let clinician: Session;
  let base: string;
  beforeEach(async () => {
    t = await testApp();
    // now is 2026-03-10; the screening is dated 2026-03-02
    patient = await patientWith(t, calmDays('2026-03-02', '2026-03-09'));
    clinician = await t.clinician([patient.patientId]);
    base = `/api/v1/patients/${patient.patientId}`;
  });
  afterEach(async () => {
    await t.close();
  });

  const post = (path: string, body: unknown, session: Session = clinician) =>
    t.request('POST', `${base}/${path}`, { session, body });
  const timeline = async (query = '', session: Session = clinician) =>
    (await t.request('GET', `${base}/timeline${query}`, { session })).json<Timeline>();
  const stage = async () =>
    (await t.request('GET', `${base}/decision`, { session: patient })).json<{ stage: number }>().stage;
  const actions = async () =>
    (await t.request('GET', `${base}/audit`, { session: patient }))
      .json<{ entries: { action: string; actorId: string }[] }>()
      .entries.map((e) => e.action);

  it('filters the timeline by kind on the server and pages it from the newest', async () => {
    await post('notes', { kind: 'taping', text: 'Taped.\nCheck the skin tomorrow.', date: '2026-03-04' });
    await post('events', {
      id: crypto.randomUUID(),
      type: 'load-test',
      date: '2026-03-05',
      test: 'arabesque',
      pain: 2,
      side: 'left',
    });
    const tests = await timeline('?kinds=tests,notes');
    expect(tests.items.map((i) => [i.kind, i.date])).toEqual([
      ['note', '2026-03-04'],
      ['event', '2026-03-05'],
    ]);
    expect(tests.items[0]?.note?.text).toBe('Taped.\nCheck the skin tomorrow.');
    expect(tests.total).toBe(2);

    const sessions = await timeline('?kinds=sessions');
    expect(sessions.total).toBe(7);
    expect(new Set(sessions.items.map((i) => i.event?.type))).toEqual(new Set(['session']));
    const pain = await timeline('?kinds=pain');
    expect(new Set(pain.items.map((i) => i.event?.type))).toEqual(new Set(['morning-check']));

    const all = await timeline('?limit=1000');
    const newest = await timeline('?limit=5');
    expect(newest.total).toBe(all.total);
    expect(newest.items).toEqual(all.items.slice(-5));
    const older = await timeline('?limit=5&offset=5');
    expect(older.items).toEqual(all.items.slice(-10, -5));
    expect((await timeline(`?offset=${String(all.total)}`)).items).toEqual([]);

    expect(
      problems(await t.request('GET', `${base}/timeline?kinds=pain,gossip`, { session: clinician })),
    ).toEqual([{ path: 'kinds', message: expect.stringContaining('') as string }]);
    expect((await t.request('GET', `${base}/timeline?limit=0`, { session: clinician })).statusCode).toBe(400);
  });

  it('gives every decision of the page the engine’s reasons in words, holds included', async () => {
    const decisions = (await timeline('?kinds=decisions&limit=100')).items;
    expect(decisions.length).toBeGreaterThan(1);
    expect(decisions.every((d) => d.kind === 'decision')).toBe(true);
    for (const d of decisions) {
      expect(d.reasons?.length, `${d.date} ${d.change ?? ''}`).toBeGreaterThan(0);
      for (const r of d.reasons ?? []) expect(r).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
  });

  it('takes past-dated entries from the patient’s start to today, naming the field otherwise', async () => {
    const loadTest = (date: string) => ({
      id: crypto.randomUUID(),
      type: 'load-test',
      date,
      test: 'arabesque',
      pain: 1,
    });
    expect(problems(await post('events', loadTest('2026-03-11')))).toEqual([
      { path: 'date', message: 'must not be after today (2026-03-10)' },
    ]);
    expect(
      problems(await post('events', { events: [loadTest('2026-03-05'), loadTest('2026-02-20')] })),
    ).toEqual([{ path: 'events[1].date', message: 'must not be before the patient’s start (2026-03-02)' }]);
    expect(problems(await post('notes', { kind: 'other', text: 'x', date: '2026-03-01' }))).toEqual([
      { path: 'date', message: 'must not be before the patient’s start (2026-03-02)' },
    ]);
    expect(
      problems(await post('clinician-actions', { action: 'review', note: 'x', date: '2026-02-01' })),
    ).toEqual([{ path: 'date', message: 'must not be before the patient’s start (2026-03-02)' }]);
    expect(
      (await t.request('GET', `${base}/events`, { session: patient })).json<{ events: unknown[] }>().events,
    ).toHaveLength(15);

    // A load test from last week's appointment and a stage set back then: the replay takes them on their days.
    expect((await post('events', loadTest('2026-03-03'))).statusCode).toBe(201);
    const set = await post('clinician-actions', {
      action: 'set-stage',
      stage: 2,
      note: 'Seen on the 4th.',
      date: '2026-03-04',
    });
    expect(set.statusCode).toBe(201);
    const items = (await timeline('?from=2026-03-03&kinds=tests,clinician,decisions')).items;
    expect(items[0]).toMatchObject({ kind: 'event', date: '2026-03-03', event: { type: 'load-test' } });
    const day4 = items.filter((i) => i.kind === 'decision' && i.date === '2026-03-04');
    expect(day4.find((i) => i.rules?.includes('clinician-set-stage'))).toMatchObject({
      change: 'advance',
      stage: 2,
    });
    expect(await stage()).toBe(2);
  });

  it('marks an override entered in error with a reason: kept, struck from the case, audited', async () => {
    const before = await stage();
    expect(before).toBeLessThan(3);
    const set = await post('clinician-actions', {
      action: 'set-stage',
      stage: 3,
      note: 'Meant for another patient.',
    });
    const { id } = set.json<{ id: string }>();
    expect(await stage()).toBe(3);

    const path = `events/${id}/entered-in-error`;
    expect(problems(await post(path, {}))).toEqual([{ path: 'reason', message: 'is required' }]);
    expect((await post(path, { reason: 'Wrong patient.' }, patient)).statusCode).toBe(403);
    expect((await post(path, { reason: 'Wrong patient.' }, await t.clinician())).statusCode).toBe(404);
    t.setNow('2026-03-10T15:00:00.000Z');
    const marked = await post(path, { reason: ' Wrong patient. ' });
    expect(marked.statusCode).toBe(201);
    expect(marked.json()).toEqual({
      reason: 'Wrong patient.',
      markedBy: clinician.userId,
      markedByEmail: expect.stringContaining('@') as string,
      markedAt: '2026-03-10T15:00:00.000Z',
    });
    const again = await post(path, { reason: 'Another reason.' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(marked.json());

    // The decision no longer follows it; the patient's device no longer gets it; the record keeps it.
    expect(await stage()).toBe(before);
    const events = (await t.request('GET', `${base}/events`, { session: patient })).json<{
      events: { id: string }[];
    }>().events;
    expect(events.map((e) => e.id)).not.toContain(id);
    const shown = (await timeline('?kinds=clinician')).items;
    expect(shown).toEqual([
      expect.objectContaining({
        event: expect.objectContaining({ id }) as unknown,
        enteredInError: marked.json<Mark>(),
      }),
    ]);
    expect((await timeline('?kinds=decisions')).items.some((i) => i.stage === 3)).toBe(false);
    const exported = (await t.request('GET', `${base}/export`, { session: patient })).json<{
      events: { id: string }[];
      eventsEnteredInError: { event: { id: string }; enteredInError: Mark }[];
    }>();
    expect(exported.events.map((e) => e.id)).not.toContain(id);
    expect(exported.eventsEnteredInError).toEqual([
      { event: expect.objectContaining({ id, stage: 3 }) as unknown, enteredInError: marked.json<Mark>() },
    ]);
    expect(await actions()).toEqual(
      expect.arrayContaining(['clinician-actions.write', 'events.entered-in-error']),
    );

    const session = events[0]?.id ?? '';
    expect(problems(await post(`events/${session}/entered-in-error`, { reason: 'x' }))).toEqual([
      {
        path: 'eventId',
        message:
          'is a morning-check the patient recorded: only clinician actions, load tests and function checks can be marked entered in error',
      },
    ]);
    expect((await post(`events/${crypto.randomUUID()}/entered-in-error`, { reason: 'x' })).statusCode).toBe(
      404,
    );
  });

  it('marks a treatment note entered in error: the patient reads it as withdrawn, with the reason', async () => {
    const note = (await post('notes', { kind: 'dry-needling', text: 'Needled the left side.' })).json<{
      id: string;
    }>();
    const marked = await post(`notes/${note.id}/entered-in-error`, {
      reason: 'Not done: the patient declined.',
    });
    expect(marked.statusCode).toBe(201);
    const notes = (await t.request('GET', `${base}/notes`, { session: patient })).json<{
      notes: { id: string; text: string; enteredInError?: Mark }[];
    }>().notes;
    expect(notes).toEqual([
      expect.objectContaining({
        id: note.id,
        text: 'Needled the left side.',
        enteredInError: expect.objectContaining({ reason: 'Not done: the patient declined.' }) as unknown,
      }),
    ]);
    expect((await timeline('?kinds=notes')).items[0]?.note?.enteredInError?.reason).toBe(
      'Not done: the patient declined.',
    );
    expect(await actions()).toEqual(expect.arrayContaining(['notes.write', 'notes.entered-in-error']));
    expect((await post(`notes/${crypto.randomUUID()}/entered-in-error`, { reason: 'x' })).statusCode).toBe(
      404,
    );
    expect(await t.store.listNotes(patient.patientId)).toHaveLength(1);
  });
});
