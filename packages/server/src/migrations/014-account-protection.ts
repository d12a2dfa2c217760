import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Account protection (issue 14):
 * - Sign-up confirmed by mail (ADR 125): `pending_signups` holds what a sign-up gave (the address, the
 *   password's argon2 hash, the kind of account and its details as JSON) under the SHA-256 of the mailed
 *   link's token, until the link is opened (the row is deleted as the account is made) or it expires (rows
 *   past their expiry are deleted by the next sign-up). No account exists until then.
 * - Two-factor sign-in for clinicians (ADR 126): `two_factor` (the TOTP secret, enabled once a code confirmed
 *   it, the last time step used so a code works once), `recovery_codes` (SHA-256, single use),
 *   `login_challenges` (a password accepted, waiting for the code: hashed token, expiry, attempts),
 *   `clinics.require_two_factor`, and `security_events` (who enabled, disabled or required two-factor).
 */
export const accountProtectionMigration: Migration = {
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

    await db.schema
      .createTable('two_factor')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('enabled_at', 'text')
      .addColumn('last_step', 'integer')
      .execute();
    await db.schema
      .createTable('recovery_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();
    await db.schema
      .createTable('login_challenges')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable('clinics')
      .addColumn('require_two_factor', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('security_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('clinic_id', 'text')
      .addColumn('action', 'text', (c) =>
        c
          .notNull()
          .check(
            sql`action in ('two-factor-enabled', 'two-factor-disabled', 'recovery-code-used', 'clinic-two-factor-required', 'clinic-two-factor-optional')`,
          ),
      )
      .execute();
    await db.schema
      .createIndex('security_events_clinic')
      .on('security_events')
      .columns(['clinic_id', 'at'])
      .execute();
  },
};
