import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { InviteInput, LinkedClinician } from '../store.js';
import type { SqlContext } from './context.js';
import { isUniqueViolation } from './users.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Clinician-patient links and the invites that make them. */
/**
 * A new link carries the patient's current snapshot sort keys and filter values, so the caseload index can
 * order it and filter it.
 */
function insertLink(db: Db, input: { clinicianId: string; patientId: string; now: string }) {
  return db
    .insertInto('clinician_patients')
    .columns([
      'clinician_id',
      'patient_id',
      'created_at',
      'attention',
      'last_activity',
      'fresh_until',
      'status',
      'flags',
      'email',
    ])
    .expression((eb) =>
      eb
        .selectFrom('patient_snapshots as s')
        .innerJoin('patients as p', 'p.id', 's.patient_id')
        .leftJoin('users as u', 'u.id', 'p.owner_user_id')
        .select([
          eb.val(input.clinicianId).as('clinician_id'),
          's.patient_id',
          eb.val(input.now).as('created_at'),
          's.attention',
          's.last_activity',
          's.fresh_until',
          's.status',
          's.flags',
          sql<string>`coalesce(lower(u.email), '')`.as('email'),
        ])
        .where('s.patient_id', '=', input.patientId),
    )
    .onConflict((oc) => oc.columns(['clinician_id', 'patient_id']).doNothing())
    .execute();
}

export async function linkClinician(
  db: Kysely<Database>,
  input: { clinicianId: string; patientId: string; now: string },
): Promise<void> {
  await insertLink(db, input);
}

export async function isLinkedClinician(
  { reader, hot }: SqlContext,
  clinicianId: string,
  patientId: string,
): Promise<boolean> {
  return (await hot.isLinked(reader, clinicianId, patientId)).rows.length > 0;
}

export async function unlinkClinician(
  db: Kysely<Database>,
  clinicianId: string,
  patientId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('clinician_patients')
    .where('clinician_id', '=', clinicianId)
    .where('patient_id', '=', patientId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listPatientClinicians(
  db: Kysely<Database>,
  patientId: string,
): Promise<LinkedClinician[]> {
  const rows = await db
    .selectFrom('clinician_patients')
    .innerJoin('users', 'users.id', 'clinician_patients.clinician_id')
    .leftJoin('clinics', 'clinics.id', 'users.clinic_id')
    .select([
      'users.id',
      'users.email',
      'users.clinic_id',
      'clinics.name as clinic_name',
      'clinician_patients.created_at',
    ])
    .where('clinician_patients.patient_id', '=', patientId)
    .orderBy('clinician_patients.created_at')
    .orderBy('users.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    clinicId: r.clinic_id,
    clinicName: r.clinic_name,
    linkedAt: r.created_at,
  }));
}

export async function createInvite(db: Kysely<Database>, invite: InviteInput): Promise<boolean> {
  try {
    await db
      .insertInto('invites')
      .values({
        code_hash: invite.codeHash,
        kind: invite.kind,
        clinician_id: invite.clinicianId,
        created_at: invite.now,
        expires_at: invite.expiresAt,
      })
      .execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function acceptPatientInvite(
  db: Kysely<Database>,
  input: { codeHash: string; patientId: string; now: string },
): Promise<string | undefined> {
  return db.transaction().execute(async (tx) => {
    const patient = await tx
      .selectFrom('patients')
      .select('owner_user_id')
      .where('id', '=', input.patientId)
      .executeTakeFirst();
    if (patient === undefined) return undefined;
    const invite = await tx
      .updateTable('invites')
      .set({ used_at: input.now, used_by: patient.owner_user_id })
      .where('code_hash', '=', input.codeHash)
      .where('kind', '=', 'patient')
      .where('used_at', 'is', null)
      .where('expires_at', '>', input.now)
      .returning('clinician_id')
      .executeTakeFirst();
    if (invite === undefined) return undefined;
    await insertLink(tx, { clinicianId: invite.clinician_id, patientId: input.patientId, now: input.now });
    return invite.clinician_id;
  });
}
