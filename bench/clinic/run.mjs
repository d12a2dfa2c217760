#!/usr/bin/env node
// `npm run bench:clinic`: the shared caseload of a clinic team (ADR 122) at size, on SQLite, or on PostgreSQL
// with CLINIC_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (a database of its own is made on that
// server, seeded with set-based SQL and dropped at the end).
// Builds a clinic of CLINICIANS (default 20) sharing PATIENTS (default 10,000) patients, each assigned to
// one of them (every patient linked to every clinician: 200,000 links), with snapshots of mixed statuses,
// flags and names; then times, for one clinician, what GET /api/v1/clinician/patients does in the store
// (the stale-snapshot check, the page with its count, and the audit rows of the page), REQUESTS times each:
// the shared view, the "mine" filter, a name search, the table sorted by name and by adherence, page 50.
// Prints p50/p95/max in ms. Build first: npm run build -w @hamstring-rehab/engine -w @hamstring-rehab/server.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { createStore } from '@hamstring-rehab/server';
import { freshDatabase, seedPostgres } from './seed-postgres.mjs';

const PATIENTS = Number(process.env.PATIENTS ?? 10_000);
const CLINICIANS = Number(process.env.CLINICIANS ?? 20);
const REQUESTS = Number(process.env.REQUESTS ?? 300);
const PG_URL = process.env.CLINIC_DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), 'hr-bench-clinic-'));
const file = join(dir, 'data', 'hamstring-rehab.sqlite');
const NAMES = ['Anna', 'Ben', 'Łukasz', 'Zoë', 'Ørsted', 'Chidi', 'Mei', 'Sofía', 'Omar', 'Ines'];
const FLAGS = [0, 0, 0, 0, 1, 2, 4, 8, 16, 32];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

