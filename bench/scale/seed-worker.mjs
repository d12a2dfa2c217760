// A seeding worker of the scale run (bench/scale/run.mjs): lives its own templates, then takes batches of
// patients from the main thread, makes each patient's year, computes their decision snapshot with the
// server's own code (computeSnapshot on the events as the server reads them back), and writes the batch
// in one transaction: a batch is all there or not at all, so an interrupted run resumes.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { canonicalJson } from '../../packages/server/dist/http/canonical-json.js';
import { packBody } from '../../packages/server/dist/store/event-codec.js';
import { parseStoredEvents } from '../../packages/server/dist/routes/patients/stored-events.js';
import { computeSnapshot } from '../../packages/server/dist/snapshots/compute-snapshot.js';
import { liveTemplate, patientHistory } from './history.mjs';
import { clinicianId, clinicianOfPatient, colleagueOfPatient, patientEmail, patientIdOf } from './layout.mjs';

const { url, today, nowIso, templateSeeds, passwordHash, layout } = workerData;
const now = new Date(nowIso);

const templates = templateSeeds.map((seed) => liveTemplate(seed, today));
const client = new pg.Client({ connectionString: url });
await client.connect();
// Seeding only: commits need not wait for the disk, and the foreign keys hold by construction (each batch
// writes its users, patients and links together), so their per-row checks are skipped.
await client.query('set synchronous_commit = off');
// (Only a superuser may skip them: any other role keeps the checks, and the load is slower.)
await client.query("set session_replication_role = 'replica'").catch(() => undefined);

function batchRows(from, to) {
  const t = {
    users: [[], [], [], []],
    patients: [[], [], [], [], [], [], []],
    screenings: [[], [], []],
    events: [[], [], [], [], [], []],
    snapshots: [[], [], [], [], [], [], [], [], [], [], [], [], []],
    links: [[], [], [], [], [], [], [], [], []],
  };
  const push = (table, ...values) => values.forEach((v, i) => t[table][i].push(v));
  const statuses = {};
  let events = 0;
  const createdAt = `${templates[0].screeningDate}T09:00:00.000Z`;
  for (let i = from; i < to; i++) {
    const patientId = patientIdOf(i);
    const userId = randomUUID();
    const history = patientHistory(i, templates, today);
    const { profile } = history;
    push('users', userId, patientEmail(i), passwordHash, createdAt);
    push(
      'patients',
      patientId,
      userId,
      profile.birthYear,
      profile.birthYear === null ? null : profile.affectedSide,
      profile.runner,
      profile.timeZone,
      createdAt,
    );
    if (history.screening !== null)
      push('screenings', patientId, history.screening.date, JSON.stringify(history.screening.answers));
    const stored = history.events.map((event) => ({
      id: randomUUID(),
      date: event.date,
      type: event.type,
      body: canonicalJson(event),
    }));
    for (const e of stored)
      // The compact events table (migration 020): the body without its date and type; the patient's key below.
      push(
        'events',
        patientId,
        e.id,
        e.date,
        e.type,
        packBody(e.body, e.date, e.type),
        `${e.date}T19:30:00.000Z`,
      );
    events += stored.length;
    const { values } = computeSnapshot(
      {
        profile,
        screening: history.screening ?? undefined,
        events: parseStoredEvents(stored),
      },
      now,
    );
    const lastActivity = values.lastActivity ?? '';
    push(
      'snapshots',
      patientId,
      values.freshUntil,
      values.computedFor,
      values.status,
      values.stage,
      values.level,
      values.flags,
      values.attention,
      values.checkIns,
      values.sessions,
      lastActivity,
      values.decision,
      nowIso,
    );
    const key = `${values.status}/a${values.attention}`;
    statuses[key] = (statuses[key] ?? 0) + 1;
    for (const clinician of [clinicianOfPatient(i, layout), colleagueOfPatient(i, layout)]) {
      if (clinician === undefined) continue;
      push(
        'links',
        clinicianId(clinician),
        patientId,
        createdAt,
        values.attention,
        lastActivity,
        values.freshUntil,
        values.status,
        values.flags,
        patientEmail(i).toLowerCase(),
      );
    }
  }
  return { t, statuses, events };
}

