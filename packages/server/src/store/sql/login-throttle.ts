import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { LoginThrottle } from '../store.js';

export async function getLoginThrottle(
  db: Kysely<Database>,
  email: string,
): Promise<LoginThrottle | undefined> {
  const row = await db.selectFrom('login_throttle').selectAll().where('email', '=', email).executeTakeFirst();
  return row === undefined
    ? undefined
    : { failures: row.failures, lastFailureAt: row.last_failure_at, lockedUntil: row.locked_until };
}

/**
 * Counts a failed sign-in atomically (one upsert, so concurrent failures on several servers all count); a run
 * of failures whose last one is older than `forgetBefore` starts again at 1. Forgotten rows of other addresses
 * are deleted on the way. The new count of failures.
 */
export async function recordLoginFailure(
  db: Kysely<Database>,
  { email, now, forgetBefore }: { email: string; now: string; forgetBefore: string },
): Promise<number> {
  const row = await db
    .insertInto('login_throttle')
    .values({ email, failures: 1, last_failure_at: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('email').doUpdateSet({
        failures: sql<number>`case when login_throttle.last_failure_at < ${forgetBefore} then 1 else login_throttle.failures + 1 end`,
        last_failure_at: now,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  await db
    .deleteFrom('login_throttle')
    .where('last_failure_at', '<', forgetBefore)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .execute();
  return row.failures;
}

export async function lockLogin(db: Kysely<Database>, email: string, until: string): Promise<void> {
  await db.updateTable('login_throttle').set({ locked_until: until }).where('email', '=', email).execute();
}

export async function clearLoginFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('email', '=', email).execute();
}
