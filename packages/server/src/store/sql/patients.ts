import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { ErrorMark, PatientRecord, Profile, Screening, StoredEvent } from '../store.js';
import { toPatient, toScreening } from './patient-rows.js';
import type { SqlContext } from './context.js';
import { markStale } from './snapshots.js';
import { listErrorMarks, toErrorMark, withMark } from './entered-in-error.js';
import { dayNumber } from '../event-codec.js';
import { eventSelection, patientKeyOf, storedEvent, type EventRow } from './event-rows.js';

export async function getPatient(
  db: Kysely<Database>,
  patientId: string,
): Promise<PatientRecord | undefined> {
  const row = await db.selectFrom('patients').selectAll().where('id', '=', patientId).executeTakeFirst();
  return row === undefined ? undefined : toPatient(row);
}

export async function setProfile(
  context: SqlContext,
  patientId: string,
  profile: Profile,
  now: string,
): Promise<void> {
  const { db, bool } = context;
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('patients')
      .set({
        birth_year: profile.birthYear,
        affected_side: profile.affectedSide,
        runner: bool(profile.runner),
        sport: bool(profile.sport),
        pain_ceiling: profile.painCeiling,
        time_zone: profile.timeZone,
        updated_at: now,
      })
      .where('id', '=', patientId)
      .execute();
    await markStale(context, tx, patientId);
  });
}

export async function getScreening(db: Kysely<Database>, patientId: string): Promise<Screening | undefined> {
  const row = await db
    .selectFrom('screenings')
    .select(['date', 'answers'])
    .where('patient_id', '=', patientId)
    .executeTakeFirst();
  return row === undefined ? undefined : toScreening(row);
}

export async function setScreening(
  context: SqlContext,
  patientId: string,
  screening: Screening,
  now: string,
): Promise<void> {
  const { db } = context;
  const values = { date: screening.date, answers: JSON.stringify(screening.answers), updated_at: now };
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('screenings')
      .values({ patient_id: patientId, ...values })
      .onConflict((oc) => oc.column('patient_id').doUpdateSet(values))
      .execute();
    await markStale(context, tx, patientId);
  });
}

export async function listEvents(context: SqlContext, patientId: string): Promise<StoredEvent[]> {
  return listEventsAfter(context, patientId, '');
}

/** The query of the patient's events dated after `date` (every event for ''), by date then arrival. */
function eventsAfter({ db, dialect }: SqlContext, patientId: string, date: string) {
  return db
    .selectFrom('events')
    .select(eventSelection(dialect))
    .where('patient_key', '=', patientKeyOf(db, patientId))
    .$if(date !== '', (q) => q.where('events.date', '>', dialect === 'sqlite' ? dayNumber(date) : date))
    .orderBy('events.date')
    .orderBy('events.seq');
}

/** Stored events from their rows, each with its error mark. */
const withMarks = (rows: EventRow[], marks: Map<string, ErrorMark>): StoredEvent[] =>
  rows.map((r) => {
    const event = storedEvent(r);
    return { ...event, ...withMark(marks.get(event.id)) };
  });

/**
 * The patient's events dated after `date` (every event for ''), by date then arrival, with their error
 * marks (a replay checkpoint's later events, ADR 134). Read from `events_by_day` (ADR 135).
 */
export async function listEventsAfter(
  context: SqlContext,
  patientId: string,
  date: string,
): Promise<StoredEvent[]> {
  const [rows, marks] = await Promise.all([
    eventsAfter(context, patientId, date).$castTo<EventRow>().execute(),
    listErrorMarks(context.db, patientId, 'event'),
  ]);
  return withMarks(rows, marks);
}

/**
 * `listEventsAfter` with the snapshot version the events belong to, for reading them beside the snapshot
 * source rather than after it (ADR 136): the events and the marks are each read by one statement that also
 * reads the snapshot's version (a write or a mark raises it in its own transaction, and one statement sees
 * one state), and they are read again until both name the same version. Undefined when the patient has no
 * snapshot, or when three reads in a row disagreed.
 */
