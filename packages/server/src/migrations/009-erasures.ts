import type { Kysely, Migration } from 'kysely';

/**
 * The erasure ledger: which patients (and their own user accounts) were erased, and when; ids only, nothing
 * else of theirs. A restore from an older backup re-applies these before serving (ADR 112).
 */
export const erasuresMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('erasures')
      .addColumn('patient_id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text')
      .addColumn('erased_at', 'text', (c) => c.notNull())
      .execute();
  },
};
