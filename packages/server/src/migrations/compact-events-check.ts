import { sql, type Kysely } from 'kysely';
import { unpackBody } from '../store/event-codec.js';
import { eventSelection, storedEvent, type EventRow } from '../store/sql/event-rows.js';
import type { Dialect } from './dialect.js';

/** Patients compared per round trip. */
const PATIENTS_PER_ROUND = 200;

interface OldRow {
  patient_id: string;
  seq: number | string;
  id: string;
  date: string;
  type: string;
  body: string;
  received_at: string;
  author_id: string | null;
  imported: string | null;
}

type NewRow = EventRow & { patient_id: string; seq: number | string };

/**
 * Migration 020's proof, inside its transaction: every patient's events, read back from `events_new` exactly
 * as the store will read them, equal the old rows field by field and in the same order. A body that would not
 * come back byte for byte from its compact form is stored whole instead (`=` and the body); any other
 * difference, or a different count, throws, and the migration changes nothing.
 */
export async function checkCompactEvents(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const count = async (table: string) => {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
      db,
    );
    return Number(rows[0]?.n ?? 0);
  };
  const [before, after] = [await count('events'), await count('events_new')];
  if (before !== after) {
    throw new Error(`migration 020: ${before} events before, ${after} after (an event without its patient?)`);
  }
  let last = '';
  for (;;) {
    const { rows: patients } = await sql<{ id: string }>`select id from patients where id > ${last}
      order by id limit ${PATIENTS_PER_ROUND}`.execute(db);
    const ids = patients.map((p) => p.id);
    if (ids.length === 0) return;
    last = ids[ids.length - 1] ?? last;
    await checkPatients(db, dialect, ids);
  }
}

async function checkPatients(db: Kysely<unknown>, dialect: Dialect, ids: string[]): Promise<void> {
  const list = sql.join(ids);
  const { rows: old } =
    await sql<OldRow>`select patient_id, seq, id, date, type, body, received_at, author_id, imported
    from events where patient_id in (${list}) order by patient_id, date, seq`.execute(db);
  const { rows: compact } = await sql<NewRow>`select p.id as patient_id, e.seq, ${sql.join(
    eventSelection(dialect, 'e'),
  )} from events_new e join patients p on p.key = e.patient_key
    where p.id in (${list}) order by p.id, e.date, e.seq`.execute(db);
  if (old.length !== compact.length) throw new Error('migration 020: the event counts of patients differ');
  for (const [i, was] of old.entries()) {
    const row = compact[i];
    if (row === undefined) throw new Error('migration 020: an event is missing');
    // The fields but the body, then the body (a compact form that is not JSON comes back as no body).
    const now = storedEvent({ ...row, body: '=' });
    let body: string | undefined;
    try {
      body = unpackBody(row.body, now.date, now.type);
    } catch {
      body = undefined;
    }
    const same =
      row.patient_id === was.patient_id &&
      String(row.seq) === String(was.seq) &&
      now.id === was.id &&
      now.date === was.date &&
      now.type === was.type &&
      now.receivedAt === was.received_at &&
      row.author_id === was.author_id &&
      row.imported === was.imported;
    if (!same) {
      throw new Error(
        `migration 020: event ${was.id} of patient ${was.patient_id} would change ` +
          `(${JSON.stringify([was.id, was.date, was.type, was.received_at, was.author_id, was.imported])} became ` +
          `${JSON.stringify([now.id, now.date, now.type, now.receivedAt, row.author_id, row.imported])}); ` +
          'nothing was migrated',
      );
    }
    if (body !== was.body) {
      await sql`update events_new set body = ${`=${was.body}`}
        where patient_key = (select key from patients where id = ${was.patient_id}) and seq = ${was.seq}`.execute(
        db,
      );
    }
  }
}
