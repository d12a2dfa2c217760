import { decide, type AppDecision, type Case } from '@hamstring-rehab/engine';
import type { ProtocolId } from '../store/store.js';
import type { HistoryEntry } from './decision-history.js';
import { buildCase, CURRENT_PROTOCOL, missingForDecision, type PatientData } from './patient-case.js';

/** A patient's case on a day with the engine's decision and every change it made up to that day. */
export interface CaseHistory {
  /** The engine's case, or null until the profile and screening are recorded. */
  case: Case | null;
  /** Why there is no case yet, or null. */
  missing: string | null;
  /** The decision on the day, without its history; null when there is no case. */
  decision: AppDecision | null;
  /** Every change of the ladder up to the day, oldest first (holds included). */
  history: HistoryEntry[];
  /** The protocol that made the decisions: the decision's, else the patient's. */
  protocol: ProtocolId;
}

/** Decides the patient's case on `asOf` once, keeping the history for timelines, reports and snapshots. */
export function caseHistory(data: PatientData, asOf: string): CaseHistory {
  const missing = missingForDecision(data);
  const c = missing === null ? buildCase(data, asOf) : null;
  const full = c === null ? null : decide(c, { history: true });
  let decision: AppDecision | null = null;
  if (full !== null) {
    const copy = { ...full };
    delete copy.history;
    decision = copy;
  }
  return {
    case: c,
    missing,
    decision,
    history: full?.history ?? [],
    protocol: decision?.protocol ?? data.protocol ?? CURRENT_PROTOCOL,
  };
}
