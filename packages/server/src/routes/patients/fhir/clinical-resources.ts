import type { EventOf } from '@hamstring-rehab/engine';
import { FHIR_BASE, own, stableUrl, type Resource } from './code-system.js';
import type { Entry } from './event-resources.js';

type ClinicianEvent = EventOf<'clinician'> & { id: string };

export interface Origin {
  receivedAt: string;
  by: string | null;
  imported: boolean;
}

/** What a clinician action did, in words. */
function actionText(e: ClinicianEvent): string {
  switch (e.action) {
    case 'set-stage':
      return `Set stage ${String(e.stage)}, level ${String(e.level ?? 1)}`;
    case 'set-ceiling':
      return `Set the pain ceiling to ${String(e.painCeiling)}`;
    case 'set-running-level':
      return e.runningLevel === 0 ? 'Paused running' : `Set running level R${String(e.runningLevel)}`;
    case 'clear-screening':
      return 'Cleared the screening: the program may start';
    case 'review':
      return 'Reviewed the program';
  }
}

/** Who recorded something and when, and whether it came from another account's export. */
function provenance(targetUrl: string, origin: Origin, role: string): Entry {
  return {
    fullUrl: stableUrl(targetUrl, 'provenance'),
    resource: {
      resourceType: 'Provenance',
      target: [{ reference: targetUrl }],
      recorded: origin.receivedAt,
      agent: [
        {
          type: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
                code: 'author',
                display: 'Author',
              },
            ],
          },
          who: { display: origin.by ?? `A ${role} (not named in the record)` },
        },
      ],
      ...(origin.imported
        ? {
            reason: [
              {
                text: 'Restored from an export of another account: recorded there, by and at the time given',
              },
            ],
            entity: [{ role: 'source', what: { display: 'A hamstring-rehab JSON export' } }],
          }
        : {}),
    },
  };
}

/** A clinician action (set stage, ceiling, running level, clear screening, review) and who recorded it. */
export function clinicianActionResources(
  event: ClinicianEvent,
  origin: Origin | undefined,
  patientRef: string,
): Entry[] {
  const fullUrl = stableUrl(event.id, 'clinician');
  const text = actionText(event);
  const impression: Resource = {
    resourceType: 'ClinicalImpression',
    identifier: [{ system: `${FHIR_BASE}/event`, value: event.id }],
    status: 'completed',
    code: { coding: [own(`clinician-${event.action}`)], text },
    description: text,
    subject: { reference: patientRef },
    effectiveDateTime: event.date,
    ...(origin === undefined ? {} : { date: origin.receivedAt }),
    ...(origin?.by === null || origin === undefined ? {} : { assessor: { display: origin.by } }),
    ...(event.note === undefined ? {} : { summary: event.note }),
  };
  return [
    { fullUrl, resource: impression },
    ...(origin === undefined ? [] : [provenance(fullUrl, origin, 'clinician')]),
  ];
}

export interface NoteInput {
  id: string;
  kind: string;
  text: string;
  date: string;
  authorEmail: string | null;
  createdAt: string;
  /** Restored from an export: who wrote it and when, there. */
  imported: { by: string | null; at: string } | null;
}

/** A treatment note: the treatment as a Procedure the clinician performed, with the note, and its author. */
export function noteResources(note: NoteInput, patientRef: string): Entry[] {
  const fullUrl = stableUrl(note.id, 'note');
  const origin: Origin =
    note.imported === null
      ? { receivedAt: note.createdAt, by: note.authorEmail, imported: false }
      : { receivedAt: note.imported.at, by: note.imported.by, imported: true };
  const performer = origin.by === null ? {} : { performer: [{ actor: { display: origin.by } }] };
  return [
    {
      fullUrl,
      resource: {
        resourceType: 'Procedure',
        identifier: [{ system: `${FHIR_BASE}/treatment-note`, value: note.id }],
        status: 'completed',
        code: { coding: [own(`treatment-${note.kind}`)] },
        subject: { reference: patientRef },
        performedDateTime: note.date,
        ...performer,
        note: [{ text: note.text, time: note.createdAt }],
      },
    },
    provenance(fullUrl, origin, 'clinician'),
  ];
}

export interface MessageInput {
  id: string;
  authorRole: 'patient' | 'clinician';
  authorEmail: string | null;
  text: string;
  createdAt: string;
}

/** A secure message between the patient and their clinicians (ADR 121). */
export function messageResource(message: MessageInput, patientRef: string): Entry {
  const patient = { reference: patientRef };
  const clinician = { display: message.authorEmail ?? 'A clinician' };
  return {
    fullUrl: stableUrl(message.id, 'message'),
    resource: {
      resourceType: 'Communication',
      identifier: [{ system: `${FHIR_BASE}/message`, value: message.id }],
      status: 'completed',
      subject: patient,
      sent: message.createdAt,
      sender: message.authorRole === 'patient' ? patient : clinician,
      ...(message.authorRole === 'patient' ? {} : { recipient: [patient] }),
      payload: [{ contentString: message.text }],
    },
  };
}
