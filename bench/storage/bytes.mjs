#!/usr/bin/env node
// `npm run bench:bytes`: what a stored event costs before and after the compact events table (migration 020,
// ADR 135) and the event type as a PostgreSQL enum (migration 021, ADR 137), and how long each migration takes.
// Builds a database at migration 019 (the table as it was, with 018's author_id and imported) with PATIENTS
// patients (default 1,000), each a year of history as bench/scale makes them (about 660 events each), measures
// it, runs migration 020 (converts the table in place and checks every patient's history), measures, runs the
// remaining migrations (021: the type column to the enum, in place; nothing on SQLite), measures again.
// PostgreSQL (a fresh database beside BYTES_DATABASE_URL's, dropped afterwards) unless BYTES_SQLITE=1.
// Figures: bench/storage/out/bytes-<backend>.json.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { canonicalJson, migrateToLatest, migrations } from '@hamstring-rehab/server/tools';
import { liveTemplate, patientHistory } from '../scale/history.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PATIENTS = Number(process.env.PATIENTS ?? 1000);
const TEMPLATES = 12;
const sqlite = process.env.BYTES_SQLITE === '1';
const baseUrl = process.env.BYTES_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dialect = sqlite ? 'sqlite' : 'postgres';
const today = new Date().toISOString().slice(0, 10);
const log = (line) => process.stdout.write(`${line}\n`);

