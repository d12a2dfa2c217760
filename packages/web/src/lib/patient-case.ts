import { decide, type Case, type CaseEvent } from '@hamstring-rehab/engine';
import { decideWith, type DeviceCheckpoint } from './device-checkpoint';
import { CURRENT_PROTOCOL } from './protocol';
import type { IdentifiedEvent, Profile, Screening } from './types';

/** What the device knows about the patient: enough to decide the plan with no network. */
export interface LocalData {
  profile: Profile | undefined;
  screening: Screening | undefined;
  events: IdentifiedEvent[];
  /** The device's replay checkpoint: the plan is decided from the events after it (ADR 226). */
  checkpoint?: DeviceCheckpoint | undefined;
}

export type PlanDecision = ReturnType<typeof decide> & { painCeiling?: number; stageStarted?: string | null };

/** The engine's case for `asOf`, or undefined until the profile and screening are known. */
export function buildCase(data: LocalData, asOf: string): Case | undefined {
  const { profile, screening } = data;
  const birthYear = profile?.birthYear;
  if (profile === undefined || birthYear === null || birthYear === undefined || screening === undefined) {
    return undefined;
  }
  const patient: Case['patient'] = {
    birthYear,
    runner: profile.runner,
    painCeiling: profile.painCeiling,
  };
  if (profile.affectedSide !== null) patient.affectedSide = profile.affectedSide;
  // pht-v2 `patient.sport`, sent only when true, as the server does.
  if (profile.sport) patient.sport = true;
  const events = data.events.map((e) => {
    const event: Partial<IdentifiedEvent> = { ...e };
    delete event.id;
    return event as CaseEvent;
  });
  return { protocol: profile.protocol ?? CURRENT_PROTOCOL, asOf, patient, screening, events };
}

/**
 * Decides on the device with the same engine the server runs. The case is built from data the app checked
 * when it was logged, so it is not validated here (Ajv compiles with eval, which the CSP forbids).
 */
export function decideLocally(data: LocalData, asOf: string, history = false): PlanDecision | undefined {
  const c = buildCase(data, asOf);
  if (c === undefined) return undefined;
  // the decision history goes back to the start: only a full replay has it
  return history ? decide(c, { history }) : decideWith(c, data.events, data.checkpoint);
}
