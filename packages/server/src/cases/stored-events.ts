import type { CaseEvent } from '@hamstring-rehab/engine';
import type { StoredEvent } from '../store/store.js';

/** An engine event with the id its client gave it. */
export interface IdentifiedEvent {
  id: string;
  event: CaseEvent;
}

/** Stored events back as engine events. They were checked against the schema when stored. */
export function parseStoredEvents(rows: readonly StoredEvent[]): IdentifiedEvent[] {
  return rows.map((row) => ({ id: row.id, event: JSON.parse(row.body) as CaseEvent }));
}

/** The wire form: the event's fields with its `id` among them. */
export function withIds(events: readonly IdentifiedEvent[]): (CaseEvent & { id: string })[] {
  return events.map(({ id, event }) => ({ id, ...event }));
}
