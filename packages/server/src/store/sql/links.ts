import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { InviteInput, LinkedClinician, LinkState } from '../store.js';
import type { SqlContext } from './context.js';
import { clinicMemberIds } from './clinic.js';
import { isUniqueViolation } from './users.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Clinician-patient links and the invites that make them. */

/**
 * A new link carries the patient's current snapshot sort keys and filter values, and copies of their e-mail
 * and name, so the caseload index can order, filter and search it.
 */
function insertLinkFor(
  db: Db,
  input: { clinicianId: string; patientId: string; now: string; assigneeId: string; name: string },
) {
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
      'name',
      'assignee_id',
      'discharged_at',
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
          eb.val(input.name).as('name'),
          eb.val(input.assigneeId).as('assignee_id'),
          eb.val('').as('discharged_at'),
        ])
        .where('s.patient_id', '=', input.patientId),
    )
    .onConflict((oc) => oc.columns(['clinician_id', 'patient_id']).doNothing())
    .execute();
}

/**
 * Links the patient to the clinician's whole clinic, the clinician as the one responsible (assignee). Nothing
 * changes when the clinician is already linked (idempotent).
 */
async function insertLink(db: Db, input: { clinicianId: string; patientId: string; now: string }) {
  const existing = await db
    .selectFrom('clinician_patients')
    .select('patient_id')
    .where('clinician_id', '=', input.clinicianId)
    .where('patient_id', '=', input.patientId)
    .executeTakeFirst();
  if (existing !== undefined) return;
  // Lower-cased here, not in SQL: SQLite's lower() leaves letters outside ASCII as they are.
  const patient = await db
    .selectFrom('patients')
    .select('full_name')
    .where('id', '=', input.patientId)
    .executeTakeFirst();
  const name = (patient?.full_name ?? '').toLowerCase();
  for (const memberId of await clinicMemberIds(db, input.clinicianId)) {
    await insertLinkFor(db, { ...input, clinicianId: memberId, assigneeId: input.clinicianId, name });
  }
}

export async function linkClinician(
  db: Kysely<Database>,
  input: { clinicianId: string; patientId: string; now: string },
): Promise<void> {
  await db.transaction().execute((tx) => insertLink(tx, input));
}

/** The clinician's link to the patient: under care, discharged (read-only), or none. */
export async function linkState(
  { reader, hot }: Pick<SqlContext, 'reader' | 'hot'>,
  clinicianId: string,
  patientId: string,
): Promise<LinkState | undefined> {
  const row = (await hot.isLinked(reader, clinicianId, patientId)).rows[0];
  if (row === undefined) return undefined;
  return row.discharged_at === '' ? 'active' : 'discharged';
}

export async function isLinkedClinician(
  { reader, hot }: SqlContext,
  clinicianId: string,
  patientId: string,
): Promise<boolean> {
  return (await linkState({ reader, hot }, clinicianId, patientId)) !== undefined;
}

/**
 * Ends the patient's link with the clinician responsible for them, and so with that clinician's clinic (every
 * link with this assignee); false when there was none.
 */
export async function unlinkClinician(
  db: Kysely<Database>,
  clinicianId: string,
  patientId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('clinician_patients')
    .where('assignee_id', '=', clinicianId)
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
    .whereRef('clinician_patients.assignee_id', '=', 'clinician_patients.clinician_id')
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
        id: invite.id ?? randomUUID(),
        patient_name: invite.patient?.name ?? null,
        patient_dob: invite.patient?.dateOfBirth ?? null,
        patient_ref: invite.patient?.reference ?? null,
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
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', input.now)
      .returning(['clinician_id', 'patient_name', 'patient_dob', 'patient_ref'])
      .executeTakeFirst();
    if (invite === undefined) return undefined;
    // The invite's details fill what the patient has not given; the clinic's reference number is the clinic's.
    await tx
      .updateTable('patients')
      .set((eb) => ({
        full_name: eb.fn.coalesce('full_name', eb.val(invite.patient_name)),
        date_of_birth: eb.fn.coalesce('date_of_birth', eb.val(invite.patient_dob)),
        clinic_ref: eb.fn.coalesce(eb.val(invite.patient_ref), 'clinic_ref'),
      }))
      .where('id', '=', input.patientId)
      .execute();
    await insertLink(tx, { clinicianId: invite.clinician_id, patientId: input.patientId, now: input.now });
    return invite.clinician_id;
  });
}
