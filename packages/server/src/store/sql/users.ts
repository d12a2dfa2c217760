import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import {
  EmailTakenError,
  type Clinic,
  type NewClinician,
  type User,
  type UserWithPassword,
} from '../store.js';
import { NO_ATTENTION } from '../../cases/attention.js';
import type { SqlContext } from './context.js';
import { copyClinicLinks } from './clinic.js';

/** A UNIQUE constraint failed: SQLite's SQLITE_CONSTRAINT_UNIQUE or PostgreSQL's 23505. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return (
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    error.code === '23505'
  );
}

async function mapEmailTaken<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isUniqueViolation(error) ? new EmailTakenError() : error;
  }
}

export async function createSelfManagedPatient(
  { db, bool }: SqlContext,
  input: { userId: string; patientId: string; email: string; passwordHash: string; now: string },
): Promise<User> {
  await mapEmailTaken(() =>
    db.transaction().execute(async (tx) => {
      await tx
        .insertInto('users')
        .values({
          id: input.userId,
          email: input.email,
          password_hash: input.passwordHash,
          role: 'patient',
          created_at: input.now,
        })
        .execute();
      await tx
        .insertInto('patients')
        .values({
          id: input.patientId,
          owner_user_id: input.userId,
          birth_year: null,
          affected_side: null,
          runner: bool(false),
          pain_ceiling: 5,
          time_zone: 'UTC',
          created_at: input.now,
          updated_at: input.now,
        })
        .execute();
      await tx
        .insertInto('patient_snapshots')
        .values({ patient_id: input.patientId, attention: NO_ATTENTION })
        .execute();
    }),
  );
  return {
    id: input.userId,
    email: input.email,
    role: 'patient',
    patientId: input.patientId,
    clinicId: null,
  };
}

class InvalidInvite extends Error {}

export async function createClinician({ db }: SqlContext, input: NewClinician): Promise<User | undefined> {
  try {
    const clinicId = await mapEmailTaken(() =>
      db.transaction().execute(async (tx) => {
        let clinicId: string;
        let inviterId: string | undefined;
        if (input.clinic.kind === 'new') {
          clinicId = input.clinic.id;
          await tx
            .insertInto('clinics')
            .values({ id: clinicId, name: input.clinic.name, created_at: input.now })
            .execute();
        } else {
          const invite = await tx
            .updateTable('invites')
            .set({ used_at: input.now })
            .where('code_hash', '=', input.clinic.codeHash)
            .where('kind', '=', 'clinician')
            .where('used_at', 'is', null)
            .where('revoked_at', 'is', null)
            .where('expires_at', '>', input.now)
            .returning('clinician_id')
            .executeTakeFirst();
          const inviter =
            invite === undefined
              ? undefined
              : await tx
                  .selectFrom('users')
                  .select('clinic_id')
                  .where('id', '=', invite.clinician_id)
                  .executeTakeFirst();
          if (inviter?.clinic_id === undefined || inviter.clinic_id === null) throw new InvalidInvite();
          clinicId = inviter.clinic_id;
          inviterId = invite?.clinician_id;
        }
        await tx
          .insertInto('users')
          .values({
            id: input.userId,
            email: input.email,
            password_hash: input.passwordHash,
            role: 'clinician',
            created_at: input.now,
            clinic_id: clinicId,
            clinic_role: input.clinic.kind === 'new' ? 'admin' : 'clinician',
          })
          .execute();
        // A colleague shares the clinic's caseload from the start (ADR 122).
        if (inviterId !== undefined) {
          await copyClinicLinks(tx, { fromId: inviterId, toId: input.userId, now: input.now });
        }
        if (input.clinic.kind === 'invite') {
          await tx
            .updateTable('invites')
            .set({ used_by: input.userId })
            .where('code_hash', '=', input.clinic.codeHash)
            .execute();
        }
        return clinicId;
      }),
    );
    return { id: input.userId, email: input.email, role: 'clinician', patientId: null, clinicId };
  } catch (error) {
    if (error instanceof InvalidInvite) return undefined;
    throw error;
  }
}

export async function getClinic(db: Kysely<Database>, clinicId: string): Promise<Clinic | undefined> {
  const row = await db.selectFrom('clinics').selectAll().where('id', '=', clinicId).executeTakeFirst();
  return row === undefined ? undefined : { id: row.id, name: row.name, createdAt: row.created_at };
}

export async function findUser(
  db: Kysely<Database>,
  column: 'users.email' | 'users.id',
  value: string,
): Promise<UserWithPassword | undefined> {
  const row = await db
    .selectFrom('users')
    .leftJoin('patients', 'patients.owner_user_id', 'users.id')
    .select([
      'users.id',
      'users.email',
      'users.role',
      'users.password_hash',
      'users.clinic_id',
      'patients.id as patient_id',
    ])
    .where(column, '=', value)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    patientId: row.patient_id,
    clinicId: row.clinic_id,
    passwordHash: row.password_hash,
  };
}

export async function setPasswordHash(db: Kysely<Database>, userId: string, passwordHash: string) {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}
