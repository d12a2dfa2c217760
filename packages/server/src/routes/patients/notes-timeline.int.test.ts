import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { calmDays, patientWith } from '../../../test/histories.js';

const problems = (response: LightMyRequestResponse) => response.json<{ problems: unknown[] }>().problems;

interface Item {
  kind: 'event' | 'note' | 'decision';
  date: string;
  event?: { type: string; note?: string };
  note?: { text: string };
  change?: string;
  stage?: number | null;
  rules?: string[];
}

describe('treatment notes and the timeline', () => {
  let t: TestApp;
  let patient: Session;
  let clinician: Session;
  let base: string;
  beforeEach(async () => {
    t = await testApp();
    patient = await patientWith(t, calmDays('2026-03-02', '2026-03-06'));
    clinician = await t.clinician([patient.patientId]);
    base = `/api/v1/patients/${patient.patientId}`;
  });
  afterEach(async () => {
    await t.close();
  });

  const note = (body: unknown, session: Session = clinician) =>
    t.request('POST', `${base}/notes`, { session, body });

  it('stores a note once under its client id: a retry answers 200 with the first, another note’s id 409', async () => {
    const id = '0b6f7a8e-2c41-4f7e-9d3a-5e1f2a3b4c5d';
    const first = await note({ id, kind: 'taping', text: 'Taped the hamstring.' });
    expect(first.statusCode).toBe(201);
    const again = await note({ id, kind: 'taping', text: 'Taped the hamstring.' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const list = await t.request('GET', `${base}/notes`, { session: patient });
    expect(list.json<{ notes: unknown[] }>().notes).toHaveLength(1);

    const other = await patientWith(t, calmDays('2026-03-02', '2026-03-03'));
    const otherClinician = await t.clinician([other.patientId]);
    const clash = await t.request('POST', `/api/v1/patients/${other.patientId}/notes`, {
      session: otherClinician,
      body: { id, kind: 'other', text: 'Someone else’s id.' },
    });
    expect(clash.statusCode).toBe(409);
    expect(problems(clash)).toEqual([{ path: 'id', message: 'is already used by another note' }]);
  });

  it('lets a linked clinician add notes that the patient reads but cannot write', async () => {
    const html = '<script>alert("x")</script> & taping <b>bold</b>';
    const first = await note({ kind: 'taping', text: html, date: '2026-03-05' });
    expect(first.statusCode).toBe(201);
    expect(first.headers['content-type']).toContain('application/json');
    expect(first.json()).toMatchObject({
      kind: 'taping',
      text: html,
      date: '2026-03-05',
      authorId: clinician.userId,
    });
    await note({ kind: 'education', text: 'Load management and sitting.' });
    const list = await t.request('GET', `${base}/notes`, { session: patient });
    expect(list.json<{ notes: { kind: string; text: string; authorEmail: string }[] }>().notes).toMatchObject(
      [
        { kind: 'taping', text: html },
        {
          kind: 'education',
          text: 'Load management and sitting.',
          authorEmail: expect.stringContaining('@') as string,
        },
      ],
    );
    const self = await note({ kind: 'other', text: 'I did it myself' }, patient);
    expect(self.statusCode).toBe(403);
    expect((await note({ kind: 'other', text: 'x' }, await t.clinician())).statusCode).toBe(404);
    expect((await t.request('GET', `${base}/notes`, { session: await t.signup() })).statusCode).toBe(404);
    expect(await t.store.listNotes(patient.patientId)).toHaveLength(2);
  });

  it('names each bad field and stores nothing', async () => {
    expect(problems(await note({ kind: 'massage', text: '' }))).toEqual(
      expect.arrayContaining([
        {
          path: 'kind',
          message: 'must be one of "soft-tissue", "taping", "dry-needling", "education", "other"',
        },
        { path: 'text', message: 'must not be empty' },
      ]),
    );
    expect(problems(await note({ kind: 'other', text: 'x'.repeat(4001) }))).toEqual([
      { path: 'text', message: 'must be at most 4000 characters' },
    ]);
    expect(problems(await note({ kind: 'other', text: 'x', date: '2026-03-11' }))).toEqual([
      { path: 'date', message: 'must not be after today (2026-03-10)' },
    ]);
    expect(problems(await note({ kind: 'other', text: 'x', author: 'me' }))).toEqual([
      { path: 'author', message: 'is not a known field' },
    ]);
    expect(await t.store.listNotes(patient.patientId)).toEqual([]);
  });

  it('merges events, notes and the engine’s decision history by date, for the patient and the clinician', async () => {
    await note({ kind: 'soft-tissue', text: 'Massage of the hamstring belly.', date: '2026-03-04' });
    await t.request('POST', `${base}/clinician-actions`, {
      session: clinician,
      body: { action: 'set-stage', stage: 2, note: 'Ready for isotonics.', date: '2026-03-08' },
    });
    const response = await t.request('GET', `${base}/timeline`, { session: patient });
    expect(response.statusCode).toBe(200);
    const { asOf, items } = response.json<{ asOf: string; items: Item[] }>();
    expect(asOf).toBe('2026-03-10');
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect(items[0]).toMatchObject({ kind: 'event', date: '2026-03-02' });
    const day4 = items.filter((i) => i.date === '2026-03-04').map((i) => i.kind);
    expect(day4.indexOf('note')).toBeGreaterThan(day4.lastIndexOf('event'));
    expect(items.find((i) => i.kind === 'decision' && i.date === '2026-03-02')).toMatchObject({
      change: 'start',
      stage: 1,
    });
    const setStage = items.filter((i) => i.date === '2026-03-08');
    expect(setStage.map((i) => i.kind)).toEqual(['event', 'decision']);
    expect(setStage[0]?.event).toMatchObject({ type: 'clinician', note: 'Ready for isotonics.' });
    expect(setStage[1]).toMatchObject({ change: 'advance', stage: 2, rules: ['clinician-set-stage'] });
    const clinicians = await t.request('GET', `${base}/timeline?from=2026-03-08`, { session: clinician });
    expect(clinicians.json<{ items: Item[] }>().items.map((i) => i.kind)).toEqual(['event', 'decision']);
    expect(problems(await t.request('GET', `${base}/timeline?from=soon`, { session: patient }))).toEqual([
      { path: 'from', message: 'must be a date written YYYY-MM-DD' },
    ]);
  });

  it('has only events while the case is incomplete', async () => {
    const fresh = await t.signup();
    const response = await t.request('GET', `/api/v1/patients/${fresh.patientId}/timeline`, {
      session: fresh,
    });
    expect(response.json()).toEqual({ asOf: '2026-03-10', total: 0, items: [] });
  });

  it('records the clinician’s reads and writes in the patient’s audit log', async () => {
    await note({ kind: 'education', text: 'x' });
    await t.request('GET', `${base}/notes`, { session: clinician });
    await t.request('GET', `${base}/timeline`, { session: clinician });
    await t.request('GET', `${base}/timeline`, { session: patient });
    const audit = await t.request('GET', `${base}/audit`, { session: patient });
    expect(audit.json<{ entries: { action: string }[] }>().entries.map((e) => e.action)).toEqual([
      'timeline.read',
      'notes.read',
      'notes.write',
    ]);
  });
});