const dir = mkdtempSync(join(tmpdir(), 'hr-bench-bytes-'));
const file = join(dir, 'bytes.sqlite');
const dbName = `bytes_${randomUUID().slice(0, 8)}`;
const url = (() => {
  const u = new URL(baseUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();

let admin;
if (!sqlite) {
  admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
}
const db = sqlite
  ? new Kysely({ dialect: new SqliteDialect({ database: new SQLite(file) }) })
  : new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });

/**
 * @param {import('kysely').RawBuilder<unknown>} query
 * @returns {Promise<any[]>}
 */
const rowsOf = async (query) => (await query.execute(db)).rows;

async function measure(label) {
  let bytes;
  let eventBytes;
  let parts = {};
  if (sqlite) {
    await sql`vacuum`.execute(db);
    bytes = statSync(file).size;
    const rows = await rowsOf(sql`select sum(pgsize) as n from dbstat where name = 'events' or name in
      (select name from sqlite_schema where tbl_name = 'events' and type = 'index')`);
    eventBytes = Number(rows[0].n);
  } else {
    await sql`vacuum analyze`.execute(db);
    bytes = Number((await rowsOf(sql`select pg_database_size(current_database()) as n`))[0].n);
    eventBytes = Number((await rowsOf(sql`select pg_total_relation_size('events') as n`))[0].n);
    // Where the bytes are: the table's rows, each index, the average body.
    const rows = await rowsOf(sql`select c.relname as name, pg_relation_size(c.oid) as bytes from pg_class c
      where c.relname = 'events' or c.oid in (select indexrelid from pg_index where indrelid = 'events'::regclass)`);
    parts = Object.fromEntries(rows.map((r) => [r.name, Number(r.bytes)]));
  }
  // The type column's average width in the row: text (1 + its characters) or the enum (4 bytes on PostgreSQL).
  const typeBytes = sqlite
    ? undefined
    : Number((await rowsOf(sql`select avg(pg_column_size(type)) as n from events`))[0].n);
  const body = Number((await rowsOf(sql`select avg(length(body)) as n from events`))[0].n);
  const events = Number((await rowsOf(sql`select count(*) as n from events`))[0].n);
  const figure = {
    label,
    events,
    megabytes: Math.round((bytes / 1024 ** 2) * 10) / 10,
    bytesPerEvent: Math.round(bytes / events),
    eventsTableAndIndexesPerEvent: Math.round(eventBytes / events),
    averageBodyCharacters: Math.round(body),
    ...(typeBytes === undefined ? {} : { averageTypeBytes: Math.round(typeBytes * 10) / 10 }),
    perEvent: Object.fromEntries(Object.entries(parts).map(([name, n]) => [name, Math.round(n / events)])),
  };
  log(
    `${label}: ${events} events, ${figure.megabytes} MB, ${figure.bytesPerEvent} bytes per event ` +
      `(events table and its indexes ${figure.eventsTableAndIndexesPerEvent}: ${JSON.stringify(figure.perEvent)}; ` +
      `body ${figure.averageBodyCharacters} characters` +
      `${typeBytes === undefined ? '' : `, type ${figure.averageTypeBytes} bytes`})`,
  );
  return figure;
}

try {
  const provider = { getMigrations: () => Promise.resolve(migrations(dialect)) };
  const migrated = await new Migrator({ db, provider }).migrateTo('019-replay-checkpoints');
  if (migrated.error) throw migrated.error;
  const templates = Array.from({ length: TEMPLATES }, (_, k) => liveTemplate(1000 + k, today));
  let t0 = performance.now();
  for (let from = 0; from < PATIENTS; from += 50) {
    await db.transaction().execute(async (tx) => {
      for (let i = from; i < Math.min(PATIENTS, from + 50); i++) {
        const patientId = randomUUID();
        const userId = randomUUID();
        const at = `${today}T08:00:00.000Z`;
        await tx
          .insertInto('users')
          .values({
            id: userId,
            email: `p${i}@bytes.example`,
            password_hash: 'h',
            role: 'patient',
            created_at: at,
          })
          .execute();
        await tx
          .insertInto('patients')
          .values({ id: patientId, owner_user_id: userId, created_at: at, updated_at: at })
          .execute();
        const rows = patientHistory(i, templates, today).events.map((event, k) => ({
          patient_id: patientId,
          id: randomUUID(),
          date: event.date,
          type: event.type,
          body: canonicalJson(event),
          received_at: `${event.date}T${String(6 + (k % 15)).padStart(2, '0')}:${String(k % 60).padStart(2, '0')}:07.${String((k * 37) % 1000).padStart(3, '0')}Z`,
          // The patient's own events: no author, not imported (migration 018).
          author_id: null,
          imported: null,
        }));
        for (let k = 0; k < rows.length; k += 500)
          await tx
            .insertInto('events')
            .values(rows.slice(k, k + 500))
            .execute();
      }
    });
  }
  log(`seeded ${PATIENTS} patients at migration 019 in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const before = await measure(`before (019, ${dialect})`);
  t0 = performance.now();
  const compacted = await new Migrator({ db, provider }).migrateTo('020-compact-events');
  if (compacted.error) throw compacted.error;
  const migrationSeconds = Math.round((performance.now() - t0) / 100) / 10;
  log(`migration 020 (convert, index, check every history, swap) in ${migrationSeconds} s`);
  const after = await measure(`after (020, ${dialect})`);
  t0 = performance.now();
  await migrateToLatest(db, dialect);
  const enumMigrationSeconds = Math.round((performance.now() - t0) / 100) / 10;
  log(
    `migration 021 (${sqlite ? 'nothing on SQLite' : 'event type as an enum: count, convert in place, count'}) ` +
      `in ${enumMigrationSeconds} s`,
  );
  const afterEnum = await measure(`after (021, ${dialect})`);
  const plan = sqlite
    ? (await rowsOf(sql`explain query plan select id from events where patient_key = 1 order by date, seq`))
        .map((r) => r.detail)
        .join('; ')
    : (await rowsOf(sql`explain select id from events where patient_key = 1 order by date, seq`))
        .map((r) => r['QUERY PLAN'])
        .join('; ');
  log(`a patient's events in replay order: ${plan}`);
  const typePlan = (
    await rowsOf(
      sql`${sql.raw(sqlite ? 'explain query plan' : 'explain')} select id from events where patient_key = 1
        and type in ('load-test', 'function-check')`,
    )
  )
    .map((r) => (sqlite ? r.detail : r['QUERY PLAN']))
    .join('; ');
  log(`a patient's events of two types: ${typePlan}`);
  const result = {
    patients: PATIENTS,
    dialect,
    before,
    after,
    afterEnum,
    migrationSeconds,
    enumMigrationSeconds,
    plan,
    typePlan,
  };
  mkdirSync(join(root, 'bench/storage/out'), { recursive: true });
  writeFileSync(
    join(root, `bench/storage/out/bytes-${dialect}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
} finally {
  await db.destroy();
  if (admin) {
    await admin.query(`drop database if exists ${dbName}`);
    await admin.end();
  }
  rmSync(dir, { recursive: true, force: true });
}
