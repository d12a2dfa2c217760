import { sql, type Kysely, type Migration } from 'kysely';

/** Treatment notes: what a clinician did or taught in a session, visible to the patient, read-only. */
export const treatmentNotesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('treatment_notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(sql`kind in ('soft-tissue', 'taping', 'dry-needling', 'education', 'other')`),
      )
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('treatment_notes_patient')
      .on('treatment_notes')
      .columns(['patient_id', 'date', 'created_at'])
      .execute();
  },
};
