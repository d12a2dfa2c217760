// Scale run on PostgreSQL: `npm run bench:scale` from the project root (build first:
// npm run build -w @hamstring-rehab/engine -w @hamstring-rehab/server).
//
//   SCALE_DATABASE_URL  the database (default postgres://postgres@127.0.0.1:5432/scale; made if missing)
//   SCALE_PATIENTS      patients to seed (default 100000), each with a year of history
//   SCALE_REQUESTS      timed requests per measure (default 300)
//   SCALE_WORKERS       seeding threads (default: one per core)
//   SCALE_SKIP_SEED=1   measure what is there without seeding more
//   SCALE_PATIENT_SET   which of 100 sets of the big caseload's patients the patient measures take (default:
//                       one at random; a run writes three events to each of its patients)
//
// 1. Migrates the database with the server's own migrations, then seeds the patients that are missing, in
//    batches of 250 written by worker threads, one transaction each (rerunning resumes; a complete database
//    is not seeded again). Each patient: a year of daily morning checks, sessions most days, runs for
//    runners, tests, function scores; endings that differ (flares, worsening, missing check-ins, red flags,
//    unfinished sign-ups); the decision snapshot computed by the server's own code on that history; links
//    to clinicians (one with a caseload of 10,000) in clinics. Then VACUUM ANALYZE.
//    Snapshots gone stale since (a later day) are recomputed by the server's SnapshotService first.
// 2. Starts the built server on that database, signs in over HTTP as the big-caseload clinician and as
//    patients, and times requests one after another: the caseload (first page, a deep page by number and
//    by cursor, a status filter, a flag filter, an email search), a patient's decision (a fresh snapshot),
//    and appending an event then reading the decision (the snapshot was invalidated by the write).
// 3. EXPLAIN ANALYZE of the caseload queries, exactly as the server's store builds them.
// Targets: p95 under 100 ms for the caseload and for a patient's decision (issue 6); p95 at most 10 ms for
// the decision right after a write, the recomputation from the replay checkpoint (issue 16).
// Figures: bench/scale/out/scale.json; query plans: bench/scale/out/explain.txt.
import { randomInt, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { api as request, startNode } from '../lib/start-node.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'packages/server/dist');
const SERVER = join(DIST, 'server.js');
const OUT = join(ROOT, 'bench/scale/out');
const URL_ = process.env.SCALE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/scale';
const PATIENTS = Number(process.env.SCALE_PATIENTS ?? 100_000);
const REQUESTS = Number(process.env.SCALE_REQUESTS ?? 300);
const WORKERS = Number(process.env.SCALE_WORKERS ?? Math.max(1, cpus().length));
const SKIP_SEED = process.env.SCALE_SKIP_SEED === '1';
const BATCH = 250;
const TEMPLATES_PER_WORKER = 24;
const TARGET_P95_MS = 100;
const AFTER_WRITE = 'patient: decision right after a write';
const TARGET_AFTER_WRITE_P95_MS = 10;

if (!existsSync(SERVER) || !existsSync(join(ROOT, 'packages/engine/dist/index.js'))) {
  console.error(
    'The server is not built. Run first:  npm run build -w @hamstring-rehab/engine -w @hamstring-rehab/server',
  );
  process.exit(1);
}
const { createStore, hashPassword, todayIn, SnapshotService, listCaseload } =
  await import('@hamstring-rehab/server/tools');
const layoutMod = await import('./layout.mjs');
const { layoutFor, clinicianEmail, clinicianId, clinicId, clinicOf, patientEmail, PASSWORD } = layoutMod;

const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------- database
async function ensureDatabase() {
  const target = new URL(URL_);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(URL_);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`);
      log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

await ensureDatabase();
// The server's own migrations, as at its start-up.
await (await createStore({ kind: 'postgres', url: URL_ })).close();
const db = new pg.Client({ connectionString: URL_ });
await db.connect();
await db.query(`
  create table if not exists scale_batches (batch integer primary key, patients integer not null,
    events bigint not null, seconds real not null, statuses text not null);
  create table if not exists scale_meta (key text primary key, value text not null);`);
const meta = async (key, value) => {
  if (value === undefined)
    return (await db.query('select value from scale_meta where key = $1', [key])).rows[0]?.value;
  await db.query(
    'insert into scale_meta (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value',
    [key, String(value)],
  );
};
const count = async (sql, params = []) =>
  Number(/** @type {{ n: string }} */ (/** @type {unknown} */ ((await db.query(sql, params)).rows[0])).n);

// ------------------------------------------------------------------------------------------------- seed
const layout = layoutFor(PATIENTS);
const batches = Math.ceil(PATIENTS / BATCH);
const done = new Set((await db.query('select batch from scale_batches')).rows.map((r) => r.batch));
const missing = [];
for (let b = 0; b < batches; b++) if (!done.has(b)) missing.push(b);

const seededFor = await meta('today');
if (seededFor !== undefined && done.size > 0 && missing.length > 0 && !SKIP_SEED) {
  const seededSize = await meta('patients');
  if (seededSize !== String(PATIENTS)) {
    console.error(
      `This database was seeded for SCALE_PATIENTS=${seededSize}; rerun with that, or drop the database.`,
    );
    process.exit(1);
  }
}

let seedSeconds = Number((await meta('seed_seconds')) ?? 0);
if (missing.length > 0 && !SKIP_SEED) {
  const now = new Date();
  // The history of every patient ends on the day seeding began (kept across resumed runs).
  const today = seededFor ?? todayIn('Europe/London', now);
  const nowIso =
    seededFor === undefined ? now.toISOString() : ((await meta('snapshot_now')) ?? now.toISOString());
  await meta('today', today);
  await meta('snapshot_now', nowIso);
  await meta('patients', PATIENTS);
  const passwordHash = (await meta('password_hash')) ?? (await hashPassword(PASSWORD));
  await meta('password_hash', passwordHash);

  // Clinics and clinicians (idempotent).
  const clinics = Math.ceil(layout.clinicians / layoutMod.CLINICIANS_PER_CLINIC);
  const at = new Date(Date.parse(`${today}T09:00:00Z`) - 366 * 86_400_000).toISOString();
  await db.query(
    `insert into clinics (id, name, created_at) select id, name, $3 from unnest($1::text[], $2::text[]) as c(id, name)
     on conflict do nothing`,
    [
      Array.from({ length: clinics }, (_, k) => clinicId(k)),
      Array.from({ length: clinics }, (_, k) => `Scale Clinic ${k + 1} (synthetic)`),
      at,
    ],
  );
  const cs = Array.from({ length: layout.clinicians }, (_, c) => c);
  await db.query(
    `insert into users (id, email, password_hash, role, created_at, clinic_id)
     select id, email, $3, 'clinician', $4, clinic from unnest($1::text[], $2::text[], $5::text[]) as u(id, email, clinic)
     on conflict do nothing`,
    [cs.map(clinicianId), cs.map(clinicianEmail), passwordHash, at, cs.map((c) => clinicId(clinicOf(c)))],
  );

  const toSeed = missing.reduce((n, b) => n + Math.min(PATIENTS, (b + 1) * BATCH) - b * BATCH, 0);
  log(
    `seeding ${toSeed} patients ` +
      `(${missing.length} batches of ${BATCH}; ${done.size} batches already there) with ${WORKERS} workers; ` +
      `histories end ${today}`,
  );
  const started = performance.now();
  const queue = [...missing];
  let patientsDone = 0;
  let eventsDone = 0;
  let generateMs = 0;
  let writeMs = 0;
  let lastReport = 0;
  await Promise.all(
    Array.from(
      { length: Math.min(WORKERS, missing.length) },
      (_, w) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL('./seed-worker.mjs', import.meta.url), {
            workerData: {
              url: URL_,
              today,
              nowIso,
              passwordHash,
              layout,
              templateSeeds: Array.from({ length: TEMPLATES_PER_WORKER }, (_, k) => 1000 * (w + 1) + k),
            },
          });
          const next = () => {
            const batch = queue.shift();
            if (batch === undefined) worker.postMessage({ type: 'stop' });
            else
              worker.postMessage({ batch, from: batch * BATCH, to: Math.min(PATIENTS, (batch + 1) * BATCH) });
          };
          worker.on('message', (message) => {
            if (message.type === 'error') {
              reject(new Error(`batch ${message.batch}: ${message.message}`));
              return;
            }
            if (message.type === 'done') {
              patientsDone += message.patients;
              eventsDone += message.events;
              generateMs += message.generateMs;
              writeMs += message.writeMs;
              const elapsed = (performance.now() - started) / 1000;
              if (elapsed - lastReport >= 30 || queue.length === 0) {
                lastReport = elapsed;
                const left = toSeed - patientsDone;
                log(
                  `  ${patientsDone} patients, ${eventsDone} events in ${elapsed.toFixed(0)} s ` +
                    `(${Math.round(patientsDone / elapsed)} patients/s, ${Math.round(eventsDone / elapsed)} events/s; ` +
                    `${Math.max(0, left)} to go, about ${Math.round(Math.max(0, left) / (patientsDone / elapsed) / 60)} min)`,
                );
              }
            }
            next();
          });
          worker.on('error', reject);
          worker.on('exit', resolve);
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  seedSeconds += seconds;
  await meta('seed_seconds', seedSeconds.toFixed(0));
  log(
    `seeded ${patientsDone} patients and ${eventsDone} events in ${seconds.toFixed(0)} s ` +
      `(worker time: ${(generateMs / 1000).toFixed(0)} s making histories and snapshots, ${(writeMs / 1000).toFixed(0)} s writing)`,
  );
  const vacuumStarted = performance.now();
  await db.query('set maintenance_work_mem = $$512MB$$');
  await db.query('vacuum (analyze)');
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
  await meta('vacuum_seconds', vacuumSeconds.toFixed(0));
  log(`VACUUM ANALYZE in ${vacuumSeconds.toFixed(0)} s`);
}

const totals = {
  patients: await count('select count(*) as n from patients'),
  events: await count('select sum(events) as n from scale_batches'),
  links: await count('select count(*) as n from clinician_patients'),
  clinicians: await count("select count(*) as n from users where role = 'clinician'"),
  clinics: await count('select count(*) as n from clinics'),
  bigCaseload: await count('select count(*) as n from clinician_patients where clinician_id = $1', [
    clinicianId(0),
  ]),
};
const statuses = {};
for (const { statuses: s } of (await db.query('select statuses from scale_batches')).rows)
  for (const [key, n] of Object.entries(JSON.parse(s))) statuses[key] = (statuses[key] ?? 0) + n;
const size = async (relation) =>
  Number((await db.query('select pg_total_relation_size($1) as n', [relation])).rows[0].n);
const dbSizeBytes = Number((await db.query('select pg_database_size(current_database()) as n')).rows[0].n);
const gb = (bytes) => Math.round((bytes / 1024 ** 3) * 100) / 100;
const sizes = {
  databaseGb: gb(dbSizeBytes),
  eventsGb: gb(await size('events')),
  snapshotsGb: gb(await size('patient_snapshots')),
  linksMb: Math.round((await size('clinician_patients')) / 1024 ** 2),
  /** The whole database, and the events table with its indexes, per event (issue 16: at most 200). */
  bytesPerEvent: Math.round(dbSizeBytes / Math.max(1, totals.events)),
  eventBytesPerEvent: Math.round((await size('events')) / Math.max(1, totals.events)),
};
log(
  `database: ${totals.patients} patients, ${totals.events} events, ${totals.clinicians} clinicians in ${totals.clinics} clinics, ` +
    `big caseload ${totals.bigCaseload}; ${sizes.databaseGb} GB (events ${sizes.eventsGb} GB), ` +
    `${sizes.bytesPerEvent} bytes per event (events table and indexes ${sizes.eventBytesPerEvent}); seeding took ${seedSeconds.toFixed(0)} s in all`,
);
if (totals.patients === 0) {
  console.error('nothing seeded');
  process.exit(1);
}

// Snapshots whose day has ended since seeding (a rerun on a later day): recomputed by the server's own
// SnapshotService, four at a time, before anything is timed.
const staleIds = (
  await db.query('select patient_id from patient_snapshots where fresh_until <= $1', [
    new Date().toISOString(),
  ])
).rows.map((r) => r.patient_id);
if (staleIds.length > 0) {
  log(
    `recomputing ${staleIds.length} stale snapshots (a new day since seeding) with the server's SnapshotService`,
  );
  const store = await createStore({ kind: 'postgres', url: URL_, poolSize: 8 });
  const service = new SnapshotService(store, () => new Date(), { error: (d, m) => console.error(m, d) });
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < staleIds.length) {
        const id = staleIds[next++];
        await service.refresh(id);
        if (next % 5000 === 0) log(`  ${next} of ${staleIds.length}`);
      }
    }),
  );
  await store.close();
  log(`  done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// ---------------------------------------------------------------------------------------------- measure
process.on('SIGINT', () => process.exit(130));

const { url: base } = await startNode(['--max-semi-space-size=8', SERVER], {
  env: {
    DATABASE_URL: URL_,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT: '100000',
  },
  timeoutMs: 60_000,
  echoErrors: true,
});
log(`server at ${base}`);

/** The shared request helper, with the body read: the timings below include reading the answer. */
async function api(method, path, cookie, body) {
  const response = await request(base, method, path, cookie, body);
  return { response, text: await response.text() };
}

async function login(email) {
  const { response, text } = await api('POST', '/api/v1/auth/login', undefined, {
    email,
    password: PASSWORD,
  });
  return { cookie: response.headers.get('set-cookie').split(';')[0], me: JSON.parse(text) };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (ms) => Math.round(ms * 10) / 10;
const results = {};

/** Runs `once` (which returns the milliseconds to count) `n` times after a short warm-up. */
async function timed(name, n, once, warmup = 10) {
  for (let i = 0; i < warmup; i++) await once(-1 - i);
  const samples = [];
  for (let i = 0; i < n; i++) samples.push(await once(i));
  samples.sort((a, b) => a - b);
  const figures = {
    requests: n,
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    p99Ms: round(percentile(samples, 99)),
    maxMs: round(samples[samples.length - 1]),
  };
  results[name] = figures;
  log(
    `${name.padEnd(44)} p50 ${String(figures.p50Ms).padStart(6)}   p95 ${String(figures.p95Ms).padStart(6)}   p99 ${String(figures.p99Ms).padStart(6)} ms`,
  );
  return figures;
}

async function timeGet(path, cookie, check) {
  const t0 = performance.now();
  const { text } = await api('GET', path, cookie);
  const ms = performance.now() - t0;
  check?.(JSON.parse(text));
  return ms;
}

const clinician = await login(clinicianEmail(0));
const caseload = '/api/v1/clinician/patients';
const first = JSON.parse((await api('GET', `${caseload}?limit=25`, clinician.cookie)).text);
if (first.total !== totals.bigCaseload)
  throw new Error(`caseload total ${first.total}, expected ${totals.bigCaseload}`);
const deepPage = Math.max(1, Math.floor(totals.bigCaseload / 25 / 2));
const beforeDeep = JSON.parse(
  (await api('GET', `${caseload}?limit=25&page=${deepPage - 1}`, clinician.cookie)).text,
);
const deepCursor = beforeDeep.nextCursor;
log(
  `caseload of ${first.total}: first page attention ${first.patients[0]?.attention}..${first.patients.at(-1)?.attention}; ` +
    `deep page ${deepPage} (offset ${(deepPage - 1) * 25})`,
);
const expectRows = (body) => {
  if (!Array.isArray(body.patients) || body.patients.length === 0) throw new Error('empty caseload page');
};
await timed('caseload: first page (25)', REQUESTS, () =>
  timeGet(`${caseload}?limit=25`, clinician.cookie, expectRows),
);
await timed(`caseload: page ${deepPage} by number`, REQUESTS, () =>
  timeGet(`${caseload}?limit=25&page=${deepPage}`, clinician.cookie, expectRows),
);
if (deepCursor)
  await timed(`caseload: page ${deepPage} by cursor`, REQUESTS, () =>
    timeGet(`${caseload}?limit=25&cursor=${deepCursor}`, clinician.cookie, expectRows),
  );
await timed('caseload: status=active', REQUESTS, () =>
  timeGet(`${caseload}?limit=25&status=active`, clinician.cookie, expectRows),
);
await timed('caseload: flag=missing-check-ins', REQUESTS, () =>
  timeGet(`${caseload}?limit=25&flag=missing-check-ins`, clinician.cookie, expectRows),
);
await timed('caseload: email search', REQUESTS, (i) =>
  timeGet(
    `${caseload}?limit=25&search=patient-00${String(Math.abs(i) % 100).padStart(2, '0')}`,
    clinician.cookie,
  ),
);

// Patients of the big caseload, spread over it, a different set each run (of 100 sets): the writes below
// add three events to each patient's day, and a run that took the same patients as the runs before it would
// measure their pile-up (patients with dozens of events in one day after a few runs), not a patient's day.
const PATIENT_LOGINS = Math.min(100, totals.bigCaseload);
const stride = Math.max(1, Math.floor(totals.bigCaseload / PATIENT_LOGINS));
const patientSet = Number(process.env.SCALE_PATIENT_SET ?? randomInt(stride));
log(
  `patients of set ${patientSet} (SCALE_PATIENT_SET): every ${stride}th of the big caseload from the ${patientSet}th`,
);
const patients = [];
for (let k = 0; k < PATIENT_LOGINS; k++) {
  const i = k * stride + patientSet;
  const who = await login(patientEmail(Math.min(i, totals.bigCaseload - 1)));
  // 409 until the profile and screening exist: those who never finished signing up have no decision.
  const started = await api('GET', `/api/v1/patients/${who.me.patientId}/decision`, who.cookie).then(
    () => true,
    () => false,
  );
  patients.push({ ...who, patientId: who.me.patientId, started });
}
const active = patients.filter((p) => p.started);
log(`signed in ${patients.length} patients (${active.length} with a history)`);

const decisionOf = (p) => `/api/v1/patients/${p.patientId}/decision`;
await timed('patient: decision (fresh snapshot)', REQUESTS, (i) => {
  const p = active[Math.abs(i) % active.length];
  return timeGet(decisionOf(p), p.cookie);
});
await timed('clinician: a patient’s decision (fresh snapshot)', REQUESTS, (i) => {
  const p = active[Math.abs(i) % active.length];
  return timeGet(decisionOf(p), clinician.cookie);
});

// A write, then the decision at once: the write has made the snapshot stale, so the read recomputes it
// (loads the year, replays it, saves). Each patient in turn, so one patient's background refresh of the
// previous write has settled before their next one.
const today = todayIn('Europe/London', new Date());
const appendTimes = [];
const eventFor = (round) =>
  round % 3 === 0
    ? { id: randomUUID(), type: 'morning-check', date: today, score: 2 }
    : round % 3 === 1
      ? { id: randomUUID(), type: 'sitting', date: today, minutes: 30 }
      : {
          id: randomUUID(),
          type: 'session',
          date: today,
          painDuring: 2,
          painAfter: 2,
          exercises: [{ id: 'bridge-hold', sets: 5, holdSeconds: 30 }],
        };
await timed(
  AFTER_WRITE,
  REQUESTS,
  async (i) => {
    // the warm-up (i < 0) writes for the patients the timed round comes to last, so that no timed write
    // follows a write of the same patient within a moment (the warm-up took patients 1 to 5 before, written
    // again at once, inside the server's quiet time after a write)
    const k = i >= 0 ? i : ((i % active.length) + active.length) % active.length;
    const p = active[k % active.length];
    const t0 = performance.now();
    await api(
      'POST',
      `/api/v1/patients/${p.patientId}/events`,
      p.cookie,
      eventFor(Math.floor(k / active.length)),
    );
    const t1 = performance.now();
    if (i >= 0) appendTimes.push(t1 - t0);
    const { text } = await api('GET', decisionOf(p), p.cookie);
    JSON.parse(text);
    return performance.now() - t1;
  },
  5,
);
appendTimes.sort((a, b) => a - b);
results['patient: append one event'] = {
  requests: appendTimes.length,
  p50Ms: round(percentile(appendTimes, 50)),
  p95Ms: round(percentile(appendTimes, 95)),
  p99Ms: round(percentile(appendTimes, 99)),
  maxMs: round(appendTimes.at(-1)),
};
log(
  `${'patient: append one event'.padEnd(44)} p50 ${String(results['patient: append one event'].p50Ms).padStart(6)}   p95 ${String(results['patient: append one event'].p95Ms).padStart(6)}   p99 ${String(results['patient: append one event'].p99Ms).padStart(6)} ms`,
);
await sleep(1000);

// ------------------------------------------------------------------------------------------------ plans
// The caseload's queries exactly as the store builds them, captured from Kysely and explained.
const captured = [];
const kysely = new Kysely({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: URL_, max: 2 }) }),
  log: (event) => {
    if (event.level === 'query') captured.push(event.query);
  },
});
const explainCases = [
  ['first page', { clinicianId: clinicianId(0), limit: 26, offset: 0 }],
  [`page ${deepPage}`, { clinicianId: clinicianId(0), limit: 26, offset: (deepPage - 1) * 25 }],
  ['status=active', { clinicianId: clinicianId(0), limit: 26, offset: 0, status: 'active' }],
  ['flag=missing-check-ins', { clinicianId: clinicianId(0), limit: 26, offset: 0, flag: 1 << 4 }],
  ['email search', { clinicianId: clinicianId(0), limit: 26, offset: 0, search: 'patient-0042' }],
];
const plans = [];
const explained = {};
for (const [name, query] of /** @type {[string, import('@hamstring-rehab/server').CaseloadQuery][]} */ (
  explainCases
)) {
  captured.length = 0;
  await listCaseload(kysely, query);
  const queries = [...captured];
  explained[name] = [];
  for (const [k, q] of queries.entries()) {
    const label = ['count', 'page keys', 'page rows'][k] ?? `query ${k}`;
    const rows = (await db.query(`explain (analyze, buffers) ${q.sql}`, q.parameters)).rows.map(
      (r) => r['QUERY PLAN'],
    );
    const text = rows.join('\n');
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? NaN);
    const seqScans = [...text.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]);
    const indexes = [
      ...new Set(
        [...text.matchAll(/Index(?: Only)? Scan(?: Backward)? (?:using|on) (\w+)/g)].map((m) => m[1]),
      ),
    ];
    explained[name].push({ query: label, executionMs: ms, indexes, seqScans });
    plans.push(`-- ${name}: ${label}\n${q.sql}\n${text}\n`);
  }
  log(
    `explain ${name.padEnd(14)} ${explained[name].map((e) => `${e.query} ${e.executionMs} ms [${e.indexes.join(', ')}${e.seqScans.length ? `; SEQ SCAN ${e.seqScans.join(', ')}` : ''}]`).join('; ')}`,
  );
}
await kysely.destroy();

// ---------------------------------------------------------------------------------------------- verdict
const checks = Object.entries(results)
  .filter(
    ([name]) =>
      name.startsWith('caseload') || name.startsWith('patient: decision') || name.startsWith('clinician'),
  )
  .map(([name, f]) => ({
    name,
    p95Ms: f.p95Ms,
    target: `< ${TARGET_P95_MS}`,
    verdict: f.p95Ms < TARGET_P95_MS ? 'PASS' : 'OVER',
  }));
// issue 16: the recomputation after a write, beside its < 100 ms line
const afterWrite = results[AFTER_WRITE];
if (afterWrite !== undefined)
  checks.splice(checks.findIndex((c) => c.name === AFTER_WRITE) + 1, 0, {
    name: `decision right after a write p95 (target <= ${TARGET_AFTER_WRITE_P95_MS} ms)`,
    p95Ms: afterWrite.p95Ms,
    target: `<= ${TARGET_AFTER_WRITE_P95_MS}`,
    verdict: afterWrite.p95Ms <= TARGET_AFTER_WRITE_P95_MS ? 'PASS' : 'OVER',
  });
console.log('');
console.log(`| measure${' '.repeat(42)}| p50 ms | p95 ms | p99 ms |`);
console.log(`| ${'-'.repeat(48)} | ------ | ------ | ------ |`);
for (const [name, f] of Object.entries(results))
  console.log(
    `| ${name.padEnd(48)} | ${String(f.p50Ms).padStart(6)} | ${String(f.p95Ms).padStart(6)} | ${String(f.p99Ms).padStart(6)} |`,
  );
console.log('');
for (const c of checks)
  console.log(`${c.verdict}  ${c.name.padEnd(48)} p95 ${c.p95Ms} ms (target ${c.target})`);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} on ${cpus().length} cores`,
);

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'explain.txt'), plans.join('\n'));
writeFileSync(
  join(OUT, 'scale.json'),
  `${JSON.stringify(
    {
      node: process.version,
      postgres: (await db.query('show server_version')).rows[0].server_version,
      sharedBuffers: (await db.query('show shared_buffers')).rows[0].shared_buffers,
      cpus: cpus().length,
      // the machine's 1, 5 and 15 minute load averages as the run ended (a shared machine skews the figures)
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      seeded: {
        ...totals,
        historyDays: 365,
        seedSeconds: Math.round(seedSeconds),
        today: await meta('today'),
      },
      statuses,
      sizes,
      requestsPerMeasure: REQUESTS,
      results,
      explain: explained,
      checks,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nfigures: ${join(OUT, 'scale.json').replace(`${ROOT}/`, '')}`);
await db.end();
process.exit(0);