export async function listEventsAfterAt(
  context: SqlContext,
  patientId: string,
  date: string,
): Promise<{ version: number; events: StoredEvent[] } | undefined> {
  const { db } = context;
  const version = (eb: ExpressionBuilder<Database, 'events'>) =>
    eb
      .selectFrom('patient_snapshots')
      .select('version')
      .where('patient_id', '=', patientId)
      .as('snapshot_version');
  // writes keep landing between the two: the caller reads the later events after the source instead
  for (let attempt = 0; attempt < 3; attempt++) {
    const [rows, marks] = await Promise.all([
      eventsAfter(context, patientId, date)
        .select(version)
        .$castTo<EventRow & { snapshot_version: number | null }>()
        .execute(),
      // one row even without marks: the snapshot's, with the marks joined to it
      db
        .selectFrom('patient_snapshots as s')
        .leftJoin('entered_in_error as m', (join) =>
          join.on('m.patient_id', '=', patientId).on('m.target', '=', 'event'),
        )
        .leftJoin('users as u', 'u.id', 'm.marked_by')
        .select(['s.version', 'm.target_id', 'm.reason', 'm.marked_by', 'u.email', 'm.marked_at'])
        .where('s.patient_id', '=', patientId)
        .execute(),
    ]);
    const at = marks[0]?.version;
    if (at === undefined) return undefined;
    if (rows.some((r) => r.snapshot_version !== at)) continue;
    const byEvent = new Map<string, ErrorMark>();
    for (const { target_id, reason, marked_at, ...m } of marks)
      if (target_id !== null && reason !== null && marked_at !== null)
        byEvent.set(target_id, toErrorMark({ ...m, reason, marked_at }));
    return { version: at, events: withMarks(rows, byEvent) };
  }
  return undefined;
}

/** What an erasure leaves behind: ids only (the erasure ledger, ADR 112). */
export interface Erasure {
  patientId: string;
  userId: string | null;
  erasedAt: string;
}

/**
 * Erases the patient, everything of theirs and the user account they manage, and records the erasure (ids
 * only) in the same transaction. Undefined when there was no such patient (nothing recorded).
 */
export async function erasePatient(
  db: Kysely<Database>,
  patientId: string,
  now: string,
): Promise<Erasure | undefined> {
  return db.transaction().execute(async (tx) => {
    const patient = await tx
      .selectFrom('patients')
      .select('owner_user_id')
      .where('id', '=', patientId)
      .executeTakeFirst();
    if (patient === undefined) return undefined;
    const erasure = { patientId, userId: patient.owner_user_id, erasedAt: now };
    await eraseWithin(tx, erasure);
    return erasure;
  });
}

/** The deletes of one erasure and its ledger row, inside the caller's transaction. */
export async function eraseWithin(tx: Kysely<Database>, erasure: Erasure): Promise<void> {
  const { patientId, userId, erasedAt } = erasure;
  await tx.deleteFrom('audit_log').where('patient_id', '=', patientId).execute();
  // The thread and its read marks (the foreign keys cascade too; said here so that no backend depends on it).
  await tx.deleteFrom('message_reads').where('patient_id', '=', patientId).execute();
  await tx.deleteFrom('messages').where('patient_id', '=', patientId).execute();
  await tx.deleteFrom('push_reminders').where('patient_id', '=', patientId).execute();
  await tx.deleteFrom('entered_in_error').where('patient_id', '=', patientId).execute();
  await tx.deleteFrom('patients').where('id', '=', patientId).execute();
  if (userId !== null) {
    // The sign-in throttle is keyed by e-mail address: an erased account leaves no trace of it there either.
    await tx
      .deleteFrom('login_throttle')
      .where('email', 'in', tx.selectFrom('users').select('email').where('id', '=', userId))
      .execute();
    // Their mail (waiting or sent) and their reset and e-mail-change links go with the account; the
    // sign-up link's mail was queued before the account existed, so it is found by its address.
    await tx.deleteFrom('outbox').where('user_id', '=', userId).execute();
    await tx
      .deleteFrom('outbox')
      .where('user_id', 'is', null)
      .where('recipient', 'in', tx.selectFrom('users').select('email').where('id', '=', userId))
      .execute();
    await tx.deleteFrom('account_tokens').where('user_id', '=', userId).execute();
    await tx.deleteFrom('message_reads').where('user_id', '=', userId).execute();
    await tx.deleteFrom('push_subscriptions').where('user_id', '=', userId).execute();
    await tx.deleteFrom('users').where('id', '=', userId).execute();
  }
  await tx
    .insertInto('erasures')
    .values({ patient_id: patientId, user_id: userId, erased_at: erasedAt })
    .onConflict((oc) => oc.column('patient_id').doNothing())
    .execute();
}
