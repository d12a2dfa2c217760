import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, demoHistory, historyHash } from '../../test/demo-history.js';
import { openOldDatabases, type OldTables as Raw } from '../../test/old-database.js';
import { newPatient, patientIdOf, storedMorningCheck } from '../../test/store-helpers.js';
import { demoId } from '../demo/simulate.js';
import { createStore } from './create-store.js';
import type { StoredEvent } from './store.js';

const must = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('missing');
  return value;
};

interface OldEvent {
  patient_id: string;
  id: string;
  date: string;
  type: string;
  body: string;
  received_at: string;
  author_id: string | null;
  imported: string | null;
}

/** Every person's events as rows of the old table, received at a time of their day, in upload order. */
function oldEvents(): OldEvent[] {
  return DEMO_PEOPLE.flatMap((persona) =>
    demoHistory(persona).map((event) => ({
      patient_id: demoId(`${persona.key}:patient`),
      id: event.id,
      date: event.date,
      type: event.type,
      body: event.body,
      received_at: event.receivedAt,
      author_id: event.authorId,
      imported: event.imported === null ? null : JSON.stringify(event.imported),
    })),
  );
}

/** Bodies that cannot lose their date and type as they are: each must come back whole, byte for byte. */
const ODD = (patientId: string): OldEvent[] =>
  [
    // keys not in canonical order
    '{"type":"morning-check","date":"2026-11-02","score":2}',
    // a date inside that is not the event's, and the event's own (text cutting would take the first)
    '{"a":{"date":"2026-11-03","type":"morning-check"},"date":"2026-11-03","score":1,"type":"morning-check"}',
    // no date or type at all
    '{}',
  ].map((body, i) => ({
    patient_id: patientId,
    id: demoId(`odd:${i}`),
    date: `2026-11-0${2 + Math.min(i, 1)}`,
    type: 'morning-check',
    body,
    received_at: '2026-11-04T08:00:00.000Z',
    author_id: null,
    imported: null,
  }));

/** Fills a database at 019 (the last migration before 020) with the demo people and their events. */
async function seed019(db: Raw): Promise<void> {
  for (const persona of DEMO_PEOPLE) {
    const userId = demoId(`${persona.key}:user`);
    const now = '2026-01-01T00:00:00.000Z';
    await db
      .insertInto('users')
      .values({ id: userId, email: persona.email, password_hash: 'h', role: 'patient', created_at: now })
      .execute();
    await db
      .insertInto('patients')
      .values({
        id: demoId(`${persona.key}:patient`),
        owner_user_id: userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const rows = [...oldEvents(), ...ODD(demoId('sam:patient'))];
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('events')
      .values(rows.slice(i, i + 100))
      .execute();
  const marked = rows.find((r) => r.patient_id === demoId('jo:patient'));
  await db
    .insertInto('entered_in_error')
    .values({
      patient_id: must(marked).patient_id,
      target: 'event',
      target_id: must(marked).id,
      reason: 'wrong day',
      marked_by: null,
      marked_at: '2026-11-05T09:00:00.000Z',
    })
    .execute();
}

/** Each patient's history as the store before 020 read it (`listEvents`: by date, then order received). */
async function oldHistories(db: Raw): Promise<Map<string, string>> {
  const rows = (await db
    .selectFrom('events')
    .select(['patient_id', 'id', 'date', 'type', 'body', 'received_at', 'author_id', 'imported'])
    .orderBy('patient_id')
    .orderBy('date')
    .orderBy('seq')
    .execute()) as OldEvent[];
  const by = new Map<string, OldEvent[]>();
  for (const r of rows) by.set(r.patient_id, [...(by.get(r.patient_id) ?? []), r]);
  return new Map(
    [...by].map(([id, list]) => [
      id,
      historyHash(
        list.map((r) => ({
          id: r.id,
          date: r.date,
          type: r.type,
          body: r.body,
          receivedAt: r.received_at,
          authorId: r.author_id,
          imported: r.imported === null ? null : (JSON.parse(r.imported) as StoredEvent['imported']),
        })),
      ),
    ]),
  );
}

const targets = openOldDatabases('019-replay-checkpoints', seed019);

describe.each(targets)('migration 020 on $name: compact events', (target) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  it('keeps every event of the demo people and a year-long history exactly, and their dedupe', async () => {
    const old = await target.before();
    cleanup = old.cleanup;
    const count = (
      await old.raw
        .selectFrom('events')
        .select(sql<number | string>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    const before = await oldHistories(old.raw);
    expect(before.size).toBe(DEMO_PEOPLE.length);
    expect(Number(count)).toBeGreaterThan(900);

    const store = await createStore(old.options);
    try {
      let after = 0;
      for (const [patientId, hash] of before) {
        const events = await store.listEvents(patientId);
        after += events.length;
        expect(historyHash(events), patientId).toBe(hash);
      }
      expect(after).toBe(Number(count));
      // who recorded them and where they came from came across (migration 018's columns)
      const year = await store.listEvents(demoId('year:patient'));
      expect(year.filter((e) => e.authorId === demoId('year:clinician')).length).toBeGreaterThan(10);
      expect(year.filter((e) => e.imported !== null).length).toBeGreaterThan(10);
      // the mark still finds its event
      const jo = await store.listEvents(demoId('jo:patient'));
      expect(jo.filter((e) => e.enteredInError !== undefined).map((e) => e.id)).toEqual([
        demoId('jo:event:0'),
      ]);
      // bodies without their date and type, but those that would not come back so (kept whole)
      const { rows } = await sql<{
        n: number | string;
      }>`select count(*) as n from events where body like '=%'`.execute(old.raw);
      expect(Number(rows[0]?.n)).toBeGreaterThanOrEqual(2);
      expect(Number(rows[0]?.n)).toBeLessThanOrEqual(3);

      // an upload retried after the migration stores nothing again; a clash is still a conflict (ADR 103)
      const sam = demoId('sam:patient');
      const [first] = (await store.listEvents(sam)).filter((e) => e.id === demoId('sam:event:0'));
      const again = {
        id: must(first).id,
        date: must(first).date,
        type: must(first).type,
        body: must(first).body,
      };
      expect(await store.appendEvents(sam, [again], '2026-12-01T08:00:00.000Z')).toEqual({
        ok: true,
        stored: 0,
        duplicates: 1,
      });
      expect(await store.appendEvents(sam, [{ ...again, body: '{}' }], '2026-12-01T08:00:00.000Z')).toEqual({
        ok: false,
        conflictIndex: 0,
      });
      // new patients get their own key
      const fresh = patientIdOf(await newPatient(store));
      expect(
        await store.appendEvents(fresh, [storedMorningCheck('2026-12-01', 2)], '2026-12-01T08:00:00.000Z'),
      ).toMatchObject({ stored: 1 });
      expect(await store.listEvents(fresh)).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('refuses to migrate an event it cannot keep exactly (a day that is not real), changing nothing', async () => {
    const old = await target.before();
    cleanup = old.cleanup;
    const sam = demoId('sam:patient');
    await old.raw
      .insertInto('events')
      .values({
        patient_id: sam,
        id: demoId('bad'),
        date: '2026-02-30',
        type: 'morning-check',
        body: '{}',
        received_at: '2026-03-01T08:00:00.000Z',
        author_id: null,
        imported: null,
      })
      .execute();
    const before = await oldHistories(old.raw);
    await expect(createStore(old.options)).rejects.toThrow(/020/);
    expect(await oldHistories(old.raw)).toEqual(before);
  });
});
