import { caseSchema } from '@hamstring-rehab/engine';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PEOPLE, demoHistory, historyHash } from '../../test/demo-history.js';
import { openOldDatabases, type OldTables as Raw } from '../../test/old-database.js';
import type { Persona } from '../demo/personas.js';
import { demoId } from '../demo/simulate.js';
import { canonicalJson } from '../cases/canonical-json.js';
import type { Dialect } from '../migrations/dialect.js';
import { EVENT_TYPES_021 } from '../migrations/021-event-type-enum.js';
import { createStore } from './create-store.js';
import { eventColumns, eventSelection, storedEvent, type EventRow } from './sql/event-rows.js';
import type { EventInput } from './store.js';

const must = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('missing');
  return value;
};

/** Every event type the engine accepts (both protocols share `case.schema.json`), in the schema's order. */
const ENGINE_TYPES = caseSchema.$defs.event.oneOf.map((variant) => variant.properties.type.const);

/** Each person's events as the store takes them, in upload order, with a time of receipt of their day. */
function demoEvents(persona: Persona): { input: EventInput; receivedAt: string }[] {
  const events = demoHistory(persona).map(({ receivedAt, authorId, imported, ...event }) => ({
    input: {
      ...event,
      ...(authorId === null ? {} : { authorId }),
      ...(imported === null ? {} : { imported }),
    },
    receivedAt,
  }));
  // every type at least once (the demo may not record them all), one of them a body kept whole
  const extra = persona.key === 'year' ? ENGINE_TYPES : [];
  return [
    ...events,
    ...extra.map((type, i) => ({
      input: {
        id: demoId(`${persona.key}:extra:${i}`),
        date: '2026-11-20',
        type,
        body:
          i === 0 ? `{"type":"${type}","date":"2026-11-20"}` : canonicalJson({ date: '2026-11-20', type }),
      },
      receivedAt: '2026-11-20T09:00:00.000Z',
    })),
  ];
}

/** Fills a database at 020 (the last migration before 021) with the people's events, as the store at 020 wrote them. */
async function seed020(db: Raw, dialect: Dialect): Promise<void> {
  for (const persona of DEMO_PEOPLE) {
    const userId = demoId(`${persona.key}:user`);
    const patientId = demoId(`${persona.key}:patient`);
    const now = '2026-01-01T00:00:00.000Z';
    await db
      .insertInto('users')
      .values({ id: userId, email: persona.email, password_hash: 'h', role: 'patient', created_at: now })
      .execute();
    await db
      .insertInto('patients')
      .values({ id: patientId, owner_user_id: userId, created_at: now, updated_at: now })
      .execute();
    const { key } = await db
      .selectFrom('patients')
      .select(sql<number>`key`.as('key'))
      .where('id', '=', patientId)
      .executeTakeFirstOrThrow();
    const rows = demoEvents(persona).map(({ input, receivedAt }) => ({
      patient_key: key,
      ...eventColumns(dialect, input, receivedAt),
    }));
    for (let i = 0; i < rows.length; i += 100)
      await db
        .insertInto('events')
        .values(rows.slice(i, i + 100))
        .execute();
  }
}

/** Each patient's history as the store reads it (replay order), read with the store's own selection. */
async function histories(db: Raw, dialect: Dialect): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const persona of DEMO_PEOPLE) {
    const patientId = demoId(`${persona.key}:patient`);
    const rows = await db
      .selectFrom('events')
      .select(eventSelection(dialect))
      .$castTo<EventRow>()
      .where('patient_key', '=', db.selectFrom('patients').select('key').where('id', '=', patientId))
      .orderBy('events.date')
      .orderBy('events.seq')
      .execute();
    result.set(patientId, historyHash(rows.map(storedEvent)));
  }
  return result;
}

const countOf = async (raw: Raw) =>
  Number((await sql<{ n: string | number }>`select count(*) as n from events`.execute(raw)).rows[0]?.n);

/** The events.type column's type as the catalogue names it. */
async function typeColumn(raw: Raw): Promise<string> {
  const { rows } = await sql<{ t: string }>`select format_type(atttypid, atttypmod) as t from pg_attribute
    where attrelid = 'events'::regclass and attname = 'type'`.execute(raw);
  return must(rows[0]).t;
}

/** The labels of the schema's event_type enum, in their order. */
async function enumLabels(raw: Raw): Promise<string[]> {
  const { rows } = await sql<{ label: string }>`select e.enumlabel as label from pg_enum e
    where e.enumtypid = 'event_type'::regtype order by e.enumsortorder`.execute(raw);
  return rows.map((r) => r.label);
}

