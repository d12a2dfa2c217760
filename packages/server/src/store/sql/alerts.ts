import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import {
  ALERT_KINDS,
  DEFAULT_ALERTS,
  type AlertKind,
  type AlertRecipient,
  type DigestRecipient,
  type OutboxInput,
} from '../store.js';
import { enqueueWithin } from './mail.js';

function parseKinds(json: string | null | undefined): AlertKind[] {
  if (json === null || json === undefined) return [...DEFAULT_ALERTS];
  return pick(json);
}

function pick(json: string): AlertKind[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? ALERT_KINDS.filter((k) => parsed.includes(k)) : [...DEFAULT_ALERTS];
}

export async function getAlertPreferences(
  db: Kysely<Database>,
  clinicianId: string,
): Promise<{ email: AlertKind[]; push: AlertKind[] }> {
  const row = await db
    .selectFrom('alert_preferences')
    .select(['email', 'push'])
    .where('clinician_id', '=', clinicianId)
    .executeTakeFirst();
  return { email: parseKinds(row?.email), push: parseKinds(row?.push) };
}

/** Sets the e-mail choice, and the push choice when given (a client that knows only e-mail keeps it). */
export async function setAlertPreferences(
  db: Kysely<Database>,
  clinicianId: string,
  kinds: { email: readonly AlertKind[]; push?: readonly AlertKind[] | undefined },
  now: string,
): Promise<void> {
  const email = JSON.stringify(ALERT_KINDS.filter((k) => kinds.email.includes(k)));
  const push =
    kinds.push === undefined ? undefined : JSON.stringify(ALERT_KINDS.filter((k) => kinds.push?.includes(k)));
  await db
    .insertInto('alert_preferences')
    .values({ clinician_id: clinicianId, email, push: push ?? null, updated_at: now })
    .onConflict((oc) =>
      oc
        .column('clinician_id')
        .doUpdateSet({ email, ...(push === undefined ? {} : { push }), updated_at: now }),
    )
    .execute();
}

/** The patient's linked clinicians with their e-mail alert choices, inside the caller's transaction. */
export async function alertRecipients(tx: Kysely<Database>, patientId: string): Promise<AlertRecipient[]> {
  const rows = await tx
    .selectFrom('clinician_patients')
    .innerJoin('users', 'users.id', 'clinician_patients.clinician_id')
    .leftJoin('alert_preferences', 'alert_preferences.clinician_id', 'clinician_patients.clinician_id')
    .select(['users.id', 'users.email', 'alert_preferences.email as kinds', 'alert_preferences.push'])
    .where('clinician_patients.patient_id', '=', patientId)
    // A clinic shares its patients (ADR 122): the clinician responsible for the patient is the one alerted.
    .whereRef('clinician_patients.assignee_id', '=', 'clinician_patients.clinician_id')
    .orderBy('clinician_patients.created_at')
    .orderBy('users.id')
    .execute();
  return rows.map((r) => ({
    clinicianId: r.id,
    email: r.email,
    alerts: parseKinds(r.kinds),
    push: parseKinds(r.push),
  }));
}

/**
 * Queues the day's digest for each clinician who chose `daily-digest` (by e-mail, push or both) and has a
 * linked patient needing attention (a flag in the caseload's copy of the snapshot). Its outbox ids are made
 * from the clinician and the day, so however many servers run this, each clinician gets one digest a day. How
 * many rows were new.
 */
export async function queueDigests(
  db: Kysely<Database>,
  day: string,
  now: string,
  itemsFor: (clinician: DigestRecipient) => OutboxInput[],
): Promise<number> {
  const rows = await db
    .selectFrom('alert_preferences')
    .innerJoin('users', 'users.id', 'alert_preferences.clinician_id')
    .select(['users.id', 'users.email', 'alert_preferences.email as mail', 'alert_preferences.push'])
    .where((eb) =>
      eb.or([
        eb('alert_preferences.email', 'like', '%"daily-digest"%'),
        eb('alert_preferences.push', 'like', '%"daily-digest"%'),
      ]),
    )
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
  const items = rows.flatMap((r) =>
    itemsFor({
      clinicianId: r.id,
      email: r.email,
      byEmail: parseKinds(r.mail).includes('daily-digest'),
      byPush: parseKinds(r.push).includes('daily-digest'),
    }).map((item) => ({ ...item, id: `digest-${day}-${r.id}` })),
  );
  return db.transaction().execute((tx) => enqueueWithin(tx, items, now));
}
