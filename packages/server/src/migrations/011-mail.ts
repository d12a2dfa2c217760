import type { Kysely, Migration } from 'kysely';

/**
 * Mail (issue 13, ADR 119):
 * - `outbox`: what is to be sent, written in the same transaction as its cause and sent by the outbox worker,
 *   which claims rows (`claimed_until`) so that several servers never send one twice, retries with back-off
 *   (`due_at`, `attempts`) and gives up (`state` failed) after a last attempt. The body (which may hold a
 *   single-use link) is emptied once sent.
 * - `account_tokens`: password-reset and e-mail-change links, stored as SHA-256 hashes, single use
 *   (`used_at`), with an expiry.
 */
export const mailMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('link', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('claimed_until', 'text')
      .addColumn('claimed_by', 'text')
      .addColumn('sent_at', 'text')
      .addColumn('last_error', 'text')
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'due_at']).execute();
    await db.schema.createIndex('outbox_user').on('outbox').column('user_id').execute();

    await db.schema
      .createTable('account_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('new_email', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createIndex('account_tokens_user')
      .on('account_tokens')
      .columns(['user_id', 'purpose', 'created_at'])
      .execute();
  },
};
