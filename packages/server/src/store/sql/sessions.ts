import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { SessionRecord } from '../store.js';
import type { SqlContext } from './context.js';

export async function createSession(
  db: Kysely<Database>,
  input: { tokenHash: string; userId: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: input.tokenHash,
      user_id: input.userId,
      created_at: input.now,
      expires_at: input.expiresAt,
    })
    .execute();
}

export async function findSession(
  { reader, hot }: SqlContext,
  tokenHash: string,
  now: string,
): Promise<SessionRecord | undefined> {
  const [row] = (await hot.findSession(reader, tokenHash, now)).rows;
  if (row === undefined) return undefined;
  return {
    user: {
      id: row.id,
      email: row.email,
      role: row.role,
      patientId: row.patient_id,
      clinicId: row.clinic_id,
    },
    expiresAt: row.expires_at,
  };
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteOtherSessions(
  db: Kysely<Database>,
  userId: string,
  keepTokenHash: string,
): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('token_hash', '<>', keepTokenHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
