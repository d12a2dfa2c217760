import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { AlertMails, DecisionSnapshot, Snapshot, SnapshotValues } from '../store.js';
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

export async function getSnapshot(
  { reader, hot }: SqlContext,
  patientId: string,
): Promise<Snapshot | undefined> {
  const [row] = (await hot.getSnapshot(reader, patientId)).rows;
  if (row === undefined) return undefined;
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

export async function getDecisionSnapshot(
  { reader, hot }: SqlContext,
  patientId: string,
): Promise<DecisionSnapshot | undefined> {
  const [row] = (await hot.getDecisionSnapshot(reader, patientId)).rows;
  if (row === undefined) return undefined;
  return {
    freshUntil: row.fresh_until,
    computedFor: row.computed_for,
    timeZone: row.time_zone,
    decision: row.decision,
  };
}

export async function saveSnapshot(
  db: Kysely<Database>,
  patientId: string,
  version: number,
  values: SnapshotValues,
  now: string,
  alerts?: (newFlags: number) => AlertMails | undefined,
): Promise<boolean> {
  const lastActivity = values.lastActivity ?? '';
  return db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('patient_snapshots')
      .select('flags')
      .where('patient_id', '=', patientId)
      .executeTakeFirst();
    const saved = await tx
      .updateTable('patient_snapshots')
      .set({
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
        last_activity: lastActivity,
        decision: values.decision,
        checkpoint: values.checkpoint?.json ?? null,
        checkpoint_day: values.checkpoint?.day ?? '',
        updated_at: now,
      })
      .where('patient_id', '=', patientId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(saved.numUpdatedRows) === 0) return false;
    await tx
      .updateTable('clinician_patients')
      .set({
        attention: values.attention,
        last_activity: lastActivity,
        fresh_until: values.freshUntil,
        status: values.status,
        flags: values.flags,
      })
      .where('patient_id', '=', patientId)
      .execute();
    // Flags that appear with this snapshot: their alerts are queued in its transaction (ADR 121).
    const appeared = values.flags & ~(before?.flags ?? 0);
    const mails = appeared === 0 ? undefined : alerts?.(appeared);
    if (mails !== undefined) await enqueueWithin(tx, mails(await alertRecipients(tx, patientId)), now);
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
