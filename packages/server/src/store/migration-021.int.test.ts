import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { caseSchema } from '@hamstring-rehab/engine';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { PERSONAS, type Persona } from '../demo/personas.js';
import { demoId, simulate } from '../demo/simulate.js';
import { canonicalJson } from '../cases/canonical-json.js';
import { addDays } from '../cases/dates.js';
import type { Dialect } from '../migrations/dialect.js';
import { migrations } from '../migrations/migrate.js';
import { EVENT_TYPES_021 } from '../migrations/021-event-type-enum.js';
import { createStore, type StoreOptions } from './create-store.js';
import { eventColumns, eventSelection, storedEvent, type EventRow } from './sql/event-rows.js';
import type { EventInput, StoredEvent } from './store.js';

// The tables at 020, untyped (the Database type is the schema after the last migration).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Kysely<any>;

const must = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('missing');
  return value;
};

/** Every event type the engine accepts (both protocols share `case.schema.json`), in the schema's order. */
const ENGINE_TYPES = caseSchema.$defs.event.oneOf.map((variant) => variant.properties.type.const);

const TODAY = '2026-11-30';
/** The demo's five patients and one with a year of history, as the demo seed makes their events. */
const YEAR: Persona = {
  ...must(PERSONAS[0]),
  key: 'year',
  email: 'year@demo-clinic.example',
  weeks: 52,
  seed: 99,
};
const PEOPLE = [...PERSONAS, YEAR];

/** Each person's events as the store takes them, in upload order, with a time of receipt of their day. */
function demoEvents(persona: Persona): { input: EventInput; receivedAt: string }[] {
  const events = simulate(persona, TODAY).events.map((event, i) => ({
    input: {
      id: demoId(`${persona.key}:event:${i}`),
      date: event.date,
      type: event.type,
      body: canonicalJson(event),
      ...(i % 7 === 3 ? { authorId: demoId(`${persona.key}:clinician`) } : {}),
      ...(i % 11 === 5 ? { imported: { by: `Dr ${persona.key}`, at: `${event.date}T10:00:00.000Z` } } : {}),
    },
    receivedAt: `${addDays(event.date, i % 3 === 0 ? 1 : 0)}T${String(7 + (i % 14)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:05.${String(i % 1000).padStart(3, '0')}Z`,
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

/** A patient's history as a hash: each event's every field, in replay order. */
const historyHash = (events: readonly Omit<StoredEvent, 'enteredInError'>[]) =>
  createHash('sha256')
    .update(
      JSON.stringify(events.map((e) => [e.id, e.date, e.type, e.body, e.receivedAt, e.authorId, e.imported])),
    )
    .digest('hex');

/** A database at 020 (the last migration before 021) holding the people's events, written as the store at 020 did. */
async function at020(db: Raw, dialect: Dialect, schema?: string): Promise<void> {
  const provider = { getMigrations: () => Promise.resolve(migrations(dialect)) };
  const migrator = new Migrator({
    db,
    provider,
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  expect((await migrator.migrateTo('020-compact-events')).error).toBeUndefined();
  for (const persona of PEOPLE) {
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
  for (const persona of PEOPLE) {
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

interface Old {
  dialect: Dialect;
  options: StoreOptions;
  raw: Raw;
  cleanup: () => Promise<void>;
}

async function sqliteOld(): Promise<Old> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamstring-rehab-021-'));
  const file = path.join(dir, 'old.sqlite');
  const raw: Raw = new Kysely({ dialect: new SqliteDialect({ database: new SQLite(file) }) });
  await at020(raw, 'sqlite');
  return {
    dialect: 'sqlite',
    options: { kind: 'sqlite', file },
    raw,
    async cleanup() {
      await raw.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresOld(url: string): Promise<Old> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const pool = new pg.Pool({ connectionString: url, max: 1, options: `-c search_path=${schema}` });
  const raw: Raw = new Kysely({ dialect: new PostgresDialect({ pool }) });
  await sql.raw(`create schema ${schema}`).execute(raw);
  await at020(raw, 'postgres', schema);
  return {
    dialect: 'postgres',
    options: { kind: 'postgres', url, schema, poolSize: 2 },
    raw,
    async cleanup() {
      await sql.raw(`drop schema ${schema} cascade`).execute(raw);
      await raw.destroy();
    },
  };
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

const url = process.env.TEST_DATABASE_URL;
// SQLite always; PostgreSQL too when TEST_DATABASE_URL is set, as for the store suite (test/stores.ts)
const targets = [
  { name: 'sqlite', old: sqliteOld },
  ...(url ? [{ name: 'postgres', old: () => postgresOld(url) }] : []),
];

describe.each(targets)('migration 021 on $name: event type as an enum', (target) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  it('keeps every event of the demo people and a year-long history exactly', async () => {
    const old = await target.old();
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
      const old = await target.old();
      cleanup = old.cleanup;
      await sql`update events set type = 'teleport' where id = ${demoId('sam:event:1')}`.execute(old.raw);
      const before = await histories(old.raw, old.dialect);
      await expect(createStore(old.options)).rejects.toThrow(/021.*"teleport"/);
      expect(await histories(old.raw, old.dialect)).toEqual(before);
      expect(await typeColumn(old.raw)).toBe('text');
    },
  );
});
