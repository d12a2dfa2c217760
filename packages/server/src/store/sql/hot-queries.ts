import { sql, type Kysely, type QueryCreator } from 'kysely';
import type { Database } from '../database.js';
import { patientKeyOf } from './event-rows.js';
import { precompile } from './precompiled.js';

/** What a recomputation's source holds besides the snapshot row: the patient, their screening. */
const SOURCE_COLUMNS = [
  'p.time_zone',
  'p.owner_user_id',
  'p.birth_year',
  'p.affected_side',
  'p.runner',
  'p.sport',
  'p.pain_ceiling',
  'p.protocol',
  'p.created_at',
  'sc.date as screening_date',
  'sc.answers as screening_answers',
] as const;

/**
 * What marking the snapshot (`patient_snapshots as s`) stale sets: the version up, `fresh_until` empty, and the
 * replay checkpoint dropped when the write is dated on or before its day (the next recomputation then replays
 * in full). `earliest`: the earliest date written ('' for the profile or the screening: no checkpoint holds).
 */
const staleSnapshot = (earliest: string) => ({
  version: sql<number>`s.version + 1`,
  fresh_until: '',
  checkpoint_day: sql<string>`case when s.checkpoint_day >= ${earliest} then '' else s.checkpoint_day end`,
});

/**
 * Marks the snapshot stale returning what a recomputation starts from (the `getSnapshotSource` row as the write
 * leaves it): PostgreSQL only (SQLite's RETURNING cannot name the tables of an UPDATE's FROM).
 */
const markingStaleReturningSource = (qc: QueryCreator<Database>, patientId: string, earliest: string) =>
  qc
    .updateTable('patient_snapshots as s')
    .set(staleSnapshot(earliest))
    .from('patients as p')
    .leftJoin('screenings as sc', 'sc.patient_id', 'p.id')
    .whereRef('p.id', '=', 's.patient_id')
    .where('s.patient_id', '=', patientId)
    .returningAll('s')
    .returning([...SOURCE_COLUMNS]);

/** Marks the patient's clinician links stale (those not stale already). */
const markingLinksStale = (qc: QueryCreator<Database>, patientId: string) =>
  qc
    .updateTable('clinician_patients')
    .set({ fresh_until: '' })
    .where('patient_id', '=', patientId)
    .where('fresh_until', '<>', '');

/** In `appendOneMarkingStale`: only when its insert stored the row. */
const whenInserted = sql<boolean>`exists (select 1 from ins)`;

/** The queries of (nearly) every request, compiled once per store. */
export function hotQueries(db: Kysely<Database>) {
  return {
    findSession: precompile(2, (tokenHash: string, now: string) =>
      db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .leftJoin('patients', 'patients.owner_user_id', 'users.id')
        .select([
          'users.id',
          'users.email',
          'users.role',
          'users.clinic_id',
          'patients.id as patient_id',
          'sessions.expires_at',
        ])
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.expires_at', '>', now),
    ),
    getSnapshot: precompile(1, (patientId: string) =>
      db
        .selectFrom('patient_snapshots as s')
        .innerJoin('patients as p', 'p.id', 's.patient_id')
        .selectAll('s')
        .select('p.time_zone')
        .where('s.patient_id', '=', patientId),
    ),
    getSnapshotSource: precompile(1, (patientId: string) =>
      db
        .selectFrom('patient_snapshots as s')
        .innerJoin('patients as p', 'p.id', 's.patient_id')
        .leftJoin('screenings as sc', 'sc.patient_id', 's.patient_id')
        .selectAll('s')
        .select([...SOURCE_COLUMNS])
        .where('s.patient_id', '=', patientId),
    ),
    getDecisionSnapshot: precompile(1, (patientId: string) =>
      db
        .selectFrom('patient_snapshots as s')
        .innerJoin('patients as p', 'p.id', 's.patient_id')
        .select([
          's.version',
          's.fresh_until',
          's.computed_for',
          's.decision',
          's.checkpoint_day',
          'p.time_zone',
        ])
        .where('s.patient_id', '=', patientId),
    ),
    isLinked: precompile(2, (clinicianId: string, patientId: string) =>
      db
        .selectFrom('clinician_patients')
        .select(['patient_id', 'discharged_at'])
        .where('clinician_id', '=', clinicianId)
        .where('patient_id', '=', patientId),
    ),
    /**
     * One event, the common upload: an offline client sends them as they are logged. The values are the
     * events table's (`eventColumns`); an unknown patient has no key, and the insert fails.
     */
    insertEvent: precompile(
      6,
      (
        patientId: string,
        id: string | Buffer,
        date: string | number,
        type: string,
        body: string,
        receivedAt: string | number,
      ) =>
        db
          .insertInto('events')
          .values({
            patient_key: patientKeyOf(db, patientId),
            id,
            date,
            type,
            body,
            received_at: receivedAt,
          })
          .onConflict((oc) => oc.columns(['patient_key', 'id']).doNothing()),
    ),
    markSnapshotStale: precompile(2, (patientId: string, earliest: string) =>
      db
        .updateTable('patient_snapshots as s')
        .set(staleSnapshot(earliest))
        .where('s.patient_id', '=', patientId),
    ),
    /** `markSnapshotStale` returning the source, in the same statement (PostgreSQL only). */
    markSnapshotStaleReturningSource: precompile(2, (patientId: string, earliest: string) =>
      markingStaleReturningSource(db, patientId, earliest),
    ),
    /**
     * PostgreSQL's common upload in one statement, its own transaction (ADR 236): `insertEvent`, then, only
     * when the row went in, `markSnapshotStaleReturningSource` and `markLinksStale`. One row: `inserted` (0 or
     * 1) and the source as the write left it (its columns null when nothing was stored, or without a snapshot).
     */
    appendOneMarkingStale: precompile(
      7,
      (
        patientId: string,
        id: string | Buffer,
        date: string | number,
        type: string,
        body: string,
        receivedAt: string | number,
        earliest: string,
      ) =>
        db
          .with('ins', (q) =>
            q
              .insertInto('events')
              .values({
                patient_key: patientKeyOf(db, patientId),
                id,
                date,
                type,
                body,
                received_at: receivedAt,
              })
              .onConflict((oc) => oc.columns(['patient_key', 'id']).doNothing())
              .returning('id'),
          )
          .with('marked', () => markingStaleReturningSource(db, patientId, earliest).where(whenInserted))
          .with('links', () => markingLinksStale(db, patientId).where(whenInserted).returning('patient_id'))
          .selectFrom((eb) =>
            eb
              .selectFrom('ins')
              .select((e) => e.fn.countAll<string>().as('inserted'))
              .as('i'),
          )
          .leftJoin('marked', (join) => join.onTrue())
          .select('i.inserted')
          .selectAll('marked'),
    ),
    markLinksStale: precompile(1, (patientId: string) => markingLinksStale(db, patientId)),
  };
}

export type HotQueries = ReturnType<typeof hotQueries>;
