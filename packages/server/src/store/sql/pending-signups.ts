import type { Kysely } from 'kysely';
import type { Database, PendingSignupsTable } from '../database.js';
import type { MailInput, PendingSignup, PendingSignupDetails } from '../store.js';
import { enqueueWithin } from './mail.js';

function fromRow(row: PendingSignupsTable): PendingSignup {
  return {
    tokenHash: row.token_hash,
    email: row.email,
    passwordHash: row.password_hash,
    kind: row.kind,
    details: JSON.parse(row.details) as PendingSignupDetails,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/** A sign-up waiting for its link, and its mail, in one transaction; expired ones go. */
export async function createPendingSignup(
  db: Kysely<Database>,
  signup: PendingSignup,
  mail: MailInput,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('pending_signups').where('expires_at', '<=', signup.createdAt).execute();
    await tx
      .insertInto('pending_signups')
      .values({
        token_hash: signup.tokenHash,
        email: signup.email,
        password_hash: signup.passwordHash,
        kind: signup.kind,
        details: JSON.stringify(signup.details),
        created_at: signup.createdAt,
        expires_at: signup.expiresAt,
      })
      .execute();
    await enqueueWithin(tx, [mail], signup.createdAt);
  });
}

export async function countPendingSignups(
  db: Kysely<Database>,
  email: string,
  since: string,
): Promise<number> {
  const row = await db
    .selectFrom('pending_signups')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('email', '=', email)
    .where('created_at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Deletes a live pending sign-up and answers it: a conditional delete, so two uses at once succeed once. */
export async function takePendingSignup(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<PendingSignup | undefined> {
  const row = await db
    .deleteFrom('pending_signups')
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
  return row === undefined ? undefined : fromRow(row);
}
