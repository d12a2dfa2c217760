import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { ClinicMember, ClinicRole, InvitePreview, InviteSummary, PatientIdentity } from '../store.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A clinic's team, its shared caseload, identities and invites (ADR 122-124). */

/** The clinician and every other clinician of their clinic (the clinic shares its caseload, ADR 122). */
export async function clinicMemberIds(db: Db, clinicianId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('id', '=', clinicianId),
        eb.and([
          eb('role', '=', 'clinician'),
          eb(
            'clinic_id',
            '=',
            eb.selectFrom('users as me').select('me.clinic_id').where('me.id', '=', clinicianId),
          ),
        ]),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

/** A new clinician of a clinic gets a link to each of the clinic's patients, as a colleague already has. */
export async function copyClinicLinks(db: Db, input: { fromId: string; toId: string; now: string }) {
  await sql`
    insert into clinician_patients (clinician_id, patient_id, created_at, attention, last_activity,
      fresh_until, status, flags, email, name, assignee_id, discharged_at)
    select ${input.toId}, patient_id, ${input.now}, attention, last_activity, fresh_until, status, flags,
      email, name, assignee_id, discharged_at
    from clinician_patients where clinician_id = ${input.fromId}`.execute(db);
}

export async function getIdentity(db: Db, patientId: string): Promise<PatientIdentity | undefined> {
  const row = await db
    .selectFrom('patients')
    .select(['full_name', 'date_of_birth', 'clinic_ref'])
    .where('id', '=', patientId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { name: row.full_name, dateOfBirth: row.date_of_birth, reference: row.clinic_ref };
}

/** Stores who the patient is, and the name's search copy on every link, in one transaction. */
export async function setIdentity(
  db: Kysely<Database>,
  patientId: string,
  identity: PatientIdentity,
  now: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('patients')
      .set({
        full_name: identity.name,
        date_of_birth: identity.dateOfBirth,
        clinic_ref: identity.reference,
        updated_at: now,
      })
      .where('id', '=', patientId)
      .execute();
    await tx
      .updateTable('clinician_patients')
      .set({ name: (identity.name ?? '').toLowerCase() })
      .where('patient_id', '=', patientId)
      .execute();
  });
}

/** The clinician's clinic and role, read fresh (a removal takes effect at once). */
export async function getClinicMember(
  db: Db,
  userId: string,
): Promise<{ clinicId: string; clinicRole: ClinicRole } | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['clinic_id', 'clinic_role'])
    .where('id', '=', userId)
    .where('role', '=', 'clinician')
    .executeTakeFirst();
  if (row?.clinic_id === null || row?.clinic_id === undefined) return undefined;
  return { clinicId: row.clinic_id, clinicRole: row.clinic_role ?? 'clinician' };
}

export async function listClinicTeam(db: Db, clinicId: string): Promise<ClinicMember[]> {
  const rows = await db
    .selectFrom('users as u')
    .select(['u.id', 'u.email', 'u.clinic_role', 'u.created_at'])
    .select((eb) =>
      eb
        .selectFrom('clinician_patients as cp')
        .select(eb.fn.countAll<number | string>().as('n'))
        .whereRef('cp.clinician_id', '=', 'u.id')
        .whereRef('cp.assignee_id', '=', 'u.id')
        .where('cp.discharged_at', '=', '')
        .as('assigned'),
    )
    .where('u.clinic_id', '=', clinicId)
    .where('u.role', '=', 'clinician')
    .orderBy('u.created_at')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    clinicRole: r.clinic_role ?? 'clinician',
    assigned: Number(r.assigned ?? 0),
    joinedAt: r.created_at,
  }));
}

/**
 * Removes a clinician from the clinic at once: their links go (the clinic keeps its patients, now assigned
 * to `byId`), their open invites are revoked, and the account keeps no clinic. False when not a member.
 */
export async function removeClinicMember(
  db: Kysely<Database>,
  input: { clinicId: string; memberId: string; byId: string; now: string },
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const removed = await tx
      .updateTable('users')
      .set({ clinic_id: null, clinic_role: null })
      .where('id', '=', input.memberId)
      .where('clinic_id', '=', input.clinicId)
      .where('role', '=', 'clinician')
      .executeTakeFirst();
    if (Number(removed.numUpdatedRows) === 0) return false;
    await tx.deleteFrom('clinician_patients').where('clinician_id', '=', input.memberId).execute();
    await tx
      .updateTable('clinician_patients')
      .set({ assignee_id: input.byId })
      .where('assignee_id', '=', input.memberId)
      .execute();
    await tx
      .updateTable('invites')
      .set({ revoked_at: input.now })
      .where('clinician_id', '=', input.memberId)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
    return true;
  });
}

