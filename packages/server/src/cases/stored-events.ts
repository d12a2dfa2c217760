import type { CaseEvent } from '@hamstring-rehab/engine';
import type { ErrorMark, StoredEvent } from '../store/store.js';

/** An engine event with the id its client gave it. */
export interface IdentifiedEvent {
  id: string;
  event: CaseEvent;
}

/** An event as the record shows it: with its mark when a clinician said it was entered in error. */
export interface RecordedEvent extends IdentifiedEvent {
  enteredInError?: ErrorMark;
}

/** Every stored event back as an engine event, marked ones included. Checked against the schema when stored. */
export function parseRecordedEvents(rows: readonly StoredEvent[]): RecordedEvent[] {
  return rows.map((row) => ({
    id: row.id,
    event: JSON.parse(row.body) as CaseEvent,
    ...(row.enteredInError === undefined ? {} : { enteredInError: row.enteredInError }),
  }));
}

/**
 * The events of the case: every stored event but those marked entered in error (ADR 129), which never
 * stood, so neither the engine's replay nor the patient's device sees them.
 */
export function parseStoredEvents(rows: readonly StoredEvent[]): IdentifiedEvent[] {
  return rows
    .filter((row) => row.enteredInError === undefined)
    .map((row) => ({ id: row.id, event: JSON.parse(row.body) as CaseEvent }));
}

/** The wire form: the event's fields with its `id` among them. */
export function withIds(events: readonly IdentifiedEvent[]): (CaseEvent & { id: string })[] {
  return events.map(({ id, event }) => ({ id, ...event }));
}
