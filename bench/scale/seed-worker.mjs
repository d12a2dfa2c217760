// A seeding worker of the scale run (bench/scale/run.mjs): lives its own templates, then takes batches of
// patients from the main thread, makes each patient's year, computes their decision snapshot with the
// server's own code (computeSnapshot on the events as the server reads them back), and writes the batch
// in one transaction: a batch is all there or not at all, so an interrupted run resumes.
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import {
  canonicalJson,
  computeSnapshot,
  packBody,
  parseStoredEvents,
  snapshotColumns,
} from '@hamstring-rehab/server/tools';
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

/** @typedef {import('@hamstring-rehab/server/tools').Database} Database */

/**
 * A batch's rows, column by column, under the store's own column names: each row is written once as an
 * object whose keys the typecheck holds to the store's `Database` type, and COPY takes its column list from
 * those keys, so no list of columns is kept here beside the migrations.
 */
function batchRows(from, to) {
  /** @type {{ [T in keyof Database]?: Map<string, unknown[]> }} */
  const t = {};
  /**
   * @template {keyof Database} T
   * @param {T} table
   * @param {{ [K in keyof Database[T]]?: unknown }} row
   */
  const push = (table, row) => {
    const columns = (t[table] ??= new Map());
    for (const [name, value] of Object.entries(row)) {
      let column = columns.get(name);
      if (column === undefined) columns.set(name, (column = []));
      column.push(value);
    }
  };
  const statuses = {};
  let events = 0;
  const createdAt = `${templates[0].screeningDate}T09:00:00.000Z`;
  for (let i = from; i < to; i++) {
    const patientId = patientIdOf(i);
    const userId = randomUUID();
    const history = patientHistory(i, templates, today);
    const { profile } = history;
    push('users', {
      id: userId,
      email: patientEmail(i),
      password_hash: passwordHash,
      created_at: createdAt,
      role: 'patient',
    });
    push('patients', {
      id: patientId,
      owner_user_id: userId,
      birth_year: profile.birthYear,
      affected_side: profile.birthYear === null ? null : profile.affectedSide,
      runner: profile.runner,
      sport: profile.sport,
      pain_ceiling: profile.painCeiling,
      time_zone: profile.timeZone,
      created_at: createdAt,
      updated_at: createdAt,
    });
    if (history.screening !== null)
      push('screenings', {
        patient_id: patientId,
        date: history.screening.date,
        answers: JSON.stringify(history.screening.answers),
        updated_at: `${history.screening.date}T09:00:00.000Z`,
      });
    const stored = history.events.map((event) => ({
      id: randomUUID(),
      date: event.date,
      type: event.type,
      body: canonicalJson(event),
      receivedAt: `${event.date}T19:30:00.000Z`,
      authorId: null,
      imported: null,
    }));
    for (const e of stored)
      // The compact events table (migration 020, ADR 135): the body packed as the store packs it; the
      // patient's integer key replaces their id once PostgreSQL has given it (writeBatch).
      push('events', {
        patient_key: patientId,
        id: e.id,
        date: e.date,
        type: e.type,
        body: packBody(e.body, e.date, e.type),
        received_at: e.receivedAt,
        author_id: e.authorId,
        imported: e.imported,
      });
    events += stored.length;
    const { values } = computeSnapshot(
      {
        profile,
        screening: history.screening ?? undefined,
        events: parseStoredEvents(stored),
      },
      now,
    );
    // the columns as the server's store writes them (its checkpoint too: the first write replays only later days)
    push('patient_snapshots', { patient_id: patientId, ...snapshotColumns(values, nowIso), version: 1 });
    const key = `${values.status}/a${values.attention}`;
    statuses[key] = (statuses[key] ?? 0) + 1;
    for (const clinician of [clinicianOfPatient(i, layout), colleagueOfPatient(i, layout)]) {
      if (clinician === undefined) continue;
      push('clinician_patients', {
        clinician_id: clinicianId(clinician),
        patient_id: patientId,
        created_at: createdAt,
        attention: values.attention,
        last_activity: values.lastActivity ?? '',
        fresh_until: values.freshUntil,
        status: values.status,
        flags: values.flags,
        email: patientEmail(i).toLowerCase(),
      });
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
function copyIn(table, columns) {
  if (columns === undefined) return Promise.resolve();
  const names = [...columns.keys()];
  const data = Buffer.from(copyText([...columns.values()]));
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

/**
 * Events refer to patients by their integer key (migration 020), which PostgreSQL gives each patient as it
 * goes in: the batch's patient ids in the events' `patient_key` column become those keys.
 * @param {Map<string, unknown[]> | undefined} events
 */
async function withPatientKeys(events) {
  const column = events?.get('patient_key');
  if (column === undefined) return;
  const { rows } = await client.query('select id, key from patients where id = any($1::text[])', [
    [...new Set(column)],
  ]);
  const keys = new Map(rows.map((r) => [r.id, r.key]));
  for (const [i, id] of column.entries()) column[i] = keys.get(id);
}

async function writeBatch(batch, from, to) {
  const started = performance.now();
  const { t, statuses, events } = batchRows(from, to);
  const generated = performance.now();
  const n = to - from;
  await client.query('begin');
  try {
    // Parents before children: users, patients, then what hangs off a patient.
    for (const table of /** @type {const} */ ([
      'users',
      'patients',
      'screenings',
      'events',
      'patient_snapshots',
      'clinician_patients',
    ])) {
      if (table === 'events') await withPatientKeys(t.events);
      await copyIn(table, t[table]);
    }
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
    parentPort.postMessage({
      type: 'error',
      batch: message.batch,
      message: String(error instanceof Error ? (error.stack ?? error) : error),
    });
  }
});
parentPort.postMessage({ type: 'ready' });
