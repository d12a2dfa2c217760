import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, PatientSnapshotsTable } from '../database.js';
import type {
  AlertMails,
  DecisionSnapshot,
  SaveSnapshotOptions,
  Snapshot,
  SnapshotSource,
  SnapshotValues,
} from '../store.js';
import { toPatient, toScreening } from './patient-rows.js';
import type { SqlContext } from './context.js';
import { alertRecipients } from './alerts.js';
import { enqueueWithin } from './mail.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Marks the patient's snapshot stale: the version goes up and `fresh_until` empties, on the snapshot and on
 * the patient's clinician links. Called inside every transaction that writes to the case. `earliest`: the
 * earliest date of the events written; a replay checkpoint on or after it no longer holds ('' for writes of
 * the profile or screening: none holds).
 */
export async function markStale(
  { hot }: SqlContext,
  tx: Db,
  patientId: string,
  earliest = '',
): Promise<void> {
  await hot.markSnapshotStale(tx, patientId, earliest);
  await hot.markLinksStale(tx, patientId);
}

/**
 * `markStale` that also gives the case as the write leaves it (ADR 235): what the recomputation this write
 * starts would read first. On PostgreSQL the marking statement returns it; on SQLite it is read in the
 * transaction (in the process, no round trip). Undefined without a snapshot.
 */
export async function markStaleReading(
  { hot, dialect }: SqlContext,
  tx: Db,
  patientId: string,
  earliest: string,
): Promise<SnapshotSource | undefined> {
  let row: SourceRow | undefined;
  if (dialect === 'postgres') {
    [row] = (await hot.markSnapshotStaleReturningSource(tx, patientId, earliest)).rows;
  } else {
    await hot.markSnapshotStale(tx, patientId, earliest);
    [row] = (await hot.getSnapshotSource(tx, patientId)).rows;
  }
  await hot.markLinksStale(tx, patientId);
  return row === undefined ? undefined : toSource(row);
}

type SnapshotRow = Selectable<PatientSnapshotsTable> & { time_zone: string };

function toSnapshot(row: SnapshotRow): Snapshot {
  return {
    patientId: row.patient_id,
    version: row.version,
    freshUntil: row.fresh_until,
    computedFor: row.computed_for,
    timeZone: row.time_zone,
    status: row.status,
    stage: row.stage,
    level: row.level,
    flags: row.flags,
    attention: row.attention,
    checkIns: row.check_ins,
    sessions: row.sessions,
    plannedCheckIns: row.planned_check_ins,
    plannedSessions: row.planned_sessions,
    adherence: row.adherence,
    lastActivity: row.last_activity === '' ? null : row.last_activity,
    decision: row.decision,
    checkpoint:
      row.checkpoint_day === '' || row.checkpoint === null
        ? null
        : { day: row.checkpoint_day, json: row.checkpoint },
  };
}

export async function getSnapshot(
  { reader, hot }: SqlContext,
  patientId: string,
): Promise<Snapshot | undefined> {
  const [row] = (await hot.getSnapshot(reader, patientId)).rows;
  return row === undefined ? undefined : toSnapshot(row);
}

/** The snapshot, the patient and their screening in one query (a recomputation's first read). */
export async function getSnapshotSource(
  { reader, hot }: SqlContext,
  patientId: string,
): Promise<SnapshotSource | undefined> {
  const [row] = (await hot.getSnapshotSource(reader, patientId)).rows;
  return row === undefined ? undefined : toSource(row);
}

export type SourceRow = Awaited<ReturnType<SqlContext['hot']['getSnapshotSource']>>['rows'][number];

/** A `getSnapshotSource` row (or one of the same columns) as the source. */
export function toSource(row: SourceRow): SnapshotSource {
  return {
    snapshot: toSnapshot(row),
    patient: toPatient({ ...row, id: row.patient_id }),
    screening:
      row.screening_date === null || row.screening_answers === null
        ? undefined
        : toScreening({ date: row.screening_date, answers: row.screening_answers }),
  };
}

export async function getDecisionSnapshot(
  { reader, hot }: SqlContext,
  patientId: string,
): Promise<DecisionSnapshot | undefined> {
  const [row] = (await hot.getDecisionSnapshot(reader, patientId)).rows;
  if (row === undefined) return undefined;
  return {
    version: row.version,
    freshUntil: row.fresh_until,
    computedFor: row.computed_for,
    timeZone: row.time_zone,
    decision: row.decision,
    checkpointDay: row.checkpoint_day,
  };
}

/**
 * A computed snapshot as the columns of its `patient_snapshots` row (all but the patient and the version):
 * what `saveSnapshot` writes, and what bench/scale's seed writes for its patients.
 */
export function snapshotColumns(values: SnapshotValues, now: string) {
  return {
    fresh_until: values.freshUntil,
    claimed_until: '',
    computed_for: values.computedFor,
    status: values.status,
    stage: values.stage,
    level: values.level,
    flags: values.flags,
    attention: values.attention,
    check_ins: values.checkIns,
    sessions: values.sessions,
    planned_check_ins: values.plannedCheckIns ?? 0,
    planned_sessions: values.plannedSessions ?? 0,
    adherence: values.adherence ?? -1,
    last_activity: values.lastActivity ?? '',
    decision: values.decision,
    checkpoint: values.checkpoint?.json ?? null,
    checkpoint_day: values.checkpoint?.day ?? '',
    updated_at: now,
  };
}

