import type { Change, Reason, Status } from '../../schema/types.js';
import type { Day } from '../days.js';
import { toIso } from '../days.js';
import type { HistoryEntry } from '../state.js';

/** A red response (session or run): its day E is a flare day; E and E+1 are pain-relief days. */
export interface RedMark {
  day: Day;
  pos: number;
  kind: 'session' | 'run';
  /** Position of the first clinician event after it, which acknowledges it. */
  ackPos?: number;
}

/** A score of 8 or more (section 3). `hard`: pain during loading, held until a clinician acts. */
export interface SevereMark {
  day: Day;
  pos: number;
  hard: boolean;
  score: number;
  source: string;
  ackPos?: number;
  /** Cache: the day a soft mark ended (Infinity: not by asOf). */
  endedOn?: number;
  /** From a checkpoint: the mark had not ended by the day before this one, so the search starts here. */
  searchFrom?: number;
}

export interface AmberMark {
  day: Day;
  settled: boolean;
  /** True once a clinician event came after it: it no longer counts for `persistent-amber`. */
  acked: boolean;
}

export interface RunningV2 {
  /** 0 while running has not started or is stopped. */
  level: number;
  startedOn: Day | undefined;
  /** When running first began, for the medical-review resume. */
  firstStarted: Day | undefined;
  levelStart: Day;
  greens: number;
  ambers: number;
  ambersForCue: number;
  /** The level held when running stopped (stage 1 or a red flag), for the restart rule. */
  held: number;
  stoppedOn: Day | undefined;
  /** A clinician's `set-running-level` 0: start needs a bridge test after this day. */
  pausedOn: Day | undefined;
  lastRunDay: Day | undefined;
  /** Kinds of green, on-plan, full-length runs judged at the top running level (for completion). */
  topGreens: string[];
}

/** Everything the pht-v2 replay tracks, mutated in place by one replay. */
export interface StateV2 {
  status: Status;
  statusSince: Day;
  /** The status was reached mid-programme (after the program had started). */
  statusMid: boolean;
  fromRedFlag: boolean;
  started: boolean;
  presetStage: boolean;
  stage: number;
  level: number;
  stageEntry: Day;
  highestStage: number;
  levelStart: Day;
  lastUp: Day;
  greens: number;
  lastGreenDay: Day | undefined;
  ambers: AmberMark[];
  persistent: { stage: number; level: number; day: Day } | undefined;
  ceiling: number;
  lastSessionDay: Day | undefined;
  /** Latest `set-stage` or applied `clear-screening`: the break reference besides sessions. */
  resetDay: Day | undefined;
  startDay: Day;
  countedDays: Set<Day>;
  reds: RedMark[];
  severe: SevereMark[];
  tingling: { day: Day; pos: number; ackPos?: number } | undefined;
  backPain: { day: Day; pos: number; ackPos?: number } | undefined;
  /** Positions of every clinician event, in order (for acknowledgments). */
  clinicianPos: number[];
  lastJudged: { band: string; day: Day; kind: 'session' | 'run' } | undefined;
  running: RunningV2;
  gaitCues: number;
  offPlanDays: Day[];
  change: Change;
  reasons: Reason[];
  runReason: Reason | undefined;
  runChange: 'start' | 'progress' | 'hold' | 'regress' | 'none';
  log: HistoryEntry[] | undefined;
}

export function initialStateV2(ceiling: number, day: Day, log: boolean): StateV2 {
  return {
    status: 'assessment-needed',
    statusSince: day,
    statusMid: false,
    fromRedFlag: false,
    started: false,
    presetStage: false,
    stage: 1,
    level: 1,
    stageEntry: day,
    highestStage: 1,
    levelStart: day,
    lastUp: day,
    greens: 0,
    lastGreenDay: undefined,
    ambers: [],
    persistent: undefined,
    ceiling,
    lastSessionDay: undefined,
    resetDay: undefined,
    startDay: day,
    countedDays: new Set(),
    reds: [],
    severe: [],
    tingling: undefined,
    backPain: undefined,
    clinicianPos: [],
    lastJudged: undefined,
    running: {
      level: 0,
      startedOn: undefined,
      firstStarted: undefined,
      levelStart: day,
      greens: 0,
      ambers: 0,
      ambersForCue: 0,
      held: 0,
      stoppedOn: undefined,
      pausedOn: undefined,
      lastRunDay: undefined,
      topGreens: [],
    },
    gaitCues: 0,
    offPlanDays: [],
    change: 'none',
    reasons: [],
    runReason: undefined,
    runChange: 'none',
    log: log ? [] : undefined,
  };
}

/** Records the latest ladder effect on `day`: `change` and the reasons that explain it. */
export function setOutcomeV2(s: StateV2, day: Day, change: Change, reasons: Reason[]): void {
  s.change = change;
  s.reasons = reasons;
  logEntry(s, day, change, reasons);
}

export function logEntry(s: StateV2, day: Day, change: Change, reasons: Reason[]): void {
  if (!s.log) return;
  const shown = s.status === 'active' || s.status === 'completed';
  s.log.push({
    date: toIso(day),
    change,
    stage: shown ? s.stage : null,
    level: shown ? s.level : null,
    runningLevel: s.running.level > 0 ? s.running.level : null,
    rules: reasons.map((r) => r.rule),
  });
}
