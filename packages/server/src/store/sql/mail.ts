import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type {
  AccountTokenInput,
  AccountTokenPurpose,
  ClaimedMail,
  MailInput,
  OutboxInput,
  PushInput,
} from '../store.js';
import type { SqlContext } from './context.js';
import { isUniqueViolation } from './users.js';
import { EmailTakenError } from '../store.js';

function mailRow(mail: MailInput, now: string) {
  return {
    id: mail.id,
    channel: 'email' as const,
    user_id: mail.userId,
    recipient: mail.to,
    subject: mail.subject,
    body: mail.body,
    link: mail.link,
    state: 'pending' as const,
    created_at: now,
    due_at: mail.dueAt,
  };
}

const isPush = (item: OutboxInput): item is PushInput => 'channel' in item && item.channel === 'push';

/**
 * The outbox rows of pushes: one per subscription of each push's account (none for an account with no
 * browser subscribed), id `<push id>/<subscription id>`.
 */
async function pushRows(tx: Kysely<Database>, pushes: readonly PushInput[], now: string) {
  if (pushes.length === 0) return [];
  const userIds = [...new Set(pushes.map((p) => p.userId))];
  const subscriptions = await tx
    .selectFrom('push_subscriptions')
    .select(['id', 'user_id'])
    .where('user_id', 'in', userIds)
    .orderBy('id')
    .execute();
  return pushes.flatMap((push) =>
    subscriptions
      .filter((s) => s.user_id === push.userId)
      .map((s) => ({
        id: `${push.id}/${s.id}`,
        channel: 'push' as const,
        user_id: push.userId,
        recipient: s.id,
        subject: push.title,
        body: push.body,
        link: push.url,
        state: 'pending' as const,
        created_at: now,
        due_at: push.dueAt,
      })),
  );
}

/**
 * Queues mail and pushes inside the caller's transaction (the outbox: written with its cause). An id already
 * queued is not queued again. How many rows were new.
 */
export async function enqueueWithin(
  tx: Kysely<Database>,
  items: readonly OutboxInput[],
  now: string,
): Promise<number> {
  const mails = items.filter((i): i is MailInput => !isPush(i));
  const rows = [...mails.map((m) => mailRow(m, now)), ...(await pushRows(tx, items.filter(isPush), now))];
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insertInto('outbox')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0);
}

export async function enqueueMail(db: Kysely<Database>, mail: MailInput, now: string): Promise<void> {
  await enqueueWithin(db, [mail], now);
}

/**
 * Claims up to `limit` pending mails that are due and not claimed by a live claim, until `claimUntil`, and
 * counts the attempt. PostgreSQL: servers claiming at once skip each other's rows (`FOR UPDATE SKIP LOCKED`).
 */
