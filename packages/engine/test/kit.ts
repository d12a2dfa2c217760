import { decide } from '../src/engine/decide.js';
import type { Case, CaseEvent, Decision, ScreeningAnswers } from '../src/schema/types.js';
import { validateCase } from '../src/validate/validate-case.js';

/** Test support: terse builders for cases. Day 0 is 2026-03-01. */
export const D0 = Date.UTC(2026, 2, 1) / 86_400_000;
export const day = (n: number): string => new Date((D0 + n) * 86_400_000).toISOString().slice(0, 10);

export const TYPICAL: ScreeningAnswers = {
  'pain-at-sitting-bone': true,
  'worse-when-sitting': true,
  'worse-with-stretch-or-bending': true,
  'morning-stiffness-eases': true,
};

export const mc = (n: number, score: number): CaseEvent => ({ type: 'morning-check', date: day(n), score });
export const review = (n: number, note = 'reviewed'): CaseEvent => ({
  type: 'clinician',
  date: day(n),
  action: 'review',
  note,
});
export const sess = (n: number, painDuring: number, painAfter?: number): CaseEvent =>
  painAfter === undefined
    ? { type: 'session', date: day(n), painDuring }
    : { type: 'session', date: day(n), painDuring, painAfter };
export const run = (
  n: number,
  painDuring: number,
  kind: 'easy' | 'tempo' | 'intervals' | 'hills' | 'sprints' = 'easy',
  minutes = 20,
): CaseEvent => ({
  type: 'run',
  date: day(n),
  minutes,
  kind,
  painDuring,
});
export const lt = (
  n: number,
  test: 'single-leg-bridge' | 'platform-bridge' | 'arabesque' | 'hop-test' | 'puranen-orava',
  pain: number,
  side?: 'left' | 'right',
): CaseEvent =>
  side === undefined
    ? { type: 'load-test', date: day(n), test, pain }
    : { type: 'load-test', date: day(n), test, pain, side };
export const sit = (n: number, minutes: number): CaseEvent => ({ type: 'sitting', date: day(n), minutes });
export const sym = (n: number, answers: ScreeningAnswers): CaseEvent => ({
  type: 'symptoms',
  date: day(n),
  answers,
});
export const setStage = (n: number, stage: number, level: number): CaseEvent => ({
  type: 'clinician',
  date: day(n),
  action: 'set-stage',
  stage,
  level,
});
export const clear = (n: number): CaseEvent => ({
  type: 'clinician',
  date: day(n),
  action: 'clear-screening',
});
export const setCeiling = (n: number, painCeiling: 3 | 4 | 5): CaseEvent => ({
  type: 'clinician',
  date: day(n),
  action: 'set-ceiling',
  painCeiling,
});
export const setRunning = (n: number, runningLevel: number): CaseEvent => ({
  type: 'clinician',
  date: day(n),
  action: 'set-running-level',
  runningLevel,
});

export interface CaseOptions {
  asOf: number;
  events?: CaseEvent[];
  answers?: ScreeningAnswers;
  runner?: boolean;
  birthYear?: number;
  painCeiling?: 3 | 4 | 5;
  screeningDay?: number;
  /** Defaults to pht-v1. */
  protocol?: 'pht-v1' | 'pht-v2';
  sport?: boolean;
  affectedSide?: 'left' | 'right' | 'both';
}

export function caseOf(o: CaseOptions): Case {
  const patient: Case['patient'] = {
    birthYear: o.birthYear ?? 1985,
    affectedSide: o.affectedSide ?? 'left',
    runner: o.runner ?? false,
  };
  if (o.sport !== undefined) patient.sport = o.sport;
  if (o.painCeiling !== undefined) patient.painCeiling = o.painCeiling;
  return {
    protocol: o.protocol ?? 'pht-v1',
    asOf: day(o.asOf),
    patient,
    screening: { date: day(o.screeningDay ?? 0), answers: o.answers ?? TYPICAL },
    events: o.events ?? [],
  };
}

/** Decides a case, first checking that the test built a valid one. */
export function decideCase(o: CaseOptions): Decision {
  return decideChecked(caseOf(o));
}

/** Decides a pht-v2 case. */
export const decideV2Case = (o: CaseOptions): Decision => decideChecked(caseOf({ ...o, protocol: 'pht-v2' }));

function decideChecked(c: Case): Decision {
  const v = validateCase(c);
  if (!v.ok) throw new Error(`test built an invalid case: ${JSON.stringify(v.problems)}`);
  return decide(c);
}

export const rules = (d: Decision): string[] => d.reasons.map((r) => r.rule);
export const reason = (d: Decision, rule: string): string =>
  d.reasons.find((r) => r.rule === rule)?.text ?? '';
export const ids = (d: Decision): string[] => d.plan.exercises.map((e) => e.id);

/** Green sessions at the given days, each with a calm check the next morning (and a baseline the day before). */
export function greens(days: number[], score = 1): CaseEvent[] {
  return days.flatMap((n) => [mc(n, score), sess(n, 2), mc(n + 1, score)]);
}
