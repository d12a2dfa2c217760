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
 * One entry, written only when the patient exists: requests for unknown or erased ids leave no rows (an
 * erased patient must not reappear as audit rows; ADR 112). One statement, `insert … select … from patients`;
 * the casts give PostgreSQL the parameters' types.
 */
export async function writeAudit(db: Kysely<Database>, entry: AuditEntryInput): Promise<void> {
  const r = row(entry);
  await sql`insert into audit_log (at, actor_id, actor_role, patient_id, action, route, outcome, status_code)
    select cast(${r.at} as text), cast(${r.actor_id} as text), cast(${r.actor_role} as text), id,
      cast(${r.action} as text), cast(${r.route} as text), cast(${r.outcome} as text),
      cast(${r.status_code} as integer)
    from patients where id = ${r.patient_id}`.execute(db);
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
  }));
}
