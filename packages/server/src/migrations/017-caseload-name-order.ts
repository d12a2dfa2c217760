import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The caseload table sorted by name (ADR 218) reads its page from an index instead of sorting a clinician's
 * every link: `(clinician_id, discharged_at, name = '', name, patient_id)`, the order of the query (unnamed
 * patients last, then the lower-cased name, then the id). At 10,000 links per clinician that turns a sort of
 * 10,000 rows (about 14 ms on PostgreSQL) into reading 26 index entries; the counts of the caseload can read
 * it too. The same statement on SQLite and PostgreSQL (both index expressions). docs/performance.md.
 */
export const caseloadNameOrderMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await sql`create index clinician_patients_name_order
      on clinician_patients (clinician_id, discharged_at, (name = ''), name, patient_id)`.execute(db);
  },
};
