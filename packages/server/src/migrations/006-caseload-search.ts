import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The patient's e-mail address, lower-cased, copied onto each clinician link, so that a caseload search
 * scans the clinician's own links instead of every user in the database (docs/decisions/109). Addresses
 * never change once an account exists; erasing a patient deletes their links with them. Existing links take
 * their patient's address.
 */
export const caseloadSearchMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('clinician_patients')
      .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await sql`
      update clinician_patients set email = coalesce((
        select lower(u.email) from patients p join users u on u.id = p.owner_user_id
        where p.id = clinician_patients.patient_id), '')`.execute(db);
  },
};
