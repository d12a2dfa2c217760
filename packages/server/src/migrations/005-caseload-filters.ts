import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The snapshot's `status` and `flags` copied onto each clinician link too, beside the sort keys of
 * migration 003, so that a caseload filtered by status or flag is read from the links alone instead of
 * looking up every linked patient's snapshot (docs/decisions/108). Existing links take their patient's
 * current values.
 */
export const caseloadFiltersMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('clinician_patients')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('incomplete'))
      .execute();
    await db.schema
      .alterTable('clinician_patients')
      .addColumn('flags', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`
      update clinician_patients set
        status = (select s.status from patient_snapshots s where s.patient_id = clinician_patients.patient_id),
        flags = (select s.flags from patient_snapshots s where s.patient_id = clinician_patients.patient_id)
      where exists (select 1 from patient_snapshots s where s.patient_id = clinician_patients.patient_id)`.execute(
      db,
    );
  },
};
