import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { ErrorMark, ErrorMarkInput, ErrorMarkResult, ErrorTarget } from '../store.js';
import type { SqlContext } from './context.js';
import { markStale } from './snapshots.js';

/** The marks of a patient's entries of one kind, by the entry's id. */
export async function listErrorMarks(
  db: Kysely<Database>,
  patientId: string,
  target: ErrorTarget,
): Promise<Map<string, ErrorMark>> {
  const rows = await db
    .selectFrom('entered_in_error as m')
    .leftJoin('users as u', 'u.id', 'm.marked_by')
    .select(['m.target_id', 'm.reason', 'm.marked_by', 'u.email', 'm.marked_at'])
    .where('m.patient_id', '=', patientId)
    .where('m.target', '=', target)
    .execute();
  return new Map(
    rows.map((r) => [
      r.target_id,
      { reason: r.reason, markedBy: r.marked_by, markedByEmail: r.email, markedAt: r.marked_at },
    ]),
  );
}

/**
 * Marks one entry entered in error, once, in one transaction: nothing when the patient has no such entry;
 * the stored mark when it was marked already (a retry, or a colleague first). An event's mark changes the
 * case, so the patient's snapshot is marked stale with it.
 */
export async function markEnteredInError(
  context: SqlContext,
  input: ErrorMarkInput,
): Promise<ErrorMarkResult | undefined> {
  return context.db.transaction().execute(async (tx) => {
    const table = input.target === 'event' ? 'events' : 'treatment_notes';
    const exists = await tx
      .selectFrom(table)
      .select('id')
      .where('patient_id', '=', input.patientId)
      .where('id', '=', input.targetId)
      .executeTakeFirst();
    if (exists === undefined) return undefined;
    const inserted = await tx
      .insertInto('entered_in_error')
      .values({
        patient_id: input.patientId,
        target: input.target,
        target_id: input.targetId,
        reason: input.reason,
        marked_by: input.markedBy,
        marked_at: input.markedAt,
      })
      .onConflict((oc) => oc.columns(['patient_id', 'target', 'target_id']).doNothing())
      .executeTakeFirst();
    const created = Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
    if (created && input.target === 'event') await markStale(context, tx, input.patientId);
    const mark = (await listErrorMarks(tx, input.patientId, input.target)).get(input.targetId);
    if (mark === undefined) throw new Error('the mark just stored cannot be read back');
    return { created, mark };
  });
}

/** An entry's mark as an optional field (absent when the entry stands). */
export const withMark = (mark: ErrorMark | undefined): { enteredInError?: ErrorMark } =>
  mark === undefined ? {} : { enteredInError: mark };
