import type { FlagId, RunKind, ScreeningAnswerId, Status } from '../schema/types.js';

/**
 * The shape of a rehab protocol as data. The engine reads every threshold, ladder, dose and text from
 * a `Protocol`; adding a second protocol (Achilles, patellar) means writing another one of these.
 */
export type ExerciseType = 'isometric' | 'isotonic' | 'eccentric' | 'plyometric';
export type HipFlexion = 'low' | 'mid' | 'high';
export type StageNumber = 1 | 2 | 3 | 4;

export interface Exercise {
  id: string;
  name: string;
  type: ExerciseType;
  hipFlexion: HipFlexion;
  firstStage: StageNumber;
  equipment: string[];
  /** How to do it, in 3 to 5 plain steps. */
  steps: string[];
  commonMistake: string;
  easier: string;
  harder: string;
}

export interface Dose {
  exercise: string;
  sets: number;
  reps?: number;
  holdSeconds?: number;
  restSeconds?: number;
  effortPercent?: number;
  timesPerDay?: number;
  timesPerWeek?: number;
  tempo?: string;
  /** Offered but not required (for example the treadmill eccentric of stage 3). */
  optional?: boolean;
  /** pht-v2: the load to choose, the heaviest that could be lifted this many times (loadable exercises only). */
  repMax?: number;
  /** pht-v2: an assisted variant (band or partner). */
  assisted?: boolean;
}

export interface Level {
  level: number;
  summary: string;
  doses: Dose[];
}

export interface GateTest {
  /** A `morning-check` or a load-test id. */
  kind: 'morning-check' | 'load-test';
  test?: string;
}

export interface Stage {
  stage: StageNumber;
  name: string;
  aim: string;
  frequency: string;
  /** True when the stage is trained daily and so never has a rest day. */
  daily: boolean;
  minimumDays: number;
  gateTests: GateTest[];
  levels: Level[];
}

export interface LoadTest {
  id: string;
  name: string;
  purpose: string;
  steps: string[];
  /** The stage whose gate it belongs to, if any. */
  gateForStage?: StageNumber;
}

export interface AdviceItem {
  id: string;
  title: string;
  text: string;
}

export type RedFlagStatus = Extract<Status, 'emergency' | 'urgent-referral' | 'medical-review'>;

export interface ScreeningRule {
  status: RedFlagStatus | 'assessment-needed';
  rule: string;
  answers: ScreeningAnswerId[];
  /** What the patient should do, in plain words. */
  action: string;
  /** pht-v2: the action for a status reached mid-programme ("before going on"); `action` when absent. */
  laterAction?: string;
}

export interface ScreeningQuestion {
  id: ScreeningAnswerId;
  /** The question as a patient reads it; answered yes or no. */
  question: string;
  group: 'red-flag' | 'nerve-or-back' | 'feature';
  /** pht-v2: asked for information only (`pain-both-sides`); not one of the features that are counted. */
  informational?: boolean;
}

export interface Screening {
  /** Ordered from most to least serious: the first that matches wins. */
  rules: ScreeningRule[];
  features: ScreeningAnswerId[];
  minimumFeatures: number;
  minimumAge: number;
  /** pht-v2 counts age from the screening date; pht-v1 from `asOf`. */
  ageFrom?: 'asOf' | 'screening';
  questions: ScreeningQuestion[];
}

export interface RunningLevel {
  level: number;
  session: string;
  perWeek: number;
  kindsAllowed: RunKind[];
  /** Lowest exercise stage at which this level may be entered or kept. */
  minimumStage: StageNumber;
  /** True when runs at this level must not be on consecutive days. */
  noConsecutiveDays: boolean;
  /** Intervals for a walk/run timer: repeats of walk then run, in minutes. */
  intervals?: { walkMinutes: number; runMinutes: number; repeats: number };
  continuousMinutes?: number;
}

export interface Running {
  levels: RunningLevel[];
  /** Stage at which running may start, with a calm load test and a calm morning. */
  startStage: StageNumber;
  startTest: string;
  /** Days a green-run pair must wait after a level begins. */
  minimumDaysAtLevel: number;
  gaitCues: string[];
  /** Running level from which amber runs count toward a gait cue, and how many add one. */
  gaitCueFromLevel: number;
  ambersPerGaitCue: number;
  /** Running level a runner needs before completing the program. */
  levelForCompletion: number;
  /** pht-v2: `gait-cadence` is given when running starts. */
  gaitCueAtStart?: boolean;
  /** pht-v2: a run longer than the level's minutes times this is off plan. */
  offPlanFactor?: number;
  /** pht-v2: a green run shorter than the level's minutes times this does not count. */
  shortRunFactor?: number;
}

/** Minutes of one session at a running level. */
export function runningMinutes(l: RunningLevel): number {
  return (
    l.continuousMinutes ??
    (l.intervals ? (l.intervals.walkMinutes + l.intervals.runMinutes) * l.intervals.repeats : 0)
  );
}

export interface PainRules {
  defaultCeiling: number;
  /** Any response at or above this is amber (when not above the ceiling). */
  amberFrom: number;
  /** Next morning at or above baseline plus this is amber: pain has not settled. */
  settleMargin: number;
  /** Highest pain that passes a gate test or a running start test. */
  gatePassMax: number;
  /** Days in the window that counts gate tests and flags: the day itself and the days before it. */
  windowDays: number;
  /** pht-v2: a score at or above this raises `severe-pain`. */
  severeFrom?: number;
}

export interface FlagRules {
  repeatedFlareCount: number;
  worseningDelta: number;
  worseningMinChecks: number;
  /** pht-v2: the recent mean must also be at least this for a worsening trend. */
  worseningMinMean?: number;
  stalledDays: number;
  missingCheckInDays: number;
}

export interface Protocol {
  id: string;
  /** Which rule modules decide this protocol's cases; pht-v1 when absent. */
  ruleSet?: 'pht-v1' | 'pht-v2';
  name: string;
  expectedWeeks: [number, number];
  pain: PainRules;
  flags: FlagRules;
  flagOrder: FlagId[];
  screening: Screening;
  exercises: Exercise[];
  stages: Stage[];
  maintenance: Level;
  /** pht-v2: the plan of a pain-relief day (section 9). */
  painRelief?: Level;
  loadTests: LoadTest[];
  advice: AdviceItem[];
  running: Running;
  /** `smallBelow` (pht-v2): a break under this many minutes rounds down to a whole minute instead. */
  sitting: {
    fraction: number;
    roundTo: number;
    min: number;
    max: number;
    default: number;
    smallBelow?: number;
  };
}
