import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * The event types this migration knows: exactly those the engine accepted when it was written (protocols
 * pht-v1 and pht-v2 share them, `case.schema.json`). Frozen with the migration: an engine that gains a type
 * needs a new migration adding it to the enum (`alter type event_type add value ...`); the migration's test
 * compares the database's enum with the engine's list and fails until then.
 */
export const EVENT_TYPES_021 = [
  'session',
  'morning-check',
  'run',
  'load-test',
  'sitting',
  'symptoms',
  'function-check',
  'clinician',
] as const;

/**
 * The event's type as a PostgreSQL enum (issue 16, ADR 137): 4 bytes in the row instead of the text's 9 to 15
 * (a length byte and the name), with the same text in and out (pg compares a parameter with the column as
 * the enum, and gives the value back as text). SQLite keeps text: nothing changes there.
 *
 * In PostgreSQL's migration transaction: every stored type must be one of `EVENT_TYPES_021` (else the
 * migration fails naming the others and changes nothing), the column is converted in place (the table and
 * its indexes are rewritten), and the count of each type before and after must be the same.
 */
export function eventTypeEnumMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect === 'postgres') await toEnum(db);
    },
  };
}

type Counts = Map<string, number>;

async function countsByType(db: Kysely<unknown>): Promise<Counts> {
  const { rows } = await sql<{
    type: string;
    n: string;
  }>`select type::text as type, count(*) as n from events group by type::text`.execute(db);
  return new Map(rows.map((r) => [r.type, Number(r.n)]));
}

const described = (counts: Counts) =>
  [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');

async function toEnum(db: Kysely<unknown>): Promise<void> {
  const before = await countsByType(db);
  const known = new Set<string>(EVENT_TYPES_021);
  const unknown = [...before.keys()].filter((type) => !known.has(type));
  if (unknown.length > 0)
    throw new Error(
      `events hold types the event_type enum would not have: ${unknown.map((t) => JSON.stringify(t)).join(', ')}`,
    );
  const labels = EVENT_TYPES_021.map((type) => `'${type}'`).join(', ');
  await sql.raw(`create type event_type as enum (${labels})`).execute(db);
  await sql.raw('alter table events alter column type type event_type using type::event_type').execute(db);
  const after = await countsByType(db);
  if (described(after) !== described(before))
    throw new Error(
      `events changed converting their type: before ${described(before)}; after ${described(after)}`,
    );
}