/**
 * Saves a recomputed snapshot unless the case changed since `version` was read; true when saved. Flags that
 * appear with it queue their alert mails in the same transaction (ADR 121).
 *
 * On PostgreSQL (ADR 136) it is one statement whose commit does not wait for the WAL to reach the disk: a
 * snapshot is derived from the event log, and one lost in a crash leaves the row the write made stale,
 * which is recomputed (alert mails queued with it are lost with it, and queued again then). That statement
 * saves only when no flag appears; when one does, the save runs again in a transaction that queues the
 * mails.
 */
export async function saveSnapshot(
  { db, dialect }: SqlContext,
  patientId: string,
  version: number,
  values: SnapshotValues,
  now: string,
  alerts?: (newFlags: number) => AlertMails | undefined,
  { keepCheckpoint = false }: SaveSnapshotOptions = {},
): Promise<boolean> {
  const { checkpoint, checkpoint_day, ...columns } = snapshotColumns(values, now);
  const lastActivity = columns.last_activity;
  // a kept checkpoint (9 KB of JSON on average) is not written again: the version check guarantees it
  const snapshot = keepCheckpoint ? columns : { ...columns, checkpoint, checkpoint_day };
  const link = {
    attention: values.attention,
    last_activity: lastActivity,
    fresh_until: values.freshUntil,
    status: values.status,
    flags: values.flags,
  };
  /** Queues the alert mails of the flags that appear with this snapshot (none before `before`'s flags). */
  const queueAlerts = async (tx: Transaction<Database>, before: number | undefined) => {
    const appeared = values.flags & ~(before ?? 0);
    const mails = appeared === 0 ? undefined : alerts?.(appeared);
    if (mails !== undefined) await enqueueWithin(tx, mails(await alertRecipients(tx, patientId)), now);
  };
  if (dialect === 'postgres') {
    /** The save in one statement; with `noneAppear`, only when no flag appears (nothing to queue). */
    const save = async (executor: Db, noneAppear: boolean) => {
      const row = await executor
        .with('before', (q) =>
          q.selectFrom('patient_snapshots').select('flags').where('patient_id', '=', patientId),
        )
        .with('saved', (q) =>
          q
            .updateTable('patient_snapshots')
            .set(snapshot)
            .where('patient_id', '=', patientId)
            .where('version', '=', version)
            .$if(noneAppear, (u) => u.where((eb) => eb(eb('flags', '&', values.flags), '=', values.flags)))
            .returning('patient_id'),
        )
        .with('links', (q) =>
          q
            .updateTable('clinician_patients')
            .set(link)
            .where('patient_id', 'in', (eb) => eb.selectFrom('saved').select('patient_id'))
            .returning('patient_id'),
        )
        .selectNoFrom((eb) => [
          eb.selectFrom('before').select('flags').as('before'),
          eb
            .selectFrom('saved')
            .select((e) => e.fn.countAll<string>().as('n'))
            .as('saved'),
          sql<string>`set_config('synchronous_commit', 'off', true)`.as('synchronous_commit'),
        ])
        .executeTakeFirstOrThrow();
      return { saved: Number(row.saved) > 0, before: row.before ?? undefined };
    };
    // Without alerts, or when no flag appears (the common case), one statement is the whole save.
    const quick = await save(db, alerts !== undefined);
    if (quick.saved || alerts === undefined || values.flags === 0) return quick.saved;
    // Flags appear (or the case changed): the save and the alert mails in one transaction.
    return db.transaction().execute(async (tx) => {
      const { saved, before } = await save(tx, false);
      if (saved) await queueAlerts(tx, before);
      return saved;
    });
  }
  return db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('patient_snapshots')
      .select('flags')
      .where('patient_id', '=', patientId)
      .executeTakeFirst();
    const saved = await tx
      .updateTable('patient_snapshots')
      .set(snapshot)
      .where('patient_id', '=', patientId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(saved.numUpdatedRows) === 0) return false;
    await tx.updateTable('clinician_patients').set(link).where('patient_id', '=', patientId).execute();
    await queueAlerts(tx, before?.flags);
    return true;
  });
}

export async function claimStaleSnapshots(
  { db, dialect }: SqlContext,
  now: string,
  claimUntil: string,
  limit: number,
): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    let stale = tx
      .selectFrom('patient_snapshots')
      .select('patient_id')
      .where('fresh_until', '<=', now)
      .where('claimed_until', '<=', now)
      .orderBy('fresh_until')
      .limit(limit);
    // PostgreSQL: servers sweeping at once skip each other's rows instead of waiting for them.
    if (dialect === 'postgres') stale = stale.forUpdate().skipLocked();
    const ids = (await stale.execute()).map((r) => r.patient_id);
    if (ids.length === 0) return [];
    await tx
      .updateTable('patient_snapshots')
      .set({ claimed_until: claimUntil })
      .where('patient_id', 'in', ids)
      .execute();
    return ids;
  });
}
