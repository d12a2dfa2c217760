import type { Decision } from '@hamstring-rehab/engine';
import type { Actor } from '../../http/context.js';
import type { StoredEvent, Store } from '../../store/store.js';
import { presentMessage } from '../messages/messages.js';
import { EXPORT_VERSION } from './export-schema.js';
import { presentNote } from './notes.js';
import { CURRENT_PROTOCOL, type PatientData } from '../../cases/patient-case.js';
import { parseRecordedEvents, withIds } from '../../cases/stored-events.js';

/** The most audit entries an export carries (newest first). */
export const EXPORT_AUDIT_LIMIT = 10_000;

/** A clinician as a person reads them: their address, with their clinic when there is one. */
async function clinicianText(store: Store, userId: string): Promise<string | null> {
  const user = await store.findUserById(userId);
  if (user === undefined) return null;
  const clinic = user.clinicId === null ? undefined : await store.getClinic(user.clinicId);
  return clinic === undefined ? user.email : `${user.email} (${clinic.name})`;
}

/** Who recorded each event and when: an imported event keeps what its export said. */
async function eventOrigins(store: Store, rows: readonly StoredEvent[]) {
  const names = new Map<string, Promise<string | null>>();
  const nameOf = (id: string) => {
    let name = names.get(id);
    if (name === undefined) {
      name = clinicianText(store, id);
      names.set(id, name);
    }
    return name;
  };
  return Promise.all(
    rows.map(async (row) =>
      row.imported === null
        ? {
            eventId: row.id,
            receivedAt: row.receivedAt,
            by: row.authorId === null ? null : await nameOf(row.authorId),
            imported: false,
          }
        : { eventId: row.id, receivedAt: row.imported.at, by: row.imported.by, imported: true },
    ),
  );
}

/**
 * Everything kept about the patient, as the JSON export of version 2 (docs/exports.md). The audit log goes
 * only to the patient themselves: it says what other clinicians did.
 */
export async function jsonExport(
  store: Store,
  input: {
    patientId: string;
    data: PatientData;
    rows: readonly StoredEvent[];
    decision: Decision | null;
    actor: Actor;
    now: Date;
  },
) {
  const { patientId, data, rows, decision, actor } = input;
  const self = actor.role === 'patient' && actor.patientId === patientId;
  const [identity, notes, clinicians, messages, reminders, audit, origins] = await Promise.all([
    store.getIdentity(patientId),
    store.listNotes(patientId),
    store.listPatientClinicians(patientId),
    store.listMessages(patientId),
    store.getReminders(patientId),
    self ? store.listAudit(patientId, EXPORT_AUDIT_LIMIT) : Promise.resolve(null),
    eventOrigins(store, rows),
  ]);
  return {
    format: 'hamstring-rehab-export' as const,
    version: EXPORT_VERSION,
    exportedAt: input.now.toISOString(),
    patientId,
    profile: { ...data.profile, protocol: data.protocol ?? CURRENT_PROTOCOL },
    identity: identity ?? { name: null, dateOfBirth: null, reference: null },
    screening: data.screening ?? null,
    events: withIds(data.events),
    eventsEnteredInError: parseRecordedEvents(rows).flatMap((e) =>
      e.enteredInError === undefined
        ? []
        : [{ event: { id: e.id, ...e.event }, enteredInError: e.enteredInError }],
    ),
    eventOrigins: origins,
    decision,
    notes: notes.map(presentNote),
    clinicians: clinicians.map((c) => ({
      id: c.id,
      email: c.email,
      clinicId: c.clinicId,
      clinicName: c.clinicName,
      linkedAt: c.linkedAt,
    })),
    messages: messages.map((m) => presentMessage(m, actor.userId)),
    reminders,
    audit:
      audit?.map((e) => ({
        id: e.id,
        at: e.at,
        actorId: e.actorId,
        actorRole: e.actorRole,
        action: e.action,
        route: e.route,
        outcome: e.outcome,
        statusCode: e.statusCode,
        count: e.count,
        lastAt: e.lastAt,
      })) ?? null,
  };
}
