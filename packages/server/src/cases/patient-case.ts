import { caseFrom, decide, type AppDecision, type Case } from '@hamstring-rehab/engine';
import type { PatientRecord, Profile, ProtocolId, Screening, Store, StoredEvent } from '../store/store.js';
import { parseStoredEvents, type IdentifiedEvent } from './stored-events.js';

/** The protocol new patients follow, and every patient since migration 007 (docs/decisions/117). */
export const CURRENT_PROTOCOL: ProtocolId = 'pht-v2';

export interface PatientData {
  profile: Profile;
  /** The protocol the patient follows; the current one when not given. */
  protocol?: ProtocolId;
  screening: Screening | undefined;
  events: IdentifiedEvent[];
}

/** Everything the server keeps about a patient's rehab, or undefined when there is no such patient. */
export async function loadPatientData(store: Store, patientId: string): Promise<PatientData | undefined> {
  const [patient, screening, rows] = await Promise.all([
    store.getPatient(patientId),
    store.getScreening(patientId),
    store.listEvents(patientId),
  ]);
  return patient === undefined ? undefined : patientData(patient, screening, rows);
}

/** The same from what was read already: the patient, their screening and stored events. */
export function patientData(
  patient: PatientRecord,
  screening: Screening | undefined,
  rows: StoredEvent[],
): PatientData {
  return {
    profile: patient.profile,
    protocol: patient.protocol,
    screening,
    events: parseStoredEvents(rows),
  };
}

/** Why no decision can be made yet, or null when the case is complete. */
export function missingForDecision(data: PatientData): string | null {
  if (data.profile.birthYear === null) return 'a profile with a birth year is needed first: PUT .../profile';
  if (data.screening === undefined) return 'a screening is needed first: PUT .../screening';
  return null;
}

/** A decision asked for before the profile and screening are recorded: answered 409 with `message`. */
export class IncompleteCaseError extends Error {
  readonly statusCode = 409;
  constructor(message: string) {
    super(message);
    this.name = 'IncompleteCaseError';
  }
}

/** The engine's case for the patient on `asOf`, built from profile, screening and event log. */
export function buildCase(data: PatientData, asOf: string): Case {
  const c = caseFrom(
    {
      protocol: data.protocol ?? CURRENT_PROTOCOL,
      profile: data.profile,
      screening: data.screening,
      events: data.events.map((e) => e.event),
    },
    asOf,
  );
  if (c === undefined) throw new IncompleteCaseError(missingForDecision(data) ?? 'the case is incomplete');
  return c;
}

/** The decision for the patient on `asOf`; 409 when the profile or screening is missing. */
export function decideFor(data: PatientData, asOf: string): AppDecision {
  return decide(buildCase(data, asOf));
}
