import type { Kysely, Migration } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * pht-v2's `patient.sport`: whether the patient is returning to a sport (stage 4 applies when this or
 * `runner` is true). Existing patients answered no question about it, so they take false (docs/decisions/210).
 */
export function patientSportMigration(dialect: Dialect): Migration {
  const bool = dialect === 'sqlite' ? 'integer' : 'boolean';
  const falseValue = dialect === 'sqlite' ? 0 : false;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('patients')
        .addColumn('sport', bool, (c) => c.notNull().defaultTo(falseValue))
        .execute();
    },
  };
}
