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
 * A success is a row of its own. A refusal is counted into the row of its actor, patient, action and hour
 * (`summary_key`, unique): 500 refused reads in a minute are one row with count 500, not 500 rows.
 */
export async function writeAudit(db: Kysely<Database>, entry: AuditEntryInput): Promise<void> {
  if (entry.outcome === 'success') {
    await db.insertInto('audit_log').values(row(entry)).execute();
    return;
  }
  const hour = entry.at.slice(0, 13);
  const key = [entry.actorId ?? '', entry.patientId, entry.action, hour].join('|');
  await db
    .insertInto('audit_log')
    .values({ ...row(entry), count: 1, last_at: entry.at, summary_key: key })
    .onConflict((oc) =>
      oc.column('summary_key').doUpdateSet({
        count: sql<number>`audit_log.count + 1`,
        last_at: entry.at,
        status_code: entry.statusCode,
      }),
    )
    .execute();
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
