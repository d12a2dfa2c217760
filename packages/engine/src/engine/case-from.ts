import type { Case, CaseEvent } from '../schema/types.js';

type Patient = Case['patient'];

/** What an app keeps about a patient's rehab: its profile (as stored), screening and event log. */
export interface CaseSource {
  /** The protocol the patient follows. */
  protocol: Case['protocol'];
  profile: {
    /** null until the patient gives it: no case without it. */
    birthYear: number | null;
    affectedSide?: Patient['affectedSide'] | null;
    runner: boolean;
    /** pht-v2 `patient.sport`: returning to a sport. */
    sport?: boolean;
    painCeiling?: Patient['painCeiling'];
  };
  /** undefined until the screening is recorded: no case without it. */
  screening: Case['screening'] | undefined;
  events: readonly CaseEvent[];
}

/**
 * The engine's case on `asOf` from what the server stores or the device keeps: one shape on both, so the
 * app and the server decide on the same case. undefined until a birth year and a screening are known.
 * `sport` is sent only when true and `affectedSide` only when known, as the case schema words them.
 */
export function caseFrom(source: CaseSource, asOf: string): Case | undefined {
  const { profile, screening } = source;
  if (profile.birthYear === null || screening === undefined) return undefined;
  const patient: Patient = { birthYear: profile.birthYear, runner: profile.runner };
  if (profile.painCeiling !== undefined) patient.painCeiling = profile.painCeiling;
  if (profile.sport === true) patient.sport = true;
  if (profile.affectedSide !== undefined && profile.affectedSide !== null)
    patient.affectedSide = profile.affectedSide;
  return {
    protocol: source.protocol,
    asOf,
    patient,
    screening: { date: screening.date, answers: screening.answers },
    events: [...source.events],
  };
}