/** The plan PostgreSQL picks for a query when it may not read the whole table. */
async function planOf(raw: Raw, query: string): Promise<string> {
  await sql`set enable_seqscan = off`.execute(raw);
  try {
    const { rows } = await sql<{ 'QUERY PLAN': string }>`${sql.raw(`explain ${query}`)}`.execute(raw);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await sql`reset enable_seqscan`.execute(raw);
  }
}

describe('migration 021: the event types it knows', () => {
  it('are exactly the engine’s (a new type needs a migration adding it to the enum)', () => {
    expect(ENGINE_TYPES.length).toBeGreaterThanOrEqual(8);
    expect([...EVENT_TYPES_021].sort()).toEqual([...ENGINE_TYPES].sort());
  });
});

const targets = openOldDatabases('020-compact-events', seed020);

describe.each(targets)('migration 021 on $name: event type as an enum', (target) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  it('keeps every event of the demo people and a year-long history exactly', async () => {
    const old = await target.before();
    cleanup = old.cleanup;
    const count = await countOf(old.raw);
    const before = await histories(old.raw, old.dialect);
    expect(count).toBeGreaterThan(900);

    const store = await createStore(old.options);
    try {
      let after = 0;
      for (const [patientId, hash] of before) {
        const events = await store.listEvents(patientId);
        after += events.length;
        expect(historyHash(events), patientId).toBe(hash);
      }
      expect(after).toBe(count);
      // every type came across
      const year = await store.listEvents(demoId('year:patient'));
      expect(new Set(year.map((e) => e.type))).toEqual(new Set(ENGINE_TYPES));

      if (old.dialect === 'postgres') {
        expect(await typeColumn(old.raw)).toBe('event_type');
        // the database's enum holds every type the engine accepts, no more
        expect((await enumLabels(old.raw)).sort()).toEqual([...ENGINE_TYPES].sort());
        // the patient's events in replay order, the upload's dedupe and a filter by type still use the indexes
        const key = `(select key from patients where id = '${demoId('year:patient')}')`;
        expect(
          await planOf(old.raw, `select id from events where patient_key = ${key} order by date, seq`),
        ).toMatch(/events_by_day/);
        expect(
          await planOf(
            old.raw,
            `select id from events where patient_key = ${key} and id = '${demoId('year:event:3')}'`,
          ),
        ).toMatch(/events_by_id/);
        expect(
          await planOf(
            old.raw,
            `select id from events where patient_key = ${key} and type in ('load-test', 'function-check')`,
          ),
        ).toMatch(/events_by_(day|id)/);
      } else {
        const { rows } = await sql<{
          type: string;
        }>`select type from pragma_table_info('events') where name = 'type'`.execute(old.raw);
        expect(rows).toEqual([{ type: 'TEXT' }]);
      }
      // a type given as a parameter compares with the column, alone or in a list
      const [loadTests] = (
        await sql<{ n: string | number }>`select count(*) as n from events
        where type = ${'load-test'} and patient_key in (select key from patients where id = ${demoId('year:patient')})`.execute(
          old.raw,
        )
      ).rows;
      expect(Number(loadTests?.n)).toBe(year.filter((e) => e.type === 'load-test').length);
      const some = await old.raw
        .selectFrom('events')
        .select(sql<number | string>`count(*)`.as('n'))
        .where('type', 'in', ['sitting', 'run'])
        .executeTakeFirstOrThrow();
      expect(Number(some.n)).toBeGreaterThan(0);

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
      expect(
        await store.appendEvents(sam, [{ ...again, type: 'sitting' }], '2026-12-01T08:00:00.000Z'),
      ).toEqual({ ok: false, conflictIndex: 0 });
    } finally {
      await store.close();
    }
  });

  it.runIf(target.name === 'postgres')(
    'refuses to convert a type the enum would not have, naming it and changing nothing',
    async () => {
      const old = await target.before();
      cleanup = old.cleanup;
      await sql`update events set type = 'teleport' where id = ${demoId('sam:event:1')}`.execute(old.raw);
      const before = await histories(old.raw, old.dialect);
      await expect(createStore(old.options)).rejects.toThrow(/021.*"teleport"/);
      expect(await histories(old.raw, old.dialect)).toEqual(before);
      expect(await typeColumn(old.raw)).toBe('text');
    },
  );
});
