import type { ApiOk } from '../../../lib/api-types';

/** One entry of the patient's audit log, as GET /patients/{patientId}/audit answers. */
export type AuditEntry = ApiOk<'GET /patients/{patientId}/audit'>['entries'][number];

/** A clinician linked to the patient, as GET /patients/{patientId}/clinicians answers. */
export type LinkedClinician = ApiOk<'GET /patients/{patientId}/clinicians'>['clinicians'][number];

/** What each audited route did, as a person would say it. */
const DID: Record<string, string> = {
  'decision.read': 'viewed your plan',
  'timeline.read': 'viewed your history',
  'events.read': 'viewed your logs',
  'events.write': 'recorded a score for you',
  'profile.read': 'viewed your profile',
  'profile.write': 'changed your profile',
  'screening.read': 'viewed your screening answers',
  'screening.write': 'recorded your screening',
  'export.read': 'downloaded your data',
  'report.read': 'downloaded your report',
  'report.generate': 'made a report about you with a summary',
  'notes.read': 'read your treatment notes',
  'notes.write': 'added a treatment note',
  'clinician-actions.write': 'changed your plan',
  'clinicians.read': 'viewed who you are linked to',
  'clinicians.unlink': 'ended the link with you',
  'patient.erase': 'erased your record',
  'import.write': 'restored your record from an export',
};

/** A clinician as the patient knows them: their e-mail, with their clinic when there is one. */
export function clinicianName(c: LinkedClinician): string {
  return c.clinicName === null ? c.email : `${c.email} (${c.clinicName})`;
}

/** "anna@clinic.example (City Physio), your clinician, viewed your plan". */
export function auditSentence(entry: AuditEntry, clinicians: readonly LinkedClinician[]): string {
  const who = clinicians.find((c) => c.id === entry.actorId);
  const actor =
    entry.actorRole === 'patient'
      ? 'You'
      : who === undefined
        ? 'A clinician who is no longer linked to you'
        : `${clinicianName(who)}, your clinician,`;
  const did = DID[entry.action] ?? 'opened your record';
  const refused =
    entry.outcome !== 'failure'
      ? ''
      : (entry.count ?? 1) > 1
        ? ` (refused ${String(entry.count ?? 1)} times within the hour)`
        : ' (refused)';
  return `${actor} ${did}${refused}`;
}
