import type { Transaction } from 'kysely';
import type { Database } from '../database.js';
import type { AppendResult, EventInput, SnapshotSource } from '../store.js';
import type { SqlContext } from './context.js';
import { markStaleReading, toSource, type SourceRow } from './snapshots.js';
import {
  eventColumns,
  eventSelection,
  idString,
  idValue,
  patientKeyOf,
  storedEvent,
  type EventRow,
} from './event-rows.js';

/** Rows per INSERT or IN (...) list: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 200;

class EventConflict extends Error {
  constructor(readonly index: number) {
    super('event conflict');
  }
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}

/** A batch with repeated ids taken out, or the index of a repeat with other content. */
type PreparedBatch = { unique: EventInput[]; firstIndex: Map<string, number> } | { conflictIndex: number };

/** Takes repeated ids out of a batch: a repeat with the same body is a duplicate, with another a conflict. */
function prepareBatch(events: readonly EventInput[]): PreparedBatch {
  const firstIndex = new Map<string, number>();
  const unique: EventInput[] = [];
  for (const [index, event] of events.entries()) {
    const first = firstIndex.get(event.id);
    if (first === undefined) {
      firstIndex.set(event.id, index);
      unique.push(event);
    } else if (events[first]?.body !== event.body) {
      return { conflictIndex: index };
    }
  }
  return { unique, firstIndex };
}

/**
 * Stores a batch of events exactly once, all or nothing, on either dialect. Rows go in with
 * ON CONFLICT DO NOTHING on (patient_id, id); unless every row went in, every id of the batch is then read
 * back in the same transaction: a body that differs means the id was used for other content, and the whole
 * batch rolls back.
 * Two identical uploads racing each other both succeed and store the events once (on PostgreSQL the second
 * insert waits for the first transaction, then does nothing).
 */
export async function appendEvents(
  context: SqlContext,
  patientId: string,
  events: readonly EventInput[],
  now: string,
): Promise<AppendResult> {
  const [only] = events;
  if (context.dialect === 'postgres' && events.length === 1 && only !== undefined) {
    const answer = await appendOne(context, patientId, only, now);
    if (answer !== undefined) return answer;
  }
  try {
    return await context.db.transaction().execute((tx) => appendWithin(context, tx, patientId, events, now));
  } catch (error) {
    const conflict = conflictOf(error);
    if (conflict === undefined) throw error;
    return conflict;
  }
}

/** An upload's answer when nothing clashed; with the source when the store gave one. */
const stored = (count: number, duplicates: number, source: SnapshotSource | undefined): AppendResult =>
  source === undefined
    ? { ok: true, stored: count, duplicates }
    : { ok: true, stored: count, duplicates, source };

/** An event's columns (`eventColumns`) are those of a patient's own event: no author, not imported. */
const patientsOwn = (row: { author_id: string | null; imported: string | null }) =>
  row.author_id === null && row.imported === null;

/**
 * PostgreSQL's common upload, one event of the patient's own (ADR 236), in one statement that stores it and
 * marks the snapshot stale: its answer when the event went in; undefined when it did not (an id already
 * used: the transaction above reads back what it holds) or when the event is not of that kind.
 */
async function appendOne(
  context: SqlContext,
  patientId: string,
  event: EventInput,
  now: string,
): Promise<AppendResult | undefined> {
  const row = eventColumns(context.dialect, event, now);
  if (!patientsOwn(row)) return undefined;
  const { id, date, type, body, received_at } = row;
  const [result] = (
    await context.hot.appendOneMarkingStale(
      context.db,
      patientId,
      id,
      date,
      type,
      body,
      received_at,
      event.date,
    )
  ).rows;
  if (result === undefined || Number(result.inserted) === 0) return undefined;
  // the snapshot's columns are null only when the patient has none
  return stored(1, 0, result.patient_id === null ? undefined : toSource(result as SourceRow));
}

/**
 * One upload inside the caller's transaction (or savepoint). Throws `EventConflict` when an id already
 * holds other content: the caller rolls back, and `conflictOf` gives the answer.
 */
export async function appendWithin(
  context: SqlContext,
  tx: Transaction<Database>,
  patientId: string,
  events: readonly EventInput[],
  now: string,
): Promise<AppendResult> {
  const batch = prepareBatch(events);
  if ('conflictIndex' in batch) return { ok: false, conflictIndex: batch.conflictIndex };
  const { stored: count, source } = await insertBatch(
    context,
    tx,
    patientId,
    batch.unique,
    batch.firstIndex,
    now,
  );
  return stored(count, batch.unique.length - count + (events.length - batch.unique.length), source);
}

/** The answer to an upload that failed with `error` when it was a conflict; undefined for any other error. */
export function conflictOf(error: unknown): AppendResult | undefined {
  return error instanceof EventConflict ? { ok: false, conflictIndex: error.index } : undefined;
}

/**
 * The inserts of one batch inside the caller's transaction: how many rows went in, and the case as they leave
 * it when any did. Throws `EventConflict` when an id already holds other content (the caller rolls back).
 */
async function insertBatch(
  context: SqlContext,
  tx: Transaction<Database>,
  patientId: string,
  unique: readonly EventInput[],
  firstIndex: ReadonlyMap<string, number>,
  now: string,
): Promise<{ stored: number; source?: SnapshotSource | undefined }> {
  const { dialect } = context;
  // Every value checked and converted before anything is written (a malformed id, day or time throws).
  const rows = unique.map((e) => eventColumns(dialect, e, now));
  let inserted = 0;
  const [single] = rows;
  // The precompiled insert is the common upload's: a patient's own event.
  if (rows.length === 1 && single !== undefined && patientsOwn(single)) {
    const { id, date, type, body, received_at } = single;
    const result = await context.hot.insertEvent(tx, patientId, id, date, type, body, received_at);
    inserted = Number(result.numAffectedRows ?? 0n);
  } else {
    // The patient's key, once for the batch: an unknown patient stores nothing (the insert fails, as before).
    const patient = await patientKeyOf(tx, patientId).executeTakeFirst();
    if (patient === undefined) throw new Error(`no patient ${patientId}`);
    for (const chunk of chunks(rows)) {
      const result = await tx
        .insertInto('events')
        .values(chunk.map((r) => ({ patient_key: patient.key, ...r })))
        .onConflict((oc) => oc.columns(['patient_key', 'id']).doNothing())
        .executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
  }
  // Every event new: no id was taken, so nothing can clash. Otherwise read back what the ids hold.
  for (const chunk of inserted === unique.length ? [] : chunks(unique)) {
    const found = await tx
      .selectFrom('events')
      .select(eventSelection(dialect))
      .$castTo<EventRow>()
      .where('patient_key', '=', patientKeyOf(tx, patientId))
      .where(
        'id',
        'in',
        chunk.map((e) => idValue(dialect, e.id)),
      )
      .execute();
    const stored = new Map(found.map((r) => [idString(r.id), storedEvent(r)]));
    const clash = chunk.find((e) => {
      const s = stored.get(e.id);
      return s?.body !== e.body || s.date !== e.date || s.type !== e.type;
    });
    if (clash !== undefined) throw new EventConflict(firstIndex.get(clash.id) ?? 0);
  }
  if (inserted === 0) return { stored: 0 };
  const earliest = unique.reduce((min, e) => (e.date < min ? e.date : min), unique[0]?.date ?? '');
  return { stored: inserted, source: await markStaleReading(context, tx, patientId, earliest) };
}
