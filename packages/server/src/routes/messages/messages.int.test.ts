import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../../test/app.js';
import { storeTargets } from '../../../test/stores.js';

interface Thread {
  messages: { id: string; authorRole: string; mine: boolean; text: string; authorEmail: string | null }[];
  unread: number;
}

/** Issue 13: a thread per patient between the patient and their linked clinicians. */
describe.each(storeTargets())('secure messages ($name)', (target) => {
  let t: TestApp;
  let patient: Session;
  let doc: Session;
  beforeAll(async () => {
    t = await testApp({}, await target.open());
    patient = await t.signup('writer@example.org');
    doc = await t.clinician([patient.patientId]);
  });
  afterAll(async () => {
    await t.close();
  });

  const url = () => `/api/v1/patients/${patient.patientId}/messages`;
  const send = (session: Session, text: string, id: string = randomUUID()) =>
    t.request('POST', url(), { session, body: { id, text } });
  const read = async (session: Session) => (await t.request('GET', url(), { session })).json<Thread>();
  const unread = async (session: Session) =>
    (await t.request('GET', '/api/v1/messages/unread', { session })).json<{
      total: number;
      threads: { patientId: string; unread: number }[];
    }>();

  it('carries messages both ways, counts unread for each side, and stores a repeat once', async () => {
    const id = randomUUID();
    const first = await send(patient, 'Sitting hurts more\nsince Monday', id);
    expect(first.statusCode).toBe(201);
    const repeat = await send(patient, 'Sitting hurts more\nsince Monday', id);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json()).toEqual(first.json());
    expect((await send(patient, 'something else', id)).statusCode).toBe(409);

    expect(await unread(patient)).toEqual({ total: 0, threads: [] });
    expect(await unread(doc)).toEqual({ total: 1, threads: [{ patientId: patient.patientId, unread: 1 }] });
    const seen = await read(doc);
    expect(seen.unread).toBe(1);
    expect(seen.messages).toEqual([
      {
        id,
        authorRole: 'patient',
        authorEmail: 'writer@example.org',
        mine: false,
        text: 'Sitting hurts more\nsince Monday',
        createdAt: '2026-03-10T12:00:00.000Z',
      },
    ]);
    expect((await unread(doc)).total).toBe(0);

    t.setNow('2026-03-10T12:05:00.000Z');
    expect((await send(doc, '<b>Keep</b> the isometrics, skip the bridge')).statusCode).toBe(201);
    expect((await unread(patient)).total).toBe(1);
    const mine = await read(patient);
    expect(mine.messages.map((m) => [m.authorRole, m.mine, m.text])).toEqual([
      ['patient', true, 'Sitting hurts more\nsince Monday'],
      ['clinician', false, '<b>Keep</b> the isometrics, skip the bridge'],
    ]);
    expect((await unread(patient)).total).toBe(0);
  });

  it('audits the clinician’s reads and writes, and includes the thread in the export', async () => {
    const audit = (
      await t.request('GET', `/api/v1/patients/${patient.patientId}/audit`, { session: patient })
    ).json<{
      entries: { action: string }[];
    }>();
    const actions = audit.entries.map((e) => e.action);
    expect(actions).toContain('messages.read');
    expect(actions).toContain('messages.write');
    const exported = (
      await t.request('GET', `/api/v1/patients/${patient.patientId}/export`, { session: patient })
    ).json<{ messages: { text: string }[] }>();
    expect(exported.messages.map((m) => m.text)).toContain('<b>Keep</b> the isometrics, skip the bridge');
  });

  it('is 404 for a clinician of another clinic and for another patient, and stores nothing', async () => {
    const stranger = await t.clinician();
    const other = await t.signup();
    for (const session of [stranger, other]) {
      expect((await t.request('GET', url(), { session })).statusCode).toBe(404);
      expect((await send(session, 'let me in')).statusCode).toBe(404);
    }
    expect((await read(patient)).messages.map((m) => m.text)).not.toContain('let me in');
  });

  it('refuses blank text and control characters, naming the field', async () => {
    const blank = await send(patient, '   ');
    expect(blank.statusCode).toBe(400);
    expect(JSON.stringify(blank.json())).toContain('text');
    const nul = await send(patient, 'a\u0000b');
    expect(nul.json<{ problems: { path: string }[] }>().problems[0]?.path).toBe('text');
  });

  it('erases the thread with the account', async () => {
    const leaving = await t.signup('leaving-writer@example.org');
    const linked = await t.clinician([leaving.patientId]);
    await t.request('POST', `/api/v1/patients/${leaving.patientId}/messages`, {
      session: leaving,
      body: { id: randomUUID(), text: 'goodbye-thread-text' },
    });
    await t.request('GET', `/api/v1/patients/${leaving.patientId}/messages`, { session: linked });
    expect(
      (await t.request('DELETE', `/api/v1/patients/${leaving.patientId}`, { session: leaving })).statusCode,
    ).toBe(204);
    expect(JSON.stringify(await t.dump())).not.toContain('goodbye-thread-text');
    expect(await t.store.listMessages(leaving.patientId)).toEqual([]);
    expect((await unread(linked)).total).toBe(0);
  });
});
