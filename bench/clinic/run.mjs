#!/usr/bin/env node
// `npm run bench:clinic`: the shared caseload of a clinic team (ADR 122) at size, on SQLite.
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

const PATIENTS = Number(process.env.PATIENTS ?? 10_000);
const CLINICIANS = Number(process.env.CLINICIANS ?? 20);
const REQUESTS = Number(process.env.REQUESTS ?? 300);
const dir = mkdtempSync(join(tmpdir(), 'hr-bench-clinic-'));
const file = join(dir, 'data', 'hamstring-rehab.sqlite');
const NAMES = ['Anna', 'Ben', 'Łukasz', 'Zoë', 'Ørsted', 'Chidi', 'Mei', 'Sofía', 'Omar', 'Ines'];
const FLAGS = [0, 0, 0, 0, 1, 2, 4, 8, 16, 32];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  await (await createStore({ kind: 'sqlite', file })).close();
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  const now = '2026-12-01T12:00:00.000Z';
  const clinicId = randomUUID();
  const clinicians = Array.from({ length: CLINICIANS }, () => randomUUID());
  const t0 = performance.now();
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
  console.log(
    `seeded ${PATIENTS} patients x ${CLINICIANS} clinicians (${PATIENTS * CLINICIANS} links) in ${Math.round(performance.now() - t0)} ms`,
  );

  const store = await createStore({ kind: 'sqlite', file });
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
    let total = 0;
    for (let r = 0; r < REQUESTS; r++) {
      const started = performance.now();
      await store.staleCaseload(me, now, 50);
      const { rows, total: n } = await store.listCaseload({ clinicianId: me, ...q });
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
    const r1 = (x) => Math.round(x * 10) / 10;
    results[label] = {
      total,
      p50: r1(percentile(times, 50)),
      p95: r1(percentile(times, 95)),
      max: r1(times[times.length - 1]),
    };
  }
  await store.close();
  console.log(`clinician ${me.slice(0, 8)}, ${REQUESTS} requests each (ms):`);
  console.table(results);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