/** Makes `assigneeId` (a clinician of the clinic) responsible for the patient; false when not a member. */
export async function assignPatient(
  db: Kysely<Database>,
  input: { clinicId: string; patientId: string; assigneeId: string },
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const member = await getClinicMember(tx, input.assigneeId);
    if (member?.clinicId !== input.clinicId) return false;
    await tx
      .updateTable('clinician_patients')
      .set({ assignee_id: input.assigneeId })
      .where('patient_id', '=', input.patientId)
      .where('clinician_id', 'in', (eb) =>
        eb.selectFrom('users').select('id').where('clinic_id', '=', input.clinicId),
      )
      .execute();
    return true;
  });
}

/** Discharges (archives, `at` a time) or takes back (`at` '') the clinic's patient, on all its links. */
export async function setDischarged(
  db: Kysely<Database>,
  input: { clinicId: string; patientId: string; at: string },
): Promise<void> {
  await db
    .updateTable('clinician_patients')
    .set({ discharged_at: input.at })
    .where('patient_id', '=', input.patientId)
    .where('clinician_id', 'in', (eb) =>
      eb.selectFrom('users').select('id').where('clinic_id', '=', input.clinicId),
    )
    .execute();
}

/** The clinic's invites, newest first (at most `limit`). */
export async function listInvites(db: Db, clinicId: string, limit: number): Promise<InviteSummary[]> {
  const rows = await db
    .selectFrom('invites as i')
    .innerJoin('users as u', 'u.id', 'i.clinician_id')
    .select([
      'i.id',
      'i.kind',
      'i.clinician_id',
      'u.email',
      'i.patient_name',
      'i.patient_dob',
      'i.patient_ref',
      'i.created_at',
      'i.expires_at',
      'i.used_at',
      'i.revoked_at',
    ])
    .where('u.clinic_id', '=', clinicId)
    .orderBy('i.created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id ?? '',
    kind: r.kind,
    clinicianId: r.clinician_id,
    clinicianEmail: r.email,
    patient: { name: r.patient_name, dateOfBirth: r.patient_dob, reference: r.patient_ref },
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    usedAt: r.used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes an unused invite of the clinic; false when there is none to revoke. */
export async function revokeInvite(
  db: Kysely<Database>,
  input: { clinicId: string; inviteId: string; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('invites')
    .set({ revoked_at: input.now })
    .where('id', '=', input.inviteId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('clinician_id', 'in', (eb) =>
      eb.selectFrom('users').select('id').where('clinic_id', '=', input.clinicId),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A usable invite's clinic and named patient, for its page; undefined when unknown, used, revoked or expired. */
export async function previewInvite(
  db: Db,
  codeHash: string,
  now: string,
): Promise<InvitePreview | undefined> {
  const row = await db
    .selectFrom('invites as i')
    .innerJoin('users as u', 'u.id', 'i.clinician_id')
    .innerJoin('clinics as c', 'c.id', 'u.clinic_id')
    .select(['i.kind', 'c.name', 'i.patient_name', 'i.patient_dob', 'i.patient_ref', 'i.expires_at'])
    .where('i.code_hash', '=', codeHash)
    .where('i.used_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.expires_at', '>', now)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    kind: row.kind,
    clinicName: row.name,
    patient: { name: row.patient_name, dateOfBirth: row.patient_dob, reference: row.patient_ref },
    expiresAt: row.expires_at,
  };
}

/** The clinic's care of the patient, as the clinician's link records it; undefined when not linked. */
export async function getCare(
  db: Db,
  clinicianId: string,
  patientId: string,
): Promise<
  { assigneeId: string | null; assigneeEmail: string | null; dischargedAt: string | null } | undefined
> {
  const row = await db
    .selectFrom('clinician_patients as cp')
    .leftJoin('users as a', 'a.id', 'cp.assignee_id')
    .select(['cp.assignee_id', 'a.email', 'cp.discharged_at'])
    .where('cp.clinician_id', '=', clinicianId)
    .where('cp.patient_id', '=', patientId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    assigneeId: row.assignee_id,
    assigneeEmail: row.email,
    dischargedAt: row.discharged_at === '' ? null : row.discharged_at,
  };
}
