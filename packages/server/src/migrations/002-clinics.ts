import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Clinics and invites: every clinician belongs to a clinic (`users.clinic_id`), and invites carry a
 * short code (stored as its SHA-256 only) that a patient redeems to link to the inviting clinician, or a
 * colleague redeems to join the clinic. Each invite is single use (`used_at`) and expires.
 */
export const clinicsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('clinics')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .alterTable('users')
      .addColumn('clinic_id', 'text', (c) => c.references('clinics.id'))
      .execute();
    await db.schema.createIndex('users_clinic').on('users').column('clinic_id').execute();
    await db.schema
      .createTable('invites')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('patient', 'clinician')`))
      .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addColumn('used_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .execute();
    await db.schema.createIndex('invites_clinician').on('invites').column('clinician_id').execute();
  },
};
