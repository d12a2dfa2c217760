import { sql, type CreateTableBuilder, type Expression, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * The first schema: users (patients and clinicians), patient records, clinician links, screenings, the
 * append-only event log, server-side sessions and the audit log. Ids are UUID text; timestamps are ISO text.
 */
export function initialMigration(dialect: Dialect): Migration {
  /** A generated, ever-increasing integer key: the order rows were written in. */
  const serial = (name: string) => (table: CreateTableBuilder<string>) =>
    dialect === 'sqlite'
      ? table.addColumn(name, 'integer', (c) => c.primaryKey().autoIncrement())
      : table.addColumn(name, 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity());
  const bool = dialect === 'sqlite' ? 'integer' : 'boolean';
  const falseValue = dialect === 'sqlite' ? 0 : false;

  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sqlIn('role', ['patient', 'clinician'])))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('patients')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner_user_id', 'text', (c) => c.unique().references('users.id').onDelete('cascade'))
        .addColumn('birth_year', 'integer')
        .addColumn('affected_side', 'text')
        .addColumn('runner', bool, (c) => c.notNull().defaultTo(falseValue))
        .addColumn('pain_ceiling', 'integer', (c) => c.notNull().defaultTo(5))
        .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('clinician_patients')
        .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('clinician_patients_pk', ['clinician_id', 'patient_id'])
        .execute();
      await db.schema
        .createIndex('clinician_patients_patient')
        .on('clinician_patients')
        .column('patient_id')
        .execute();

      await db.schema
        .createTable('screenings')
        .addColumn('patient_id', 'text', (c) => c.primaryKey().references('patients.id').onDelete('cascade'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('events')
        .$call(serial('seq'))
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('events_patient_id')
        .unique()
        .on('events')
        .columns(['patient_id', 'id'])
        .execute();
      await db.schema
        .createIndex('events_patient_date')
        .on('events')
        .columns(['patient_id', 'date', 'seq'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

      await db.schema
        .createTable('audit_log')
        .$call(serial('id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_role', 'text')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('route', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull().check(sqlIn('outcome', ['success', 'failure'])))
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('audit_log_patient')
        .on('audit_log')
        .columns(['patient_id', 'id'])
        .execute();
    },
  };
}

/** A CHECK expression: the column holds one of the values. */
function sqlIn(column: string, values: readonly string[]): Expression<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
