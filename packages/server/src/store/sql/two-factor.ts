import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, SecurityAction } from '../database.js';
import type { SecurityEvent, TwoFactorRecord } from '../store.js';

type Tx = Kysely<Database>;

async function recordEvent(tx: Tx, event: SecurityEvent): Promise<void> {
  await tx
    .insertInto('security_events')
    .values({
      id: randomUUID(),
      at: event.at,
      actor_id: event.actorId,
      clinic_id: event.clinicId,
      action: event.action,
    })
    .execute();
}

export async function getTwoFactor(db: Tx, userId: string): Promise<TwoFactorRecord | undefined> {
  const row = await db
    .selectFrom('two_factor')
    .select(['secret', 'enabled_at', 'last_step'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { secret: row.secret, enabledAt: row.enabled_at, lastStep: row.last_step };
}

/** A new secret waiting for its first code; refused (false) while two-factor is enabled. */
export async function startTwoFactor(db: Tx, userId: string, secret: string, now: string): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const current = await getTwoFactor(tx, userId);
    if (current !== undefined && current.enabledAt !== null) return false;
    await tx.deleteFrom('two_factor').where('user_id', '=', userId).execute();
    await tx
      .insertInto('two_factor')
      .values({ user_id: userId, secret, created_at: now, enabled_at: null, last_step: null })
      .execute();
    return true;
  });
}

/** Enables the waiting secret with the step of the code that confirmed it, and sets the recovery codes. */
export async function enableTwoFactor(
  db: Tx,
  input: { userId: string; step: number; recoveryHashes: string[]; event: SecurityEvent },
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const result = await tx
      .updateTable('two_factor')
      .set({ enabled_at: input.event.at, last_step: input.step })
      .where('user_id', '=', input.userId)
      .where('enabled_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await tx.deleteFrom('recovery_codes').where('user_id', '=', input.userId).execute();
    await tx
      .insertInto('recovery_codes')
      .values(input.recoveryHashes.map((code_hash) => ({ code_hash, user_id: input.userId, used_at: null })))
      .execute();
    await recordEvent(tx, input.event);
    return true;
  });
}

export async function disableTwoFactor(db: Tx, userId: string, event: SecurityEvent): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('two_factor').where('user_id', '=', userId).execute();
    await tx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await tx.deleteFrom('login_challenges').where('user_id', '=', userId).execute();
    await recordEvent(tx, event);
  });
}

/** Takes a code's time step, once: false when that step or a later one was used already. */
export async function useTotpStep(db: Tx, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('two_factor')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where('enabled_at', 'is not', null)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Uses an unused recovery code of the user, once (and records it). */
export async function useRecoveryCode(
  db: Tx,
  userId: string,
  codeHash: string,
  event: SecurityEvent,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const result = await tx
      .updateTable('recovery_codes')
      .set({ used_at: event.at })
      .where('code_hash', '=', codeHash)
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await recordEvent(tx, event);
    return true;
  });
}

export async function countRecoveryCodes(db: Tx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function createLoginChallenge(
  db: Tx,
  input: { tokenHash: string; userId: string; now: string; expiresAt: string },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('login_challenges').where('expires_at', '<=', input.now).execute();
    await tx
      .insertInto('login_challenges')
      .values({ token_hash: input.tokenHash, user_id: input.userId, expires_at: input.expiresAt })
      .execute();
  });
}

/**
 * Counts an attempt at a live challenge and answers its user, or undefined when the challenge is unknown,
 * expired or has had `maxAttempts` (then it is deleted).
 */
export async function attemptLoginChallenge(
  db: Tx,
  tokenHash: string,
  now: string,
  maxAttempts: number,
): Promise<string | undefined> {
  const row = await db
    .updateTable('login_challenges')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .where('attempts', '<', maxAttempts)
    .returning('user_id')
    .executeTakeFirst();
  if (row === undefined) await deleteLoginChallenge(db, tokenHash);
  return row?.user_id;
}

export async function deleteLoginChallenge(db: Tx, tokenHash: string): Promise<void> {
  await db.deleteFrom('login_challenges').where('token_hash', '=', tokenHash).execute();
}

/** Two-factor as the sign-in gate sees it: enabled for the user, required by their clinic. */
export async function twoFactorStatus(
  db: Tx,
  userId: string,
): Promise<{ enabled: boolean; required: boolean }> {
  const row = await db
    .selectFrom('users')
    .leftJoin('clinics', 'clinics.id', 'users.clinic_id')
    .leftJoin('two_factor', 'two_factor.user_id', 'users.id')
    .select(['clinics.require_two_factor', 'two_factor.enabled_at'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  return {
    enabled: typeof row?.enabled_at === 'string',
    required: (row?.require_two_factor ?? 0) === 1,
  };
}

export async function setClinicTwoFactor(
  db: Tx,
  clinicId: string,
  required: boolean,
  event: Omit<SecurityEvent, 'action' | 'clinicId'>,
): Promise<void> {
  const action: SecurityAction = required ? 'clinic-two-factor-required' : 'clinic-two-factor-optional';
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('clinics')
      .set({ require_two_factor: required ? 1 : 0 })
      .where('id', '=', clinicId)
      .execute();
    await recordEvent(tx, { ...event, clinicId, action });
  });
}

export async function listSecurityEvents(db: Tx, clinicId: string, limit: number): Promise<SecurityEvent[]> {
  const rows = await db
    .selectFrom('security_events')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .orderBy('at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ at: r.at, actorId: r.actor_id, clinicId: r.clinic_id, action: r.action }));
}
