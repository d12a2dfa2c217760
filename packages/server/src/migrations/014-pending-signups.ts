import type { Kysely, Migration } from 'kysely';

/**
 * Sign-up confirmed by mail (issue 14, ADR 125): `pending_signups` holds what a sign-up gave (the address,
 * the password's argon2 hash, the kind of account and its details as JSON) under the SHA-256 of the mailed
 * link's token, until the link is opened (the row is deleted as the account is made) or it expires (rows past
 * their expiry are deleted by the next sign-up). No account exists until then.
 */
export const pendingSignupsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('pending_signups')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('pending_signups_email')
      .on('pending_signups')
      .columns(['email', 'created_at'])
      .execute();
    await db.schema
      .createIndex('pending_signups_expiry')
      .on('pending_signups')
      .column('expires_at')
      .execute();
  },
};
