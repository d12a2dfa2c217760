import {
  caseFrom,
  decide,
  type Case,
  type CaseEvent,
  type DecisionWithHistory,
} from '@hamstring-rehab/engine';
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

/** The engine's case for `asOf`, or undefined until the profile and screening are known. */
export function buildCase(data: LocalData, asOf: string): Case | undefined {
  const { profile } = data;
  if (profile === undefined) return undefined;
  // The device's events carry the id the server keeps beside them, not in the engine's case.
  const events = data.events.map((e) => {
    const event: Partial<IdentifiedEvent> = { ...e };
    delete event.id;
    return event as CaseEvent;
  });
  return caseFrom(
    { protocol: profile.protocol ?? CURRENT_PROTOCOL, profile, screening: data.screening, events },
    asOf,
  );
}

/**
 * Decides on the device with the same engine the server runs. The case is built from data the app checked
 * when it was logged, so it is not validated here (Ajv compiles with eval, which the CSP forbids).
 */
export function decideLocally(
  data: LocalData,
  asOf: string,
  history = false,
): DecisionWithHistory | undefined {
  const c = buildCase(data, asOf);
  if (c === undefined) return undefined;
  // the decision history goes back to the start: only a full replay has it
  return history ? decide(c, { history }) : decideWith(c, data.events, data.checkpoint);
}