/** COPY's text format: tab-separated, `\N` for null, with backslash, tab and line breaks escaped. */
function copyText(columns) {
  const n = columns[0].length;
  const lines = [];
  for (let r = 0; r < n; r++) {
    const fields = columns.map((column) => {
      const v = column[r];
      if (v === null || v === undefined) return '\\N';
      const text = typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v);
      return /[\\\t\n\r]/.test(text)
        ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
        : text;
    });
    lines.push(fields.join('\t'));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * `COPY table (columns) FROM STDIN` on the worker's connection, through node-postgres's custom-query
 * hook (the protocol's CopyIn messages): several times faster than INSERT for millions of rows.
 */
function copyIn(table, names, columns) {
  const data = Buffer.from(copyText(columns));
  return new Promise((resolve, reject) => {
    let failed;
    client.query({
      submit: (connection) => connection.query(`copy ${table} (${names.join(', ')}) from stdin`),
      handleCopyInResponse: (connection) => {
        for (let at = 0; at < data.length; at += 1 << 20)
          connection.sendCopyFromChunk(data.subarray(at, at + (1 << 20)));
        connection.endCopyFrom();
      },
      handleCommandComplete: () => {},
      handleEmptyQuery: () => {},
      handleError: (error) => {
        failed = error;
      },
      handleReadyForQuery() {
        if (failed) reject(failed);
        else resolve();
      },
    });
  });
}

async function writeBatch(batch, from, to) {
  const started = performance.now();
  const { t, statuses, events } = batchRows(from, to);
  const generated = performance.now();
  const n = to - from;
  const fill = (value, length) => Array.from({ length }, () => value);
  await client.query('begin');
  try {
    await copyIn(
      'users',
      ['id', 'email', 'password_hash', 'created_at', 'role'],
      [...t.users, fill('patient', n)],
    );
    const [ids, owners, births, sides, runners, zones, at] = t.patients;
    await copyIn(
      'patients',
      [
        'id',
        'owner_user_id',
        'birth_year',
        'affected_side',
        'runner',
        'pain_ceiling',
        'time_zone',
        'created_at',
        'updated_at',
      ],
      [ids, owners, births, sides, runners, fill(5, n), zones, at, at],
    );
    const [sIds, sDates, sAnswers] = t.screenings;
    await copyIn(
      'screenings',
      ['patient_id', 'date', 'answers', 'updated_at'],
      [sIds, sDates, sAnswers, sDates.map((d) => `${d}T09:00:00.000Z`)],
    );
    // Events are keyed by the patients' integer keys, which PostgreSQL gave them as they went in.
    const { rows: keyRows } = await client.query('select id, key from patients where id = any($1::text[])', [
      ids,
    ]);
    const keys = new Map(keyRows.map((r) => [r.id, r.key]));
    const [eventPatients, ...eventColumns] = t.events;
    await copyIn(
      'events',
      ['patient_key', 'id', 'date', 'type', 'body', 'received_at'],
      [eventPatients.map((id) => keys.get(id)), ...eventColumns],
    );
    await copyIn(
      'patient_snapshots',
      [
        'patient_id',
        'fresh_until',
        'computed_for',
        'status',
        'stage',
        'level',
        'flags',
        'attention',
        'check_ins',
        'sessions',
        'last_activity',
        'decision',
        'updated_at',
        'version',
        'claimed_until',
      ],
      [...t.snapshots, fill(1, n), fill('', n)],
    );
    await copyIn(
      'clinician_patients',
      [
        'clinician_id',
        'patient_id',
        'created_at',
        'attention',
        'last_activity',
        'fresh_until',
        'status',
        'flags',
        'email',
      ],
      t.links,
    );
    const seconds = (performance.now() - started) / 1000;
    await client.query(
      'insert into scale_batches (batch, patients, events, seconds, statuses) values ($1, $2, $3, $4, $5)',
      [batch, n, events, seconds, JSON.stringify(statuses)],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  return { patients: n, events, generateMs: generated - started, writeMs: performance.now() - generated };
}

parentPort.on('message', async (message) => {
  if (message.type === 'stop') {
    await client.end();
    process.exit(0);
  }
  try {
    const result = await writeBatch(message.batch, message.from, message.to);
    parentPort.postMessage({ type: 'done', batch: message.batch, ...result });
  } catch (error) {
    parentPort.postMessage({ type: 'error', batch: message.batch, message: String(error?.stack ?? error) });
  }
});
parentPort.postMessage({ type: 'ready' });