let database;
try {
  const now = '2026-12-01T12:00:00.000Z';
  let clinicians;
  /** @type {import('@hamstring-rehab/server').StoreOptions} */
  let options;
  const t0 = performance.now();
  if (PG_URL !== undefined) {
    database = await freshDatabase(PG_URL);
    options = { kind: 'postgres', url: database.url };
    await (await createStore(options)).close();
    clinicians = await seedPostgres(database.url, { patients: PATIENTS, clinicians: CLINICIANS, now });
  } else {
    options = { kind: 'sqlite', file };
    clinicians = await seedSqlite(now);
  }
  console.log(
    `${options.kind}: seeded ${PATIENTS} patients x ${CLINICIANS} clinicians (${PATIENTS * CLINICIANS} links) in ${Math.round(performance.now() - t0)} ms`,
  );

  const store = await createStore(options);
  const me = clinicians[1];
  /** @type {Record<string, Omit<import('@hamstring-rehab/server').CaseloadQuery, 'clinicianId'>>} */
  const measures = {
    'shared view, first page': { limit: 26, offset: 0 },
    'mine filter, first page': { limit: 26, offset: 0, mine: true },
    'name search "łukasz"': { limit: 26, offset: 0, search: 'łukasz' },
    'table sorted by name': { limit: 26, offset: 0, sort: 'name' },
    'table sorted by adherence': { limit: 26, offset: 0, sort: 'adherence' },
    'shared view, page 50': { limit: 26, offset: 49 * 25 },
  };
  const results = {};
  for (const [label, q] of Object.entries(measures)) {
    const times = [];
    const pageTimes = [];
    let total = 0;
    for (let r = 0; r < REQUESTS; r++) {
      const started = performance.now();
      await store.staleCaseload(me, now, 50);
      const listed = performance.now();
      const { rows, total: n } = await store.listCaseload({ clinicianId: me, ...q });
      pageTimes.push(performance.now() - listed);
      await store.writeAuditBatch(
        rows.slice(0, 25).map((row) => ({
          at: now,
          actorId: me,
          actorRole: 'clinician',
          patientId: row.patientId,
          action: 'caseload.read',
          route: 'GET /api/v1/clinician/patients',
          outcome: 'success',
          statusCode: 200,
        })),
      );
      times.push(performance.now() - started);
      total = n;
    }
    times.sort((a, b) => a - b);
    pageTimes.sort((a, b) => a - b);
    const r1 = (x) => Math.round(x * 10) / 10;
    results[label] = {
      total,
      p50: r1(percentile(times, 50)),
      p95: r1(percentile(times, 95)),
      max: r1(times[times.length - 1]),
      'page+count p95': r1(percentile(pageTimes, 95)),
    };
  }
  if (process.env.CLINIC_EXPLAIN === '1') await explain(options, me);
  await store.close();
  console.log(`clinician ${me.slice(0, 8)}, ${REQUESTS} requests each (ms):`);
  console.table(results);
} finally {
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The plans of the caseload's queries (name sort, name search, shared view, "mine") as the store builds them:
 * EXPLAIN ANALYZE on PostgreSQL, EXPLAIN QUERY PLAN on SQLite.
 */
async function explain(options, me) {
  const { Kysely, PostgresDialect, SqliteDialect } = await import('kysely');
  const { listCaseload } = await import('@hamstring-rehab/server/tools');
  const compiled = [];
  const log = (event) => {
    if (event.level === 'query') compiled.push(event.query);
  };
  let run;
  let capture;
  if (options.kind === 'postgres') {
    const pg = (await import('pg')).default;
    const pool = new pg.Pool({ connectionString: options.url, max: 1 });
    capture = new Kysely({ dialect: new PostgresDialect({ pool }), log });
    run = async (q) =>
      (await pool.query(`explain (analyze, buffers) ${q.sql}`, q.parameters)).rows.map(
        (r) => r['QUERY PLAN'],
      );
  } else {
    const database = new SQLite(options.file, { readonly: true });
    capture = new Kysely({ dialect: new SqliteDialect({ database }), log });
    run = async (q) =>
      database
        .prepare(`explain query plan ${q.sql}`)
        .all(...q.parameters)
        .map((r) => /** @type {{ detail: string }} */ (r).detail);
  }
  /** @type {Omit<import('@hamstring-rehab/server').CaseloadQuery, 'clinicianId' | 'limit' | 'offset'>[]} */
  const queries = [{ sort: 'name' }, { search: 'łukasz' }, {}, { mine: true }];
  for (const q of queries) await listCaseload(capture, { clinicianId: me, limit: 26, offset: 0, ...q });
  for (const query of compiled.filter((c) => c.sql.includes('clinician_patients'))) {
    console.log(query.sql, '\n', (await run(query)).join('\n'), '\n');
  }
  await capture.destroy();
}

/** The SQLite seed: prepared statements in one transaction, the same rows as the PostgreSQL seed. */
async function seedSqlite(now) {
  await (await createStore({ kind: 'sqlite', file })).close();
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  const clinicId = randomUUID();
  const clinicians = Array.from({ length: CLINICIANS }, () => randomUUID());
  db.transaction(() => {
    db.prepare('insert into clinics (id, name, created_at) values (?, ?, ?)').run(
      clinicId,
      'Bench Clinic',
      now,
    );
    const user = db.prepare(
      "insert into users (id, email, password_hash, role, created_at, clinic_id, clinic_role) values (?, ?, 'x', 'clinician', ?, ?, ?)",
    );
    clinicians.forEach((id, c) =>
      user.run(id, `c${c}@bench.example`, now, clinicId, c === 0 ? 'admin' : 'clinician'),
    );
    const patient = db.prepare(
      "insert into patients (id, owner_user_id, birth_year, affected_side, runner, pain_ceiling, time_zone, created_at, updated_at, full_name, date_of_birth) values (?, null, 1980, 'left', 0, 5, 'UTC', ?, ?, ?, '1980-02-29')",
    );
    const snapshot = db.prepare(
      `insert into patient_snapshots (patient_id, version, fresh_until, claimed_until, computed_for, status, stage, level,
        flags, attention, check_ins, sessions, planned_check_ins, planned_sessions, adherence, last_activity, decision, updated_at)
       values (?, 1, '2026-12-02T00:00:00.000Z', '', '2026-12-01', ?, ?, 1, ?, ?, ?, ?, 14, 10, ?, ?, null, ?)`,
    );
    const link = db.prepare(
      `insert into clinician_patients (clinician_id, patient_id, created_at, attention, last_activity, fresh_until,
        status, flags, email, name, assignee_id, discharged_at)
       values (?, ?, ?, ?, ?, '2026-12-02T00:00:00.000Z', ?, ?, '', ?, ?, '')`,
    );
    for (let i = 0; i < PATIENTS; i++) {
      const id = randomUUID();
      const name = `${NAMES[i % NAMES.length]} Patient-${i}`;
      const flags = FLAGS[i % FLAGS.length];
      const attention = flags === 0 ? 6 : Math.min(5, Math.log2(flags));
      const status = i % 50 === 0 ? 'emergency' : 'active';
      const last = `2026-11-${String(1 + (i % 30)).padStart(2, '0')}`;
      const adherence = (i * 37) % 101;
      patient.run(id, now, now, name);
      snapshot.run(id, status, 1 + (i % 4), flags, attention, i % 15, i % 11, adherence, last, now);
      for (const c of clinicians)
        link.run(c, id, now, attention, last, status, flags, name.toLowerCase(), clinicians[i % CLINICIANS]);
    }
  })();
  db.exec('analyze');
  db.close();
  return clinicians;
}
