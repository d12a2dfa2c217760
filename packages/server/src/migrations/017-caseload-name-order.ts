import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Two indexes for a clinic's shared caseload at 10,000 patients (issue 12, docs/performance.md), the same
 * statements on SQLite and PostgreSQL:
 * - `clinician_patients_name_order (clinician_id, discharged_at, name = '', name, patient_id, email)`: the table
 *   sorted by name (ADR 218) reads its page in the query's order (unnamed patients last, the lower-cased
 *   name, the id) instead of sorting every link of the clinician; the counts of the shared view and of a
 *   search (name and e-mail are in it) read the index alone.
 * - `clinician_patients_mine (clinician_id, discharged_at, assignee_id, attention, last_activity desc,
 *   patient_id)`: the "mine" filter's page in attention order and its count, from the clinician's own
 *   patients only (before, SQLite read the 10,000 links that name the clinician as assignee, one per
 *   colleague, to keep the 500 that are the clinician's own).
 */
export const caseloadNameOrderMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`create index clinician_patients_name_order
      on clinician_patients (clinician_id, discharged_at, (name = ''), name, patient_id, email)`.execute(db);
    await sql`create index clinician_patients_mine
      on clinician_patients (clinician_id, discharged_at, assignee_id, attention, last_activity desc, patient_id)`.execute(
      db,
    );
  },
};
