import type { Kysely, Migration } from 'kysely';

/**
 * Who recorded an event and where it came from (ADR 133). `author_id`: the clinician who recorded a clinician
 * action here (null for the patient's own events and for rows older than this migration); not a foreign key,
 * so that a clinician's closed account leaves the patient's log as it was (the export then names no one).
 * `imported`: for an event restored from an export, JSON text `{"by": ..., "at": ...}`: who recorded it and
 * when, as the export said, in the other account; null for events recorded here. `treatment_notes.imported`:
 * the same for a treatment note restored from an export (its author is then no account of this server).
 */
export const eventOriginMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('events').addColumn('author_id', 'text').execute();
    await db.schema.alterTable('events').addColumn('imported', 'text').execute();
    await db.schema.alterTable('treatment_notes').addColumn('imported', 'text').execute();
  },
};
