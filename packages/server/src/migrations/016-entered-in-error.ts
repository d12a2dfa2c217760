import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Entries marked "entered in error" (issue 12, ADR 129): a clinician's note, clinician action, load test or
 * function check is never deleted or changed; a row here says it was wrong, why, who said so and when. One
 * mark per entry (`target` is `event` or `note`, `target_id` the entry's id within the patient). The event
 * log stays append-only: the server leaves a marked event out of the case it gives the engine.
 */
export const enteredInErrorMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('entered_in_error')
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id').onDelete('cascade'))
      .addColumn('target', 'text', (c) => c.notNull().check(sql`target in ('event', 'note')`))
      .addColumn('target_id', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('marked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('marked_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('entered_in_error_pk', ['patient_id', 'target', 'target_id'])
      .execute();
  },
};
