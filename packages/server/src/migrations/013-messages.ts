import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Secure messages (issue 13, ADR 121): one thread per patient between the patient and their linked
 * clinicians. `id` is the client's (one per form instance), so a message sent twice is stored once.
 * `message_reads`: how far each user has read each thread (the unread counts). `alert_preferences`: which
 * alerts each clinician gets by e-mail (a JSON list of alert kinds; no row: red flags only).
 */
export const messagesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('author_role', 'text', (c) =>
        c.notNull().check(sql`author_role in ('patient', 'clinician')`),
      )
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('messages_patient')
      .on('messages')
      .columns(['patient_id', 'created_at'])
      .execute();
    await db.schema
      .createTable('message_reads')
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('read_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('message_reads_pk', ['patient_id', 'user_id'])
      .execute();
    await db.schema.createIndex('message_reads_user').on('message_reads').column('user_id').execute();
    await db.schema
      .createTable('alert_preferences')
      .addColumn('clinician_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
