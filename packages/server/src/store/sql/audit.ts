import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { AuditEntry, AuditEntryInput } from '../store.js';

const row = (entry: AuditEntryInput) => ({
  at: entry.at,
  actor_id: entry.actorId,
  actor_role: entry.actorRole,
  patient_id: entry.patientId,
  action: entry.action,
  route: entry.route,
  outcome: entry.outcome,
  status_code: entry.statusCode,
});

/**
/**
 * Written only when the patient exists: requests for unknown or erased ids leave no rows (an erased patient
 * must not reappear as audit rows; ADR 112). A success is a row of its own. A refusal is counted into the row
 * of its actor, patient, action and hour (`summary_key`, unique): 500 refused reads in a minute are one row
 * with count 500, not 500 rows (ADR 116). One statement, `insert … select … from patients`; the casts give
 * PostgreSQL the parameters' types.
 */
export async function writeAudit(db: Kysely<Database>, entry: AuditEntryInput): Promise<void> {
  const r = row(entry);
  const values = sql`select cast(${r.at} as text), cast(${r.actor_id} as text), cast(${r.actor_role} as text), id,
      cast(${r.action} as text), cast(${r.route} as text), cast(${r.outcome} as text),
      cast(${r.status_code} as integer)`;
  if (entry.outcome === 'success') {
    await sql`insert into audit_log (at, actor_id, actor_role, patient_id, action, route, outcome, status_code)
      ${values} from patients where id = ${r.patient_id}`.execute(db);
    return;
  }
  const hour = entry.at.slice(0, 13);
  const key = [entry.actorId ?? '', entry.patientId, entry.action, hour].join('|');
  // "where true" keeps SQLite's parser from reading ON CONFLICT as a join constraint of the SELECT.
  await sql`insert into audit_log
      (at, actor_id, actor_role, patient_id, action, route, outcome, status_code, count, last_at, summary_key)
      ${values}, cast(1 as integer), cast(${r.at} as text), cast(${key} as text)
      from patients where id = ${r.patient_id} and true
    on conflict (summary_key) do update set count = audit_log.count + 1, last_at = excluded.last_at,
      status_code = excluded.status_code`.execute(db);
}

/** Entries in one INSERT; a caseload page holds at most 100, well under the bound-parameter limits. */
export async function writeAuditBatch(
  db: Kysely<Database>,
  entries: readonly AuditEntryInput[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto('audit_log').values(entries.map(row)).execute();
}

export async function listAudit(
  db: Kysely<Database>,
  patientId: string,
  limit: number,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    patientId: r.patient_id,
    action: r.action,
    route: r.route,
    outcome: r.outcome,
    statusCode: r.status_code,
    count: r.count,
    lastAt: r.last_at ?? r.at,
  }));
}
