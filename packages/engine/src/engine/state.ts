import type { Protocol, Stage } from '../protocol/types.js';
import type { Change, Decision, Reason, Status } from '../schema/types.js';
import type { Band } from './judge.js';
import type { Day } from './days.js';
import type { History } from './history.js';
import { formatDay, toIso } from './days.js';

/** One change of the ladder, for the optional decision history. */
export interface HistoryEntry {
  date: string;
  change: Change;
  stage: number | null;
  level: number | null;
  runningLevel: number | null;
  rules: string[];
}

/**
 * The decision as the apps use it: the contract's decision (decision.schema.json) and what the screens show
 * besides it, the pain ceiling in force (a clinician may have changed it) and the day the current stage
 * started (null outside the program).
 */
export type AppDecision = Decision & { painCeiling: number; stageStarted: string | null };

/** `decide(c, { history: true })`: the decision and every change of the ladder up to `asOf`. */
export type DecisionWithHistory = AppDecision & { history?: HistoryEntry[] };

export interface RunningState {
  /** 0 until running starts. */
  level: number;
  /** The day running (re)started; runs before it change nothing. */
  startedOn: Day | undefined;
  /** The day a clinician paused running: the start rule then needs a bridge test dated after it. */
  pausedOn: Day | undefined;
  levelStart: Day;
  greens: number;
  ambers: number;
  /** Amber runs judged at R4 or above, counted for gait cues. */
  ambersForCues: number;
}

/** Everything the replay tracks. Mutated in place by the pure replay of one case, never shared. */
export interface State {
  status: Status;
  /** The day of the screening or symptom check that set a stopped status. */
  statusSince: Day;
  fromRedFlag: boolean;
  activeSince: Day | undefined;
  /** True once the program has been active. */
  started: boolean;
  /** A clinician chose the stage before the program first started. */
  presetStage: boolean;
  stage: number;
  level: number;
  stageEntry: Day;
  levelStart: Day;
  greens: number;
  ambers: number;
  lastUp: Day;
  ceiling: number;
  running: RunningState;
  gaitCues: number;
  change: Change;
  reasons: Reason[];
  runReason: Reason | undefined;
  lastSessionBand: Band | undefined;
  redSessionDays: Day[];
  log: HistoryEntry[] | undefined;
}

/** What the rules read besides the state: the protocol, the history, and date wording. */
export interface Context {
  p: Protocol;
  h: History;
  runner: boolean;
  fmt: (day: Day) => string;
}

export function makeContext(p: Protocol, h: History, runner: boolean): Context {
  const cache = new Map<Day, string>();
  const fmt = (d: Day): string => {
    let out = cache.get(d);
    if (out === undefined) {
      out = formatDay(d, h.asOf);
      cache.set(d, out);
    }
    return out;
  };
  return { p, h, runner, fmt };
}

export function stageOf(ctx: Context, stage: number): Stage {
  const s = ctx.p.stages.find((x) => x.stage === stage);
  if (!s) throw new Error(`protocol ${ctx.p.id} has no stage ${stage}`);
  return s;
}

export const topLevel = (ctx: Context, stage: number): number => stageOf(ctx, stage).levels.length;
export const where = (s: { stage: number; level: number }): string => `stage ${s.stage} level ${s.level}`;

export function initialState(ceiling: number, day: Day, log: boolean): State {
  return {
    status: 'assessment-needed',
    statusSince: day,
    fromRedFlag: false,
    activeSince: undefined,
    started: false,
    presetStage: false,
    stage: 1,
    level: 1,
    stageEntry: day,
    levelStart: day,
    greens: 0,
    ambers: 0,
    lastUp: day,
    ceiling,
    running: {
      level: 0,
      startedOn: undefined,
      pausedOn: undefined,
      levelStart: day,
      greens: 0,
      ambers: 0,
      ambersForCues: 0,
    },
    gaitCues: 0,
    change: 'none',
    reasons: [],
    runReason: undefined,
    lastSessionBand: undefined,
    redSessionDays: [],
    log: log ? [] : undefined,
  };
}

/** Records the latest ladder effect: `change` and the reasons that explain it. */
export function setOutcome(s: State, day: Day, change: Change, reasons: Reason[]): void {
  s.change = change;
  s.reasons = reasons;
  if (s.log) {
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
}

export function isActiveOn(s: State, day: Day): boolean {
  return s.status === 'active' && s.activeSince !== undefined && day >= s.activeSince;
}

/**
 * A reason whose text is built only when read. Most reasons of a replay are replaced by later ones and
 * never shown, so their words are not worth building. `build` must capture values, never the state.
 */
export function lazyReason(rule: string, build: () => string): Reason {
  // the Reason type (from the schema) has an index signature a class cannot declare with private fields
  return new LazyReason(rule, build) as unknown as Reason;
}

/** A class, not an object literal with a getter: V8 creates these much faster. */
class LazyReason {
  private built: string | undefined;
  constructor(
    readonly rule: string,
    private readonly build: () => string,
  ) {}
  get text(): string {
    this.built ??= this.build();
    return this.built;
  }
}

/** The reasons as plain `{ rule, text }` records (words built now), as the decision carries them. */
export function plainReasons(reasons: Reason[]): Reason[] {
  return reasons.map((r) => ({ rule: r.rule, text: r.text }));
}
