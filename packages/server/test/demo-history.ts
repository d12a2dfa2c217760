import { createHash } from 'node:crypto';
import { canonicalJson } from '../src/cases/canonical-json.js';
import { addDays } from '../src/cases/dates.js';
import { PERSONAS, type Persona } from '../src/demo/personas.js';
import { demoId, simulate } from '../src/demo/simulate.js';
import type { StoredEvent } from '../src/store/store.js';

/**
 * The people whose histories the migration tests carry across (020, 021): the demo's five patients and one
 * with a year of history, as the demo seed makes their events up to `DEMO_TODAY`.
 */
export const DEMO_TODAY = '2026-11-30';

const first = PERSONAS[0];
if (first === undefined) throw new Error('the demo has no personas');
const YEAR: Persona = { ...first, key: 'year', email: 'year@demo-clinic.example', weeks: 52, seed: 99 };
export const DEMO_PEOPLE: readonly Persona[] = [...PERSONAS, YEAR];

/** A stored event without its error mark: what a migration must carry across exactly. */
export type KeptEvent = Omit<StoredEvent, 'enteredInError'>;

/**
 * A person's events in upload order, each received that day or the next at a time of day, every seventh
 * recorded by their clinician and every eleventh restored from an export (migration 018's columns).
 */
export function demoHistory(persona: Persona): KeptEvent[] {
  return simulate(persona, DEMO_TODAY).events.map((event, i) => ({
    id: demoId(`${persona.key}:event:${i}`),
    date: event.date,
    type: event.type,
    body: canonicalJson(event),
    receivedAt: `${addDays(event.date, i % 3 === 0 ? 1 : 0)}T${String(7 + (i % 14)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:05.${String(i % 1000).padStart(3, '0')}Z`,
    authorId: i % 7 === 3 ? demoId(`${persona.key}:clinician`) : null,
    imported: i % 11 === 5 ? { by: `Dr ${persona.key}`, at: `${event.date}T10:00:00.000Z` } : null,
  }));
}

/**
 * A patient's history as a hash: each event's id, day, type, exact body, time of receipt, author and import
 * origin, in replay order.
 */
export const historyHash = (events: readonly KeptEvent[]): string =>
  createHash('sha256')
    .update(
      JSON.stringify(events.map((e) => [e.id, e.date, e.type, e.body, e.receivedAt, e.authorId, e.imported])),
    )
    .digest('hex');
