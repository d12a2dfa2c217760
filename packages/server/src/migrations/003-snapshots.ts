import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A decision snapshot per patient, so that a clinician's caseload and a patient's decision for today are
 * read, not replayed. Every write to a patient's case bumps `version` and empties `fresh_until` in its
 * own transaction; the snapshot is recomputed after it (docs/decisions/105). The caseload sort keys are
 * copied onto each clinician link, so that one index serves a clinician's page in attention order.
 * Patients that exist already get an empty snapshot, computed at first need.
 */
export const snapshotsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('patient_snapshots')
      .addColumn('patient_id', 'text', (c) => c.primaryKey().references('patients.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('fresh_until', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('claimed_until', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('computed_for', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('incomplete'))
      .addColumn('stage', 'integer')
      .addColumn('level', 'integer')
      .addColumn('flags', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('attention', 'integer', (c) => c.notNull().defaultTo(6))
      .addColumn('check_ins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('sessions', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_activity', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('decision', 'text')
      .addColumn('updated_at', 'text')
      .execute();
    await db.schema
      .createIndex('patient_snapshots_fresh')
      .on('patient_snapshots')
      .columns(['fresh_until', 'claimed_until'])
      .execute();
    await sql`insert into patient_snapshots (patient_id) select id from patients`.execute(db);

    for (const [column, type, value] of [
      ['attention', 'integer', 6],
      ['last_activity', 'text', ''],
      ['fresh_until', 'text', ''],
    ] as const) {
      await db.schema
        .alterTable('clinician_patients')
        .addColumn(column, type, (c) => c.notNull().defaultTo(value))
        .execute();
    }
    await db.schema
      .createIndex('clinician_patients_caseload')
      .on('clinician_patients')
      .columns(['clinician_id', 'attention', 'last_activity desc', 'patient_id'])
      .execute();
    await db.schema
      .createIndex('clinician_patients_fresh')
      .on('clinician_patients')
      .columns(['clinician_id', 'fresh_until'])
      .execute();
  },
};
