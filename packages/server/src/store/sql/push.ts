import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type {
  DueReminder,
  OutboxInput,
  PushSubscriptionInput,
  ReminderKind,
  ReminderSetting,
  StoredPushSubscription,
} from '../store.js';
import type { SqlContext } from './context.js';
import { enqueueWithin } from './mail.js';

/** The stored VAPID keys, made by `make` and stored first when there are none (all servers agree on one). */
export async function ensureVapidKeys(
  db: Kysely<Database>,
  make: () => { publicKey: string; privateKey: string },
  now: string,
): Promise<{ publicKey: string; privateKey: string }> {
  const read = () =>
    db
      .selectFrom('push_keys')
      .select(['public_key', 'private_key'])
      .where('id', '=', 'vapid')
      .executeTakeFirst();
  let row = await read();
  if (row === undefined) {
    const made = make();
    await db
      .insertInto('push_keys')
      .values({ id: 'vapid', public_key: made.publicKey, private_key: made.privateKey, created_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    row = await read();
  }
  if (row === undefined) throw new Error('push keys could not be stored');
  return { publicKey: row.public_key, privateKey: row.private_key };
}

/**
 * Stores a browser's subscription for the account (a browser's endpoint belongs to whoever subscribed it
 * last), keeping the account's newest `keep`. Its id.
 */
export async function savePushSubscription(
  db: Kysely<Database>,
  input: { id: string; userId: string; subscription: PushSubscriptionInput; now: string; keep: number },
): Promise<string> {
  const { endpoint, p256dh, auth } = input.subscription;
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('push_subscriptions')
      .values({ id: input.id, user_id: input.userId, endpoint, p256dh, auth, created_at: input.now })
      .onConflict((oc) =>
        oc.column('endpoint').doUpdateSet({ user_id: input.userId, p256dh, auth, created_at: input.now }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    const old = await tx
      .selectFrom('push_subscriptions')
      .select('id')
      .where('user_id', '=', input.userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .offset(input.keep)
      .limit(1000)
      .execute();
    if (old.length > 0)
      await tx
        .deleteFrom('push_subscriptions')
        .where(
          'id',
          'in',
          old.map((o) => o.id),
        )
        .execute();
    return row.id;
  });
}

/** Removes the account's subscription of that endpoint; false when it had none. */
export async function deletePushSubscription(
  db: Kysely<Database>,
  userId: string,
  endpoint: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('push_subscriptions')
    .where('user_id', '=', userId)
    .where('endpoint', '=', endpoint)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Removes a subscription the push service no longer knows (404/410). */
export async function removePushSubscription(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
}

export async function getPushSubscription(
  db: Kysely<Database>,
  id: string,
): Promise<StoredPushSubscription | undefined> {
  const row = await db.selectFrom('push_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined
    ? undefined
    : { id: row.id, userId: row.user_id, endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth };
}

export async function countPushSubscriptions(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('push_subscriptions')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

const parseDays = (days: string): number[] => (days === '' ? [] : days.split(',').map(Number));

export async function getReminders(db: Kysely<Database>, patientId: string): Promise<ReminderSetting[]> {
  const rows = await db
    .selectFrom('push_reminders')
    .select(['kind', 'local_time', 'days'])
    .where('patient_id', '=', patientId)
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind as ReminderKind, time: r.local_time, days: parseDays(r.days) }));
}

/** Replaces the patient's reminders, each with the instant it fires next. */
export async function setReminders(
  db: Kysely<Database>,
  patientId: string,
  reminders: readonly (ReminderSetting & { nextAt: string })[],
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('push_reminders').where('patient_id', '=', patientId).execute();
    if (reminders.length === 0) return;
    await tx
      .insertInto('push_reminders')
      .values(
        reminders.map((r) => ({
          patient_id: patientId,
          kind: r.kind,
          local_time: r.time,
          days: r.days.join(','),
          next_at: r.nextAt,
        })),
      )
      .execute();
  });
}

/** Up to `limit` reminders due at `now` of patients who manage their own account, earliest first. */
export async function dueReminders({ db }: SqlContext, now: string, limit: number): Promise<DueReminder[]> {
  const rows = await db
    .selectFrom('push_reminders')
    .innerJoin('patients', 'patients.id', 'push_reminders.patient_id')
    .select([
      'push_reminders.patient_id',
      'push_reminders.kind',
      'push_reminders.local_time',
      'push_reminders.days',
      'push_reminders.next_at',
      'patients.time_zone',
      'patients.owner_user_id',
    ])
    .where('push_reminders.next_at', '<=', now)
    .where('patients.owner_user_id', 'is not', null)
    .orderBy('push_reminders.next_at')
    .orderBy('push_reminders.patient_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    patientId: r.patient_id,
    userId: r.owner_user_id ?? '',
    kind: r.kind as ReminderKind,
    time: r.local_time,
    days: parseDays(r.days),
    timeZone: r.time_zone,
    nextAt: r.next_at,
  }));
}

/**
 * Fires a due reminder once: moves it on from `nextAt` to `followingAt` and queues `pushes`, in one
 * transaction. False (nothing queued) when another server fired it first, or it was changed meanwhile.
 */
export async function fireReminder(
  db: Kysely<Database>,
  input: { patientId: string; kind: ReminderKind; nextAt: string; followingAt: string; now: string },
  pushes: readonly OutboxInput[],
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const moved = await tx
      .updateTable('push_reminders')
      .set({ next_at: input.followingAt })
      .where('patient_id', '=', input.patientId)
      .where('kind', '=', input.kind)
      .where('next_at', '=', input.nextAt)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return false;
    await enqueueWithin(tx, pushes, input.now);
    return true;
  });
}
