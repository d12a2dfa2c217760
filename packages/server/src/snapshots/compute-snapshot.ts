import {
  decide,
  decideFrom,
  latestCheckpoint,
  type AppDecision,
  type Case,
  type Checkpoint,
  type DecisionWithHistory,
} from '@hamstring-rehab/engine';
import { addDays, endOfDayIn, todayIn } from '../cases/dates.js';
import { buildCase, missingForDecision, type PatientData } from '../cases/patient-case.js';
import type { SnapshotValues } from '../store/store.js';
import { attentionOf, flagBit } from '../cases/attention.js';

export { ATTENTION_ORDER, NO_ATTENTION, attentionOf, flagBit, flagsFromBits } from '../cases/attention.js';

import { ADHERENCE_DAYS, adherenceOf } from './adherence.js';

export { ADHERENCE_DAYS } from './adherence.js';

export interface ComputedSnapshot {
  values: SnapshotValues;
  decision: AppDecision | null;
  /** Why there is no decision yet, when the case is incomplete. */
  missing: string | null;
}

/**
 * What a snapshot keeps to recompute from later events only (ADR 134): the engine's checkpoint, and the
 * first and latest days with an event on or before its day (for adherence and the last activity).
 */
export interface SnapshotCheckpoint {
  engine: Checkpoint;
  firstDay: string | null;
  lastDay: string | null;
}

/** The checkpoint a snapshot row holds, or undefined when it holds none (or one this server can't read). */
export function parseCheckpoint(
  stored: { day: string; json: string } | null | undefined,
): SnapshotCheckpoint | undefined {
  if (!stored) return undefined;
  try {
    const parsed = JSON.parse(stored.json) as SnapshotCheckpoint;
    return parsed.engine?.version === 1 && parsed.engine.day === stored.day ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The snapshot of a patient's case for the day it is at `now` in their time zone, from every event. */
export function computeSnapshot(data: PatientData, now: Date): ComputedSnapshot {
  return snapshotOf(data, now, undefined) as ComputedSnapshot;
}

/**
 * The same from a checkpoint, `data` holding only the events dated after its day; undefined when the
 * checkpoint does not hold (another year, another profile or screening, an earlier event, or older than the
 * 14 days adherence reads): the caller then computes from every event. `stored`: the JSON `from` was parsed
 * from, kept as it is (the same string) when no later checkpoint is found.
 */
export function continueSnapshot(
  data: PatientData,
  now: Date,
  from: SnapshotCheckpoint,
  stored?: string,
): ComputedSnapshot | undefined {
  return snapshotOf(data, now, from, stored);
}

const min = (a: string | null, b: string | null): string | null =>
  a === null || (b !== null && b < a) ? b : a;
const max = (a: string | null, b: string | null): string | null =>
  a === null || (b !== null && b > a) ? b : a;

function snapshotOf(
  data: PatientData,
  now: Date,
  from: SnapshotCheckpoint | undefined,
  stored?: string,
): ComputedSnapshot | undefined {
  const zone = data.profile.timeZone;
  const today = todayIn(zone, now);
  const since = addDays(today, -ADHERENCE_DAYS);
  // the checkpoint keeps the events of its last 28 days: adherence's 14 days must lie within them
  if (from !== undefined && since < addDays(from.engine.day, -KEPT_DAYS + 1)) return undefined;
  const checkInDays = new Set<string>();
  const sessionDays = new Set<string>();
  let lastActivity: string | null = from?.lastDay ?? null;
  let firstDay: string | null = from?.firstDay ?? null;
  const kept = from === undefined ? [] : from.engine.events.map((event) => ({ event }));
  for (const { event } of [...kept, ...data.events]) {
    if (event.date > today) continue;
    lastActivity = max(lastActivity, event.date);
    firstDay = min(firstDay, event.date);
    if (event.date < since) continue;
    if (event.type === 'morning-check') checkInDays.add(event.date);
    else if (event.type === 'session') sessionDays.add(event.date);
  }
  const missing = missingForDecision(data);
  let full: DecisionWithHistory | null = null;
  let checkpoint: SnapshotValues['checkpoint'] = null;
  if (missing === null) {
    const c = buildCase(data, today);
    if (from === undefined) full = decide(c, { history: true });
    else {
      const continued = decideFrom(from.engine, c, { history: true });
      if (continued === undefined) return undefined;
      full = continued;
    }
    checkpoint = nextCheckpoint(c, data, from, stored);
  }
  const history = full?.history ?? [];
  let decision: AppDecision | null = null;
  if (full !== null) {
    const rest = { ...full };
    delete rest.history;
    decision = rest;
  }
  /** The stage at the start of a day: the last ladder change before it (ADR 123's rest days). */
  const stageOn = (day: string): number | null => {
    let stage: number | null = null;
    for (const entry of history) {
      if (entry.date >= day) break;
      if (entry.stage !== null) stage = entry.stage;
    }
    return stage;
  };
  const adherence = adherenceOf({
    today,
    firstDay,
    stageOn,
    active: decision?.status === 'active',
    checkInDays,
    sessionDays,
  });
  const flags = decision?.flags ?? [];
  return {
    decision,
    missing,
    values: {
      computedFor: today,
      freshUntil: endOfDayIn(zone, now).toISOString(),
      status: decision?.status ?? 'incomplete',
      stage: decision?.stage ?? null,
      level: decision?.level ?? null,
      flags: flags.reduce((bits, f) => bits | flagBit(f), 0),
      attention: attentionOf(flags),
      checkIns: adherence.checkIns,
      sessions: adherence.sessions,
      plannedCheckIns: adherence.plannedCheckIns,
      plannedSessions: adherence.plannedSessions,
      adherence: adherence.percent,
      lastActivity,
      decision: decision === null ? null : JSON.stringify(decision),
      checkpoint,
    },
  };
}

/** Days of events a checkpoint keeps (the engine's window). */
const KEPT_DAYS = 28;

/**
 * The latest checkpoint of the case (taken from `from` when there is one), as the snapshot stores it; `from`
 * itself when there is no later one (as `fromJson`, the JSON it was read from, when given).
 */
function nextCheckpoint(
  c: Case,
  data: PatientData,
  from: SnapshotCheckpoint | undefined,
  fromJson: string | undefined,
): SnapshotValues['checkpoint'] {
  const engine = latestCheckpoint(c, from?.engine);
  if (engine === undefined)
    return from === undefined ? null : { day: from.engine.day, json: fromJson ?? JSON.stringify(from) };
  let firstDay = from?.firstDay ?? null;
  let lastDay = from?.lastDay ?? null;
  for (const { event } of data.events) {
    if (event.date > engine.day) continue;
    firstDay = min(firstDay, event.date);
    lastDay = max(lastDay, event.date);
  }
  const stored: SnapshotCheckpoint = { engine, firstDay, lastDay };
  return { day: engine.day, json: JSON.stringify(stored) };
}
