import { sql, type Kysely, type Migration } from 'kysely';
import { normalizeEmail } from '../http/emails.js';
import { canonicalTimeZone } from '../cases/time-zones.js';

/**
 * Accounts and audit hardening (issue 14, ADRs 115-116):
 * - `login_throttle`: failed sign-ins per e-mail address (existing account or not), in the database so the
 *   lock holds across app servers.
 * - `audit_log.count`, `last_at`, `summary_key`: refused reads by one caller of one patient's data for one
 *   action are one row per hour with a count (the unique `summary_key` is what they upsert on); other rows
 *   keep count 1 and a null key.
 * - E-mail addresses normalized (NFC, trimmed, lower-case) on users and on the clinician links' copies.
 *   When the normalized form is already another account's address, that account keeps it and this row is
 *   left as it is (nothing merged, nothing deleted; sign-in reaches the account that has the normalized form).
 * - Time zones stored canonical (`europe/london` -> `Europe/London`).
 */
export const edgeHardeningMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('login_throttle')
      .addColumn('email', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failure_at', 'text', (c) => c.notNull())
      .addColumn('locked_until', 'text')
      .execute();
    await db.schema
      .createIndex('login_throttle_last_failure')
      .on('login_throttle')
      .column('last_failure_at')
      .execute();

    await db.schema
      .alterTable('audit_log')
      .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.alterTable('audit_log').addColumn('last_at', 'text').execute();
    await db.schema.alterTable('audit_log').addColumn('summary_key', 'text').execute();
    await db.schema
      .createIndex('audit_log_summary_key')
      .on('audit_log')
      .column('summary_key')
      .unique()
      .execute();

    const users = await sql<{ id: string; email: string }>`
      select id, email from users order by created_at, id`.execute(db);
    const taken = new Set(users.rows.map((u) => u.email));
    for (const user of users.rows) {
      const normalized = normalizeEmail(user.email);
      if (normalized === user.email || taken.has(normalized)) continue;
      await sql`update users set email = ${normalized} where id = ${user.id}`.execute(db);
      taken.delete(user.email);
      taken.add(normalized);
    }
    await sql`
      update clinician_patients set email = coalesce((
        select u.email from patients p join users u on u.id = p.owner_user_id
        where p.id = clinician_patients.patient_id), '')`.execute(db);

    const zones = await sql<{ time_zone: string }>`select distinct time_zone from patients`.execute(db);
    for (const { time_zone: zone } of zones.rows) {
      const canonical = canonicalTimeZone(zone);
      if (canonical !== undefined && canonical !== zone) {
        await sql`update patients set time_zone = ${canonical} where time_zone = ${zone}`.execute(db);
      }
    }
  },
};
