import type { CaseEvent, Decision } from '@hamstring-rehab/engine';
import type { PatientIdentity, Profile, Screening } from '../../store/store.js';
import {
  clinicianActionResources,
  messageResource,
  noteResources,
  type MessageInput,
  type NoteInput,
  type Origin,
} from './fhir/clinical-resources.js';
import { carePlan } from './fhir/care-plan.js';
import { codeSystem, FHIR_BASE, stableUrl, type Resource } from './fhir/code-system.js';
import { eventResources, type Entry } from './fhir/event-resources.js';
import { questionnaire, questionnaireResponse } from './fhir/questionnaires.js';

/** What the bundle is made from: the JSON export's content (export-json.ts). */
export interface BundleInput {
  patientId: string;
  exportedAt: string;
  profile: Profile;
  identity: PatientIdentity;
  screening: Screening | null;
  events: (CaseEvent & { id: string })[];
  eventOrigins: (Origin & { eventId: string })[];
  decision: Decision | null;
  notes: NoteInput[];
  messages: MessageInput[];
}

function patient(input: BundleInput): Resource {
  const { identity, profile } = input;
  const birthDate = identity.dateOfBirth ?? (profile.birthYear === null ? null : String(profile.birthYear));
  return {
    resourceType: 'Patient',
    id: input.patientId,
    ...(identity.reference === null
      ? {}
      : { identifier: [{ type: { text: 'Clinic reference' }, value: identity.reference }] }),
    ...(identity.name === null ? {} : { name: [{ text: identity.name }] }),
    ...(birthDate === null ? {} : { birthDate }),
  };
}

/**
 * The patient's record as a FHIR R4 Bundle of type `collection` (docs/exports.md): the Patient; pain scores
 * (LOINC 72514-3 with the project's own code for where the pain was scored), function scores, sitting
 * tolerance and runs as Observations of the project's own CodeSystem; exercises done and treatments as
 * Procedures; the screening and symptom reports as QuestionnaireResponses with their Questionnaires; clinician
 * actions as ClinicalImpressions with a Provenance naming who recorded them; messages and session notes as
 * Communications; the current plan as a CarePlan. The CodeSystem and Questionnaires travel in the bundle.
 */
export function fhirBundle(input: BundleInput): Resource {
  const patientRef = `urn:uuid:${input.patientId}`;
  const origins = new Map(input.eventOrigins.map((o) => [o.eventId, o]));
  const entries: Entry[] = [
    { fullUrl: patientRef, resource: patient(input) },
    { fullUrl: stableUrl(FHIR_BASE, 'CodeSystem'), resource: codeSystem() },
    { fullUrl: stableUrl(FHIR_BASE, 'Questionnaire', 'screening'), resource: questionnaire('screening') },
  ];
  if (input.events.some((e) => e.type === 'symptoms')) {
    entries.push({
      fullUrl: stableUrl(FHIR_BASE, 'Questionnaire', 'symptoms'),
      resource: questionnaire('symptoms'),
    });
  }
  if (input.screening !== null) {
    entries.push(
      questionnaireResponse('screening', { key: input.patientId, patientRef, ...input.screening }),
    );
  }
  for (const event of input.events) {
    if (event.type === 'clinician') {
      entries.push(...clinicianActionResources(event, origins.get(event.id), patientRef));
    } else {
      entries.push(...eventResources(event, patientRef));
    }
  }
  for (const note of input.notes) entries.push(...noteResources(note, patientRef));
  for (const message of input.messages) entries.push(messageResource(message, patientRef));
  if (input.decision !== null) {
    entries.push({
      fullUrl: stableUrl(input.patientId, 'care-plan', input.decision.asOf),
      resource: carePlan(input.decision, patientRef),
    });
  }
  return { resourceType: 'Bundle', type: 'collection', timestamp: input.exportedAt, entry: entries };
}
