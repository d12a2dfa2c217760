import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { ErrorMark, ErrorMarkInput, ErrorMarkResult, ErrorTarget } from '../store.js';
import type { SqlContext } from './context.js';
import { markStale } from './snapshots.js';
import { isEventId } from '../event-codec.js';
import { idValue, patientKeyOf } from './event-rows.js';

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
  return new Map(rows.map((r) => [r.target_id, toErrorMark(r)]));
}

/** A mark as read with its marker's email (`entered_in_error` joined to `users`). */
export function toErrorMark(row: {
  reason: string;
  marked_by: string | null;
  email: string | null;
  marked_at: string;
}): ErrorMark {
  return { reason: row.reason, markedBy: row.marked_by, markedByEmail: row.email, markedAt: row.marked_at };
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
    if (!(await entryExists(context, tx, input))) return undefined;
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

/** Whether the patient has the entry: events by the patient's key and the id's compact form (migration 020). */
async function entryExists(
  { dialect }: SqlContext,
  tx: Kysely<Database>,
  { patientId, target, targetId }: ErrorMarkInput,
): Promise<boolean> {
  if (target === 'note') {
    const note = await tx
      .selectFrom('treatment_notes')
      .select('id')
      .where('patient_id', '=', patientId)
      .where('id', '=', targetId)
      .executeTakeFirst();
    return note !== undefined;
  }
  if (!isEventId(targetId)) return false;
  const event = await tx
    .selectFrom('events')
    .select('seq')
    .where('patient_key', '=', patientKeyOf(tx, patientId))
    .where('id', '=', idValue(dialect, targetId))
    .executeTakeFirst();
  return event !== undefined;
}

/** An entry's mark as an optional field (absent when the entry stands). */
export const withMark = (mark: ErrorMark | undefined): { enteredInError?: ErrorMark } =>
  mark === undefined ? {} : { enteredInError: mark };
