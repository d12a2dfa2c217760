import { createHash } from 'node:crypto';
import { PERSONAS, type Persona } from '../src/demo/personas.js';
import { demoId } from '../src/demo/simulate.js';
import { addDays } from '../src/cases/dates.js';
import type { StoredEvent } from '../src/store/store.js';

/**
 * The people whose histories the migration tests carry across (020, 021): the demo's five patients and one
 * with a year of history, as the demo seed makes their events up to `DEMO_TODAY`, and how each event of
 * theirs was received and recorded.
 */
export const DEMO_TODAY = '2026-11-30';

const first = PERSONAS[0];
if (first === undefined) throw new Error('the demo has no personas');
const YEAR: Persona = { ...first, key: 'year', email: 'year@demo-clinic.example', weeks: 52, seed: 99 };
export const DEMO_PEOPLE: readonly Persona[] = [...PERSONAS, YEAR];

/** When the `i`th event uploaded, of day `date`, was received: that day or the next, at a time of day. */
export const demoReceivedAt = (date: string, i: number): string =>
  `${addDays(date, i % 3 === 0 ? 1 : 0)}T${String(7 + (i % 14)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:05.${String(i % 1000).padStart(3, '0')}Z`;

/** Who recorded the `i`th event (migration 018): every seventh one the person's clinician. */
export const demoAuthor = (key: string, i: number): string | undefined =>
  i % 7 === 3 ? demoId(`${key}:clinician`) : undefined;

/** Where the `i`th event came from (migration 018): every eleventh one restored from an export. */
export const demoImported = (key: string, date: string, i: number): StoredEvent['imported'] =>
  i % 11 === 5 ? { by: `Dr ${key}`, at: `${date}T10:00:00.000Z` } : null;

/**
 * A patient's history as a hash: each event's id, day, type, exact body, time of receipt, author and import
 * origin, in replay order.
 */
export const historyHash = (events: readonly Omit<StoredEvent, 'enteredInError'>[]): string =>
  createHash('sha256')
    .update(
      JSON.stringify(events.map((e) => [e.id, e.date, e.type, e.body, e.receivedAt, e.authorId, e.imported])),
    )
    .digest('hex');
