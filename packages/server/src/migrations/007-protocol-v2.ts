import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Protocol pht-v2 (docs/decisions/117). Each patient now records the protocol they follow, and every patient
 * follows `pht-v2`: the column's default moves existing rows and new ones alike. Their decisions change
 * with it, so every snapshot and every caseload link is made stale (recomputed at first need). The caseload
 * attention order grew from 6 ranks to 10 (severe pain, nerve signs, persistent amber and off-plan running);
 * old ranks are renumbered so that a caseload read before recomputing still sorts sensibly. The flag bits
 * are unchanged: new flags take new bits. The events are untouched: a patient's export still replays
 * under pht-v1 on the command line.
 */
const RANKS: readonly (readonly [number, number])[] = [
  [1, 3], // repeated-flare
  [2, 4], // worsening-trend
  [3, 7], // missing-check-ins
  [4, 8], // stalled
  [5, 9], // flare
  [6, 10], // none
];

async function renumber(
  db: Kysely<unknown>,
  table: 'patient_snapshots' | 'clinician_patients',
): Promise<void> {
  // highest first, so that no row is moved twice
  for (const [from, to] of [...RANKS].reverse()) {
    await sql`update ${sql.table(table)} set attention = ${to} where attention = ${from}`.execute(db);
  }
  await sql`update ${sql.table(table)} set fresh_until = ''`.execute(db);
}

export const protocolV2Migration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('patients')
      .addColumn('protocol', 'text', (c) => c.notNull().defaultTo('pht-v2'))
      .execute();
    await renumber(db, 'patient_snapshots');
    await renumber(db, 'clinician_patients');
  },
};
