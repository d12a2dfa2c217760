import { createHash } from 'node:crypto';
import { decide, getProtocol, type Case, type CaseEvent, type Decision } from '@hamstring-rehab/engine';
import { addDays } from '../cases/dates.js';
import { CURRENT_PROTOCOL } from '../cases/patient-case.js';
import type { AffectedSide } from '../store/store.js';
import type { Persona } from './personas.js';

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A UUID made from a name: the same demo data gets the same ids on every machine. */
export function demoId(name: string): string {
  const h = createHash('sha256').update(`hamstring-rehab demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const DEMO_SCREENING = {
  'pain-at-sitting-bone': true,
  'worse-when-sitting': true,
  'worse-with-stretch-or-bending': true,
  'morning-stiffness-eases': true,
  'gradual-onset-after-load-increase': true,
};

export interface Simulated {
  screeningDate: string;
  events: CaseEvent[];
  decision: Decision;
}

const clamp = (v: number) => Math.max(0, Math.min(10, Math.round(v)));

/**
 * A patient's history, lived day by day against the engine: each morning a check, then the session the
 * plan of the day asks for, the gate and start tests it waits for, runs on the running plan, a function
 * score every two weeks. Pain eases with time, with the persona's noise; the last days follow its ending.
 */
export function simulate(persona: Persona, today: string): Simulated {
  const random = prng(persona.seed);
  const days = persona.weeks * 7;
  const start = addDays(today, -days);
  const events: CaseEvent[] = [];
  const base: Omit<Case, 'asOf' | 'events'> = {
    protocol: CURRENT_PROTOCOL,
    patient: {
      birthYear: persona.birthYear,
      affectedSide: persona.side,
      runner: persona.runner,
      painCeiling: 5,
    },
    screening: { date: start, answers: DEMO_SCREENING },
  };
  const decideOn = (day: string) => decide({ ...base, asOf: day, events });
  let lastRun = '';
  for (let i = 0; i <= days; i++) {
    const day = addDays(start, i);
    const left = days - i;
    const ease = 1 - (0.6 * i) / days;
    const pain = (extra = 0) => clamp(persona.startPain * ease + extra + (random() - 0.5) * 2);
    if (persona.ending === 'missing-check-ins' && i === 7) {
      events.push({
        type: 'clinician',
        date: day,
        action: 'set-ceiling',
        painCeiling: 4,
        note: 'Irritable: ceiling 4 for now.',
      });
    }
    const skipCheck = persona.ending === 'missing-check-ins' && left < 5;
    if (!skipCheck) {
      const flareMorning = persona.ending === 'flare' && left === 0;
      events.push({ type: 'morning-check', date: day, score: flareMorning ? 6 : Math.min(3, pain(-1)) });
    }
    if (persona.ending === 'red-flag' && left === 2) {
      events.push({ type: 'symptoms', date: day, answers: { 'saddle-numbness': true } });
    }
    if (left === 0) break;
    const decision = decideOn(day);
    if (decision.status !== 'active') continue;
    lastRun = liveDay(events, {
      day,
      index: i,
      decision,
      random,
      runner: persona.runner,
      side: persona.side,
      lastRun,
      session: () => {
        const amber = random() < persona.amberChance;
        const flare = persona.ending === 'flare' && (left === 1 || left === 5);
        const during = flare ? 7 : amber ? 4 : Math.min(3, pain());
        return { during, after: flare ? 7 : Math.min(during, 3) };
      },
      functionScore: () => Math.round(35 + (45 * i) / days + random() * 6),
      sittingMinutes: () => Math.round(20 + (40 * i) / days),
    });
  }
  return { screeningDate: start, events, decision: decideOn(today) };
}

/** A running level's minutes: its walk/run intervals or its continuous run (20 when unknown). */
function planMinutes(protocol: ReturnType<typeof getProtocol>, level: number): number {
  const l = protocol.running.levels.find((x) => x.level === level);
  if (l?.intervals !== undefined)
    return (l.intervals.walkMinutes + l.intervals.runMinutes) * l.intervals.repeats;
  return l?.continuousMinutes ?? 20;
}

/** What `liveDay` needs to know of the patient and the day. */
export interface DayOfRehab {
  day: string;
  /** Days since the history began: gate tests every 3rd day, function scores and sitting on a rhythm. */
  index: number;
  /** The engine's decision for the day, before the day's own logs. */
  decision: Decision;
  random: () => number;
  runner: boolean;
  side: AffectedSide;
  /** The day of the last run, or '' before the first. */
  lastRun: string;
  /** The session's pain during and after, drawn as this patient's history draws it. */
  session: () => { during: number; after: number };
  functionScore: () => number;
  sittingMinutes: () => number;
}

/**
 * One active day as a patient who follows the plan lives it, appended to `events`: the gate tests the engine
 * waits for (every third day), a runner's bridge test before running starts (every fourth), the planned
 * session, a run every other day on the running plan, a function score every two weeks and sitting
 * tolerance every ten days. Shared by the demo and the scale benchmark's templates. Returns the day of the
 * last run.
 */
export function liveDay(events: CaseEvent[], d: DayOfRehab): string {
  const { day, index: i, decision, random } = d;
  const gate = decision.reasons.some((r) => r.rule === 'stage-gate-pending');
  const protocol = getProtocol(decision.protocol);
  const stage = protocol.stages.find((s) => s.stage === decision.stage);
  // gate tests count on the affected side (pht-v2): both sides when both hurt
  const sides = d.side === 'both' ? (['left', 'right'] as const) : ([d.side] as const);
  if (gate && i % 3 === 0) {
    for (const test of stage?.gateTests ?? []) {
      if (test.kind !== 'load-test' || test.test === undefined) continue;
      for (const side of sides)
        events.push({
          type: 'load-test',
          date: day,
          test: test.test as 'hop-test',
          pain: clamp(random() * 2),
          side,
        });
    }
  }
  const runnerWaits =
    d.runner && (decision.stage ?? 0) >= protocol.running.startStage && decision.plan.running === null;
  if (runnerWaits && i % 4 === 0) {
    for (const side of sides)
      events.push({
        type: 'load-test',
        date: day,
        test: 'single-leg-bridge',
        pain: clamp(random() * 2),
        side,
      });
  }
  if (!decision.plan.restDay && decision.plan.exercises.length > 0) {
    const { during, after } = d.session();
    events.push({
      type: 'session',
      date: day,
      painDuring: during,
      painAfter: after,
      exercises: decision.plan.exercises.map((e) => ({
        id: e.id,
        sets: e.sets,
        ...(e.reps === undefined ? {} : { reps: e.reps }),
        ...(e.holdSeconds === undefined ? {} : { holdSeconds: e.holdSeconds }),
      })),
    });
  }
  let lastRun = d.lastRun;
  const plan = decision.plan.running;
  // on plan: no run while running is paused, and no more runs a week than the level allows
  const gap = plan !== null && plan.perWeek <= 3 ? 3 : 2;
  const paused = plan !== null && (plan.pausedUntil ?? null) !== null;
  if (plan !== null && !paused && (lastRun === '' || addDays(lastRun, gap) <= day)) {
    lastRun = day;
    events.push({
      type: 'run',
      date: day,
      minutes: planMinutes(protocol, plan.level),
      kind: 'easy',
      painDuring: clamp(random() * 2),
    });
  }
  if (i % 14 === 3) {
    events.push({ type: 'function-check', date: day, score: d.functionScore(), instrument: 'visa-h' });
  }
  if (i % 10 === 5) events.push({ type: 'sitting', date: day, minutes: d.sittingMinutes() });
  return lastRun;
}
