import type { Kysely, Migration } from 'kysely';

/**
 * Web Push (issue 13, ADR 127):
 * - `push_keys`: the server's VAPID key pair, made on first start (one row, `id` 'vapid'; every server of a
 *   PostgreSQL database reads the same one), unless VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are given.
 * - `push_subscriptions`: each browser (endpoint) that agreed to notifications, and whose account it is;
 *   removed by its owner, by the push service's 404/410, and with the account.
 * - `push_reminders`: a patient's reminder times (local `HH:MM` in their time zone; run days as ISO weekdays)
 *   and the UTC instant each fires next, advanced by whichever server sends it.
 * - `alert_preferences.push`: the alerts a clinician gets by push (a JSON list; null: red flags only).
 */
export const pushMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('push_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('private_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('push_subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('endpoint', 'text', (c) => c.notNull().unique())
      .addColumn('p256dh', 'text', (c) => c.notNull())
      .addColumn('auth', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('push_subscriptions_user')
      .on('push_subscriptions')
      .column('user_id')
      .execute();
    await db.schema
      .createTable('push_reminders')
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('local_time', 'text', (c) => c.notNull())
      .addColumn('days', 'text', (c) => c.notNull())
      .addColumn('next_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('push_reminders_pk', ['patient_id', 'kind'])
      .execute();
    await db.schema.createIndex('push_reminders_due').on('push_reminders').column('next_at').execute();
    await db.schema.alterTable('alert_preferences').addColumn('push', 'text').execute();
  },
};
