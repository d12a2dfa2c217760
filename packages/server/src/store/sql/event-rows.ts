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
import type { EventInput, ImportedOrigin, StoredEvent } from '../store.js';

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
    author_id: event.authorId ?? null,
    imported: event.imported === undefined ? null : JSON.stringify(event.imported),
  };
}

/**
 * The selections that read an event back: PostgreSQL gives its date and time as text, SQLite as numbers.
 * Who recorded it and where it came from (migration 018) are text on both.
 */
export function eventSelection(dialect: Dialect, table = 'events'): AliasedRawBuilder<unknown, string>[] {
  const column = (name: string) => sql.ref(`${table}.${name}`);
  if (dialect === 'sqlite') {
    return ['id', 'date', 'type', 'body', 'received_at', 'author_id', 'imported'].map((name) =>
      sql`${column(name)}`.as(name),
    );
  }
  return [
    sql`${column('id')}::text`.as('id'),
    sql`to_char(${column('date')}, 'YYYY-MM-DD')`.as('date'),
    sql`${column('type')}`.as('type'),
    sql`${column('body')}`.as('body'),
    sql`to_char(${column('received_at')} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as(
      'received_at',
    ),
    sql`${column('author_id')}`.as('author_id'),
    sql`${column('imported')}`.as('imported'),
  ];
}

export interface EventRow {
  id: string | Buffer;
  date: string | number;
  type: string;
  body: string;
  received_at: string | number;
  author_id: string | null;
  imported: string | null;
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
    authorId: row.author_id,
    imported: row.imported === null ? null : (JSON.parse(row.imported) as ImportedOrigin),
  };
}