export async function claimMail(
  { db, dialect }: SqlContext,
  now: string,
  claimUntil: string,
  limit: number,
  token: string,
): Promise<ClaimedMail[]> {
  return db.transaction().execute(async (tx) => {
    let due = tx
      .selectFrom('outbox')
      .select('id')
      .where('state', '=', 'pending')
      .where('due_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]))
      .orderBy('due_at')
      .orderBy('id')
      .limit(limit);
    if (dialect === 'postgres') due = due.forUpdate().skipLocked();
    const ids = (await due.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    const rows = await tx
      .updateTable('outbox')
      .set((eb) => ({ claimed_until: claimUntil, claimed_by: token, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', ids)
      .returningAll()
      .execute();
    return rows
      .sort((a, b) => (a.due_at === b.due_at ? a.id.localeCompare(b.id) : a.due_at < b.due_at ? -1 : 1))
      .map((r) => ({
        id: r.id,
        channel: r.channel,
        userId: r.user_id,
        to: r.recipient,
        subject: r.subject,
        body: r.body,
        link: r.link,
        dueAt: r.due_at,
        attempts: r.attempts,
      }));
  });
}

/**
 * Extends a claim just before its mail is sent: true only while the claim `token` still holds it, unlapsed
 * at `now` and unsent, so a mail whose claim lapsed (and may be with another server) is not sent here.
 */
export async function renewMailClaim(
  db: Kysely<Database>,
  id: string,
  token: string,
  now: string,
  claimUntil: string,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ claimed_until: claimUntil })
    .where('id', '=', id)
    .where('claimed_by', '=', token)
    .where('state', '=', 'pending')
    .where('claimed_until', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sent: the body and link (a single-use link may be in them) are emptied. */
export async function markMailSent(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ state: 'sent', sent_at: now, claimed_until: null, body: '', link: '', last_error: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: tried again at `retryAt`, or given up (`retryAt` undefined; the body emptied). */
export async function markMailFailed(
  db: Kysely<Database>,
  id: string,
  input: { retryAt: string | undefined; error: string },
): Promise<void> {
  const error = input.error.slice(0, 500);
  await db
    .updateTable('outbox')
    .set(
      input.retryAt === undefined
        ? { state: 'failed', claimed_until: null, body: '', link: '', last_error: error }
        : { due_at: input.retryAt, claimed_until: null, last_error: error },
    )
    .where('id', '=', id)
    .execute();
}

export async function createAccountToken(
  db: Kysely<Database>,
  token: AccountTokenInput,
  mail: MailInput,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('account_tokens')
      .values({
        token_hash: token.tokenHash,
        purpose: token.purpose,
        user_id: token.userId,
        new_email: token.newEmail,
        created_at: token.createdAt,
        expires_at: token.expiresAt,
      })
      .execute();
    await enqueueWithin(tx, [mail], token.createdAt);
  });
}

export async function countAccountTokens(
  db: Kysely<Database>,
  userId: string,
  purpose: AccountTokenPurpose,
  since: string,
): Promise<number> {
  const row = await db
    .selectFrom('account_tokens')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('created_at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks a live token used, in the caller's transaction: its row, or undefined (unknown, used, expired). */
async function useToken(tx: Kysely<Database>, tokenHash: string, purpose: AccountTokenPurpose, now: string) {
  return tx
    .updateTable('account_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['user_id', 'new_email'])
    .executeTakeFirst();
}

/** The account of a live token (unknown, used or expired: undefined). Uses nothing. */
export async function findAccountToken(
  db: Kysely<Database>,
  tokenHash: string,
  purpose: AccountTokenPurpose,
  now: string,
): Promise<{ userId: string; email: string } | undefined> {
  const row = await db
    .selectFrom('account_tokens')
    .innerJoin('users', 'users.id', 'account_tokens.user_id')
    .select(['users.id', 'users.email'])
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row === undefined ? undefined : { userId: row.id, email: row.email };
}

/**
 * Uses a password-reset token: sets the password, ends every session of the account, voids its other reset
 * links and forgets its failed sign-ins, in one transaction. The account's id, or undefined.
 */
export async function resetPassword(
  db: Kysely<Database>,
  input: { tokenHash: string; passwordHash: string; now: string; notice: (email: string) => MailInput },
): Promise<string | undefined> {
  return db.transaction().execute(async (tx) => {
    const token = await useToken(tx, input.tokenHash, 'password-reset', input.now);
    if (token === undefined) return undefined;
    const userId = token.user_id;
    const user = await tx.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
    if (user === undefined) return undefined;
    await tx
      .updateTable('users')
      .set({ password_hash: input.passwordHash })
      .where('id', '=', userId)
      .execute();
    await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await tx
      .updateTable('account_tokens')
      .set({ used_at: input.now })
      .where('user_id', '=', userId)
      .where('purpose', '=', 'password-reset')
      .where('used_at', 'is', null)
      .execute();
    await tx.deleteFrom('login_throttle').where('email', '=', user.email).execute();
    await enqueueWithin(tx, [input.notice(user.email)], input.now);
    return userId;
  });
}

/**
 * Uses an e-mail-change token: the account's address becomes the new one (and the clinicians' copies of it),
 * and the old address is told, in one transaction. Undefined for a token not live; throws EmailTakenError
 * when the address has meanwhile become another account's (nothing changed, the token still unused).
 */
export async function confirmEmailChange(
  db: Kysely<Database>,
  input: {
    tokenHash: string;
    now: string;
    notice: (oldEmail: string, newEmail: string, userId: string) => MailInput;
  },
): Promise<{ userId: string; email: string } | undefined> {
  try {
    return await db.transaction().execute(async (tx) => {
      const token = await useToken(tx, input.tokenHash, 'email-change', input.now);
      if (token?.new_email === undefined || token.new_email === null) return undefined;
      const userId = token.user_id;
      const user = await tx.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
      if (user === undefined) return undefined;
      await tx.updateTable('users').set({ email: token.new_email }).where('id', '=', userId).execute();
      await tx
        .updateTable('clinician_patients')
        .set({ email: token.new_email })
        .where('patient_id', 'in', tx.selectFrom('patients').select('id').where('owner_user_id', '=', userId))
        .execute();
      await enqueueWithin(tx, [input.notice(user.email, token.new_email, userId)], input.now);
      return { userId, email: token.new_email };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? new EmailTakenError() : error;
  }
}
