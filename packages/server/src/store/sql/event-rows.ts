import { sql, type AliasedRawBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../../migrations/dialect.js';
import type { Database } from '../database.js';
import {
  bytesToUuid,
  dayNumber,
  dayString,
  packBody,
  timeIso,
  timeMs,
  unpackBody,
  uuidToBytes,
} from '../event-codec.js';
import type { EventInput, StoredEvent } from '../store.js';

/** The patient's integer key (migration 020), found by their public id: no row when there is no such patient. */
export const patientKeyOf = (db: Kysely<Database>, patientId: string) =>
  db.selectFrom('patients').select('key').where('id', '=', patientId);

/** An event id as the events table holds it: 16 bytes on SQLite, a `uuid` (given as text) on PostgreSQL. */
export function idValue(dialect: Dialect, id: string): string | Buffer {
  const bytes = uuidToBytes(id);
  return dialect === 'sqlite' ? bytes : id;
}

export function idString(value: string | Buffer): string {
  return typeof value === 'string' ? value : bytesToUuid(value);
}

/** An event's columns but the patient's key, as the events table holds them. Throws on a malformed value. */
export function eventColumns(dialect: Dialect, event: EventInput, now: string) {
  const ms = timeMs(now);
  const day = dayNumber(event.date);
  return {
    id: idValue(dialect, event.id),
    date: dialect === 'sqlite' ? day : event.date,
    type: event.type,
    body: packBody(event.body, event.date, event.type),
    received_at: dialect === 'sqlite' ? ms : now,
  };
}

/** The selections that read an event back: PostgreSQL gives its date and time as text, SQLite as numbers. */
export function eventSelection(dialect: Dialect, table = 'events'): AliasedRawBuilder<unknown, string>[] {
  const column = (name: string) => sql.ref(`${table}.${name}`);
  if (dialect === 'sqlite') {
    return ['id', 'date', 'type', 'body', 'received_at'].map((name) => sql`${column(name)}`.as(name));
  }
  return [
    sql`${column('id')}::text`.as('id'),
    sql`to_char(${column('date')}, 'YYYY-MM-DD')`.as('date'),
    sql`${column('type')}`.as('type'),
    sql`${column('body')}`.as('body'),
    sql`to_char(${column('received_at')} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as(
      'received_at',
    ),
  ];
}

export interface EventRow {
  id: string | Buffer;
  date: string | number;
  type: string;
  body: string;
  received_at: string | number;
}

/** A row read with `eventSelection`, as the Store gives it. */
export function storedEvent(row: EventRow): StoredEvent {
  const date = typeof row.date === 'number' ? dayString(row.date) : row.date;
  return {
    id: idString(row.id),
    date,
    type: row.type,
    body: unpackBody(row.body, date, row.type),
    receivedAt: typeof row.received_at === 'number' ? timeIso(row.received_at) : row.received_at,
  };
}
