import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import {
  ALERT_KINDS,
  DEFAULT_ALERTS,
  type AlertKind,
  type AlertRecipient,
  type MailInput,
} from '../store.js';

function parseKinds(json: string | null | undefined): AlertKind[] {
  if (json === null || json === undefined) return [...DEFAULT_ALERTS];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? ALERT_KINDS.filter((k) => parsed.includes(k)) : [...DEFAULT_ALERTS];
}

export async function getAlertPreferences(db: Kysely<Database>, clinicianId: string): Promise<AlertKind[]> {
  const row = await db
    .selectFrom('alert_preferences')
    .select('email')
    .where('clinician_id', '=', clinicianId)
    .executeTakeFirst();
  return parseKinds(row?.email);
}

export async function setAlertPreferences(
  db: Kysely<Database>,
  clinicianId: string,
  kinds: readonly AlertKind[],
  now: string,
): Promise<void> {
  const email = JSON.stringify(ALERT_KINDS.filter((k) => kinds.includes(k)));
  await db
    .insertInto('alert_preferences')
    .values({ clinician_id: clinicianId, email, updated_at: now })
    .onConflict((oc) => oc.column('clinician_id').doUpdateSet({ email, updated_at: now }))
    .execute();
}

/** The patient's linked clinicians with their e-mail alert choices, inside the caller's transaction. */
export async function alertRecipients(tx: Kysely<Database>, patientId: string): Promise<AlertRecipient[]> {
  const rows = await tx
    .selectFrom('clinician_patients')
    .innerJoin('users', 'users.id', 'clinician_patients.clinician_id')
    .leftJoin('alert_preferences', 'alert_preferences.clinician_id', 'clinician_patients.clinician_id')
    .select(['users.id', 'users.email', 'alert_preferences.email as kinds'])
    .where('clinician_patients.patient_id', '=', patientId)
    // A clinic shares its patients (ADR 122): the clinician responsible for the patient is the one alerted.
    .whereRef('clinician_patients.assignee_id', '=', 'clinician_patients.clinician_id')
    .orderBy('clinician_patients.created_at')
    .orderBy('users.id')
    .execute();
  return rows.map((r) => ({ clinicianId: r.id, email: r.email, alerts: parseKinds(r.kinds) }));
}

/**
 * Queues the day's digest for each clinician who chose `daily-digest` and has a linked patient needing
 * attention (a flag in the caseload's copy of the snapshot). Its outbox id is made from the clinician and
 * the day, so however many servers run this, each clinician gets one digest a day. How many were new.
 */
export async function queueDigests(
  db: Kysely<Database>,
  day: string,
  now: string,
  mailFor: (clinician: { clinicianId: string; email: string }) => MailInput,
): Promise<number> {
  const rows = await db
    .selectFrom('alert_preferences')
    .innerJoin('users', 'users.id', 'alert_preferences.clinician_id')
    .select(['users.id', 'users.email'])
    .where('alert_preferences.email', 'like', '%"daily-digest"%')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('clinician_patients')
          .select('clinician_patients.patient_id')
          .whereRef('clinician_patients.clinician_id', '=', 'users.id')
          .whereRef('clinician_patients.assignee_id', '=', 'users.id')
          .where('clinician_patients.flags', '<>', 0),
      ),
    )
    .execute();
  if (rows.length === 0) return 0;
  const mails = rows.map((r) => ({
    ...mailFor({ clinicianId: r.id, email: r.email }),
    id: `digest-${day}-${r.id}`,
  }));
  const inserted = await db
    .insertInto('outbox')
    .values(
      mails.map((m) => ({
        id: m.id,
        channel: 'email' as const,
        user_id: m.userId,
        recipient: m.to,
        subject: m.subject,
        body: m.body,
        link: m.link,
        state: 'pending' as const,
        created_at: now,
        due_at: m.dueAt,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0);
}
