import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The clinician workspace a clinic can adopt (issue 12, ADRs 122-124):
 * - `patients.full_name`, `date_of_birth`, `clinic_ref`: who the patient is (all optional, nullable).
 * - `clinician_patients.name`: the patient's name, lower-cased, copied onto each link for the caseload search
 *   (as the e-mail, ADR 109); `assignee_id`: the clinician of the clinic responsible for the patient (a
 *   clinic's patients are linked to every clinician of the clinic; "mine" is `assignee_id = clinician_id`);
 *   `discharged_at`: '' while under care, else when the clinic discharged (archived) the patient.
 * - `users.clinic_role`: `admin` or `clinician`; each clinic's first clinician becomes its admin.
 * - `patient_snapshots.planned_check_ins`, `planned_sessions`, `adherence`: adherence as done against planned
 *   (ADR 123); every snapshot is marked stale so that it is recomputed with them.
 * - `invites.id` (a public handle, to list and revoke), `patient_name`, `patient_dob`, `patient_ref` (an
 *   invite for a named patient), `revoked_at`.
 */
export const clinicWorkspaceMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    for (const column of ['full_name', 'date_of_birth', 'clinic_ref']) {
      await db.schema.alterTable('patients').addColumn(column, 'text').execute();
    }
    await db.schema
      .alterTable('clinician_patients')
      .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.alterTable('clinician_patients').addColumn('assignee_id', 'text').execute();
    await db.schema
      .alterTable('clinician_patients')
      .addColumn('discharged_at', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await sql`update clinician_patients set assignee_id = clinician_id`.execute(db);
    await db.schema
      .createIndex('clinician_patients_assignee')
      .on('clinician_patients')
      .columns(['assignee_id', 'patient_id'])
      .execute();

    await db.schema.alterTable('users').addColumn('clinic_role', 'text').execute();
    await sql`
      update users set clinic_role = case when id = (
        select u2.id from users u2 where u2.clinic_id = users.clinic_id and u2.role = 'clinician'
        order by u2.created_at, u2.id limit 1) then 'admin' else 'clinician' end
      where role = 'clinician' and clinic_id is not null`.execute(db);

    for (const column of ['id', 'patient_name', 'patient_dob', 'patient_ref', 'revoked_at']) {
      await db.schema.alterTable('invites').addColumn(column, 'text').execute();
    }
    const invites = await sql<{ code_hash: string }>`select code_hash from invites`.execute(db);
    for (const invite of invites.rows) {
      await sql`update invites set id = ${randomUUID()} where code_hash = ${invite.code_hash}`.execute(db);
    }
    await db.schema.createIndex('invites_id').on('invites').column('id').unique().execute();

    // Adherence as done against planned: recomputed for everyone (ADR 105: emptying fresh_until is enough).
    for (const column of ['planned_check_ins', 'planned_sessions']) {
      await db.schema
        .alterTable('patient_snapshots')
        .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    }
    await db.schema
      .alterTable('patient_snapshots')
      .addColumn('adherence', 'integer', (c) => c.notNull().defaultTo(-1))
      .execute();
    await sql`update patient_snapshots set fresh_until = ''`.execute(db);
    await sql`update clinician_patients set fresh_until = ''`.execute(db);
  },
};
