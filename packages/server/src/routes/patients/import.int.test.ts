import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionCookie, testApp, type Session, type TestApp } from '../../../test/app.js';
import {
  importBody,
  morningCheck,
  twoGreenDays,
  typicalProfile,
  typicalScreening,
} from '../../../test/fixtures.js';
import { DEMO_CLINICIAN, DEMO_PASSWORD, PERSONAS } from '../../demo/personas.js';
import { seedDemo } from '../../demo/seed-demo.js';

interface Export {
  version: number;
  events: { id: string; type: string }[];
  eventOrigins: { eventId: string; receivedAt: string; by: string | null; imported: boolean }[];
  decision: unknown;
  audit: { action: string; actorRole: string }[] | null;
  [key: string]: unknown;
}

describe('POST /api/v1/patients/{patientId}/import', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const login = async (email: string): Promise<Session> => {
    const response = await t.request('POST', '/api/v1/auth/login', {
      body: { email, password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const me = response.json<{ id: string; patientId: string | null }>();
    return { cookie: sessionCookie(response), userId: me.id, patientId: me.patientId ?? '' };
  };
  const exportOf = async (who: Session) => {
    const response = await t.request('GET', `/api/v1/patients/${who.patientId}/export`, { session: who });
    expect(response.statusCode).toBe(200);
    return response.json<Export>();
  };
  const importInto = (who: Session, body: unknown) =>
    t.request('POST', `/api/v1/patients/${who.patientId}/import`, { session: who, body });
  const decisionOf = async (who: Session) => {
    await t.app.snapshots.idle();
    const response = await t.request('GET', `/api/v1/patients/${who.patientId}/decision`, { session: who });
    expect(response.statusCode).toBe(200);
    return response.json<unknown>();
  };

  it('round trip: every demo patient’s export restored into a new account gives the same decision', async () => {
    await seedDemo(t.store, new Date('2026-03-10T12:00:00.000Z'));
    const doc = await login(DEMO_CLINICIAN);
    for (const persona of PERSONAS) {
      const original = await login(persona.email);
      // A clinician action recorded here, so that the export says who made it.
      const action = await t.request('POST', `/api/v1/patients/${original.patientId}/clinician-actions`, {
        session: doc,
        body: { action: 'review', note: `Reviewed ${persona.key} at the clinic.` },
      });
      expect(action.statusCode).toBe(201);
      // An action entered in error: kept in the log, out of the case; restored without its mark, the
      // decision would change.
      const base = `/api/v1/patients/${original.patientId}`;
      const wrong = await t.request('POST', `${base}/clinician-actions`, {
        session: doc,
        body: { action: 'set-ceiling', painCeiling: 3, note: 'Meant for another patient.' },
      });
      const mark = await t.request(
        'POST',
        `${base}/events/${wrong.json<{ id: string }>().id}/entered-in-error`,
        {
          session: doc,
          body: { reason: 'Recorded on the wrong patient.' },
        },
      );
      expect(mark.statusCode, mark.body).toBeLessThan(300);
      const exported = await exportOf(original);
      expect(exported.eventsEnteredInError).toHaveLength(1);
      expect(exported.decision).toEqual(await decisionOf(original));

      const fresh = await t.signup();
      const restored = await importInto(fresh, exported);
      expect(restored.statusCode, restored.body).toBe(201);
      const all = exported.events.length + 1;
      expect(restored.json()).toEqual({ stored: all, duplicates: 0 });
      expect(await decisionOf(fresh)).toEqual(exported.decision);

      const again = await importInto(fresh, exported);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual({ stored: 0, duplicates: all });
      expect(await decisionOf(fresh)).toEqual(exported.decision);

      const second = await exportOf(fresh);
      expect(second.events).toEqual(exported.events);
      expect(second.eventsEnteredInError).toEqual([
        {
          event: (exported.eventsEnteredInError as { event: unknown }[])[0]?.event,
          enteredInError: expect.objectContaining({
            reason: `Recorded on the wrong patient. (marked by ${DEMO_CLINICIAN} in the exporting account; imported)`,
            markedBy: null,
          }) as unknown,
        },
      ]);
      const review = second.events.find(
        (e) => e.type === 'clinician' && e.id === action.json<{ id: string }>().id,
      );
      expect(second.eventOrigins.find((o) => o.eventId === review?.id)).toEqual({
        eventId: review?.id,
        receivedAt: '2026-03-10T12:00:00.000Z',
        by: `${DEMO_CLINICIAN} (Demo Clinic (sample data))`,
        imported: true,
      });
      expect(second.eventOrigins.every((o) => o.imported)).toBe(true);
      // Treatment notes come back too, marked imported with their author and time (new ids: ids are unique
      // across the server).
      const notes = exported.notes as { id: string; text: string; authorEmail: string; createdAt: string }[];
      expect(notes.length).toBeGreaterThan(0);
      const restoredNotes = second.notes as { id: string; text: string; authorEmail: string | null }[];
      expect(
        restoredNotes.map((n) => [n.text, n.authorEmail, (n as { imported?: unknown }).imported]),
      ).toEqual(notes.map((n) => [n.text, null, { by: n.authorEmail, at: n.createdAt }]));
      expect(restoredNotes.map((n) => n.id)).not.toContain(notes[0]?.id);
      expect(second.audit?.filter((e) => e.action === 'import.write')).toEqual([
        expect.objectContaining({ actorRole: 'patient' }),
        expect.objectContaining({ actorRole: 'patient' }),
      ]);
    }
  });

  it('refuses an account that has data of its own, and changes nothing', async () => {
    const source = await t.signup();
    const base = `/api/v1/patients/${source.patientId}`;
    await t.request('PUT', `${base}/profile`, { session: source, body: typicalProfile });
    await t.request('PUT', `${base}/screening`, { session: source, body: typicalScreening });
    await t.request('POST', `${base}/events`, { session: source, body: { events: twoGreenDays() } });
    const exported = await exportOf(source);

    const busy = await t.signup();
    await t.request('POST', `/api/v1/patients/${busy.patientId}/events`, {
      session: busy,
      body: { id: randomUUID(), type: 'sitting', date: '2026-03-05', minutes: 20 },
    });
    const before = await t.dump();
    const refused = await importInto(busy, exported);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: string }>().error).toMatch(/already has data/);
    expect(await t.dump()).toEqual(before);
    // Its own export back into itself is refused too: those events were not imported.
    expect((await importInto(source, exported)).statusCode).toBe(409);
  });

  it('checks the whole export first, naming the path, and stores nothing', async () => {
    const source = await t.signup();
    const base = `/api/v1/patients/${source.patientId}`;
    await t.request('PUT', `${base}/profile`, { session: source, body: typicalProfile });
    await t.request('PUT', `${base}/screening`, { session: source, body: typicalScreening });
    await t.request('POST', `${base}/events`, { session: source, body: { events: twoGreenDays() } });
    const exported = await exportOf(source);
    const fresh = await t.signup();
    const before = await t.dump();
    const problems = async (body: unknown) => {
      const response = await importInto(fresh, body);
      expect(response.statusCode).toBe(400);
      return response.json<{ problems: { path: string; message: string }[] }>().problems;
    };
    const events = exported.events.map((e, i) => (i === 2 ? { ...e, score: 11 } : e));
    expect(await problems({ ...exported, events })).toEqual([
      { path: 'events[2].score', message: 'must be at most 10' },
    ]);
    expect(await problems({ ...exported, format: 'csv' })).toEqual([
      { path: 'format', message: 'must be "hamstring-rehab-export"' },
    ]);
    expect(
      await problems({ ...exported, profile: { ...(exported.profile as object), timeZone: 'Mars/Base' } }),
    ).toEqual([
      { path: 'profile.timeZone', message: 'must be an IANA time zone name, such as Europe/London or UTC' },
    ]);
    expect(
      await problems({ ...exported, eventOrigins: [{ ...exported.eventOrigins[0], eventId: randomUUID() }] }),
    ).toEqual([{ path: 'eventOrigins[0].eventId', message: 'is not an event of the export' }]);
    expect(
      await problems({
        ...exported,
        events: [...exported.events, { ...exported.events[0], date: '2026-03-01' }],
      }),
    ).toEqual([{ path: 'events[5].id', message: 'is also the id of events[0]' }]);
    const withoutEvents: Record<string, unknown> = { ...exported };
    delete withoutEvents.events;
    expect(await problems(withoutEvents)).toEqual([{ path: 'events', message: 'is required' }]);
    expect(await t.dump()).toEqual(before);
  });

  it('takes an export larger than the usual 1 MiB body limit', async () => {
    const note = 'Felt fine; sat through a long meeting. '.repeat(50);
    const events = Array.from({ length: 600 }, (_, i) => ({
      id: randomUUID(),
      type: 'session',
      date: `2026-0${String(1 + Math.floor(i / 300))}-${String(1 + (i % 28)).padStart(2, '0')}`,
      painDuring: 2,
      note,
    }));
    const body = { ...importBody(), events };
    expect(JSON.stringify(body).length).toBeGreaterThan(1_048_576);
    const fresh = await t.signup();
    const response = await importInto(fresh, body);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
    expect(response.json()).toEqual({ stored: 600, duplicates: 0 });
  });

  it('restores a version-1 export (no origins): its events marked imported at the export’s time', async () => {
    const source = await t.signup();
    const base = `/api/v1/patients/${source.patientId}`;
    await t.request('PUT', `${base}/profile`, { session: source, body: typicalProfile });
    await t.request('PUT', `${base}/screening`, { session: source, body: typicalScreening });
    await t.request('POST', `${base}/events`, { session: source, body: { events: twoGreenDays() } });
    const { decision, events, exportedAt, patientId, profile, screening, messages } = await exportOf(source);
    const v1 = {
      format: 'hamstring-rehab-export',
      version: 1,
      exportedAt,
      patientId,
      profile,
      screening,
      events,
      decision,
      messages,
    };
    const fresh = await t.signup();
    expect((await importInto(fresh, v1)).statusCode).toBe(201);
    expect(await decisionOf(fresh)).toEqual(decision);
    const origins = (await exportOf(fresh)).eventOrigins;
    expect(origins.map((o) => [o.by, o.receivedAt, o.imported])).toEqual(
      events.map(() => [null, exportedAt, true]),
    );
  });
  it('marks restored events and treatment notes in the timeline with who recorded them, there', async () => {
    const review = {
      id: randomUUID(),
      type: 'clinician',
      date: '2026-03-09',
      action: 'review',
      note: 'Seen.',
    };
    const body = {
      ...importBody(),
      events: [...importBody().events, review],
      eventOrigins: [
        {
          eventId: review.id,
          receivedAt: '2026-03-09T10:00:00.000Z',
          by: 'dr@old.example (Old Clinic)',
          imported: false,
        },
      ],
      notes: [
        {
          id: randomUUID(),
          kind: 'taping',
          text: 'Taped.',
          date: '2026-03-09',
          createdAt: '2026-03-09T10:05:00.000Z',
          authorId: randomUUID(),
          authorEmail: 'dr@old.example',
        },
      ],
    };
    const fresh = await t.signup();
    const restored = await importInto(fresh, body);
    expect(restored.statusCode, restored.body).toBe(201);
    const here = morningCheck('2026-03-10', 2);
    const base = `/api/v1/patients/${fresh.patientId}`;
    expect(
      (await t.request('POST', `${base}/events`, { session: fresh, body: { events: [here] } })).statusCode,
    ).toBe(201);
    const timeline = await t.request('GET', `${base}/timeline?kinds=pain,clinician,notes`, {
      session: fresh,
    });
    expect(timeline.statusCode, timeline.body).toBe(200);
    const items = timeline.json<{
      items: {
        kind: string;
        event?: { id: string };
        note?: { text: string; imported: unknown };
        imported?: unknown;
      }[];
    }>().items;
    const eventItem = (id: string) => items.find((i) => i.event?.id === id);
    expect(eventItem(review.id)?.imported).toEqual({
      by: 'dr@old.example (Old Clinic)',
      at: '2026-03-09T10:00:00.000Z',
    });
    // An event the export named no one for is marked imported at the export's time, with no author.
    expect(eventItem(body.events[0]?.id ?? '')?.imported).toEqual({ by: null, at: body.exportedAt });
    expect(eventItem(here.id)).toBeDefined();
    expect(eventItem(here.id)).not.toHaveProperty('imported');
    expect(items.find((i) => i.kind === 'note')?.note).toMatchObject({
      text: 'Taped.',
      imported: { by: 'dr@old.example', at: '2026-03-09T10:05:00.000Z' },
    });
  });
});
