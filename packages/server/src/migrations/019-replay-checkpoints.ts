import type { Kysely, Migration } from 'kysely';

/**
 * Checkpointed replay (issue 16, ADR 134): each decision snapshot keeps the engine's checkpoint (JSON),
 * the state at the end of `checkpoint_day`, from which the next recomputation replays only later events.
 * An event written with a date on or before `checkpoint_day`, or a profile or screening change, empties
 * `checkpoint_day` in the write's transaction: the next recomputation replays in full. Existing snapshots
 * start without one. The same DDL on SQLite and PostgreSQL (text columns).
 */
export const replayCheckpointsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('patient_snapshots').addColumn('checkpoint', 'text').execute();
    await db.schema
      .alterTable('patient_snapshots')
      .addColumn('checkpoint_day', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  },
};
