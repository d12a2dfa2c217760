import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {
  decisionSchema,
  phtV1,
  validateCase,
  type Case,
  type CaseEvent,
  type Decision,
  type ScreeningAnswers,
} from '../src/index.js';
import { day } from './kit.js';

/**
 * Generators and helpers of the property tests (properties.test.ts for pht-v1, properties-v2.test.ts
 * for pht-v2): valid cases of either protocol, and the oracle's view of PROTOCOL.md's identifiers.
 */

// ---------------------------------------------------------------------------------------------------
// The protocol's identifiers, written out from PROTOCOL.md (the oracle must not read the engine's data,
// except the exercise catalogue, whose `type` and `hipFlexion` the task says to take from `phtV1`).

export const EMERGENCY = [
  'saddle-numbness',
  'bladder-bowel-change',
  'both-legs-symptoms',
  'progressive-leg-weakness',
];
export const AVULSION = ['sudden-onset-with-pop', 'thigh-bruising'];
export const MEDICAL = [
  'cancer-history',
  'unexplained-weight-loss',
  'constant-night-pain',
  'fever-or-unwell',
];
export const NERVE = ['tingling-below-knee', 'low-back-pain'];
export const FEATURES = [
  'pain-at-sitting-bone',
  'worse-when-sitting',
  'worse-with-stretch-or-bending',
  'morning-stiffness-eases',
  'worse-with-running-or-lunging',
  'gradual-onset-after-load-increase',
];
export const ALL_ANSWERS = [...EMERGENCY, ...AVULSION, ...MEDICAL, ...NERVE, ...FEATURES];

export const LOAD_TESTS = [
  'single-leg-bridge',
  'platform-bridge',
  'arabesque',
  'hop-test',
  'puranen-orava',
  'bent-knee-stretch',
  'modified-bent-knee-stretch',
] as const;
export const RUN_KINDS = ['easy', 'tempo', 'intervals', 'hills', 'sprints'] as const;

/** Levels per stage (section 4): stage 1 has L1-L3, stages 2-4 have L1-L4. */
export const TOP_LEVEL: Record<number, number> = { 1: 3, 2: 4, 3: 4, 4: 4 };
export const STAGE_LEVELS: [number, number][] = [1, 2, 3, 4].flatMap((s) =>
  Array.from({ length: TOP_LEVEL[s] ?? 0 }, (_, i): [number, number] => [s, i + 1]),
);

/** The running table of section 7: sessions a week and kinds allowed per level. */
export const RUNNING_TABLE: Record<number, { perWeek: number; kinds: string[] }> = {
  1: { perWeek: 3, kinds: ['easy'] },
  2: { perWeek: 3, kinds: ['easy'] },
  3: { perWeek: 3, kinds: ['easy'] },
  4: { perWeek: 3, kinds: ['easy'] },
  5: { perWeek: 3, kinds: ['easy'] },
  6: { perWeek: 4, kinds: ['easy'] },
  7: { perWeek: 4, kinds: ['easy', 'tempo'] },
  8: { perWeek: 4, kinds: ['easy', 'tempo', 'intervals', 'hills', 'sprints'] },
};

export const CATALOGUE = new Map(phtV1.exercises.map((e) => [e.id, e]));

// ---------------------------------------------------------------------------------------------------
// Arbitraries.

/** `arb` with the given chance in percent (1-99), else undefined. */
export function maybe<T>(arb: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | undefined> {
  return fc.oneof(
    { weight: percent, arbitrary: arb },
    { weight: 100 - percent, arbitrary: fc.constant(undefined) },
  );
}

/** None of `ids` with 100 - percent chance, else a non-empty subset. */
export const someOf = (ids: string[], percent: number): fc.Arbitrary<string[]> =>
  fc.oneof(
    { weight: 100 - percent, arbitrary: fc.constant<string[]>([]) },
    { weight: percent, arbitrary: fc.subarray(ids, { minLength: 1 }) },
  );

/**
 * Screening answers: each red-flag group is hit with `redFlag` percent chance, the nerve/back signs with
 * `nerve` percent, features as `features` gives; some other ids are answered an explicit `false`.
 */
export function answersArb(
  redFlag: number,
  nerve: number,
  features: fc.Arbitrary<string[]>,
): fc.Arbitrary<ScreeningAnswers> {
  return fc
    .record({
      emergency: someOf(EMERGENCY, redFlag),
      avulsion: someOf(AVULSION, redFlag),
      medical: someOf(MEDICAL, redFlag),
      nerve: someOf(NERVE, nerve),
      features,
      no: fc.subarray(ALL_ANSWERS),
    })
    .map((g) => {
      const answers: Record<string, boolean> = {};
      for (const id of g.no) answers[id] = false;
      for (const id of [...g.emergency, ...g.avulsion, ...g.medical, ...g.nerve, ...g.features])
        answers[id] = true;
      return answers;
    });
}

/** Intake answers: mostly the typical 3-6 features and no red flags. */
export const intakeAnswers = answersArb(
  3,
  6,
  fc.oneof(
    { weight: 85, arbitrary: fc.subarray(FEATURES, { minLength: 3 }) },
    { weight: 15, arbitrary: fc.subarray(FEATURES) },
  ),
);
/** A later symptom check: rarely a red flag (the features are not asked again, but may be present). */
export const symptomAnswers = answersArb(4, 10, fc.subarray(FEATURES));

export type Mood = 'smooth' | 'calm' | 'mixed' | 'rough';
/** Pain scores for a patient's general course: smooth and calm ones progress, rough ones flare. */
export function painFor(mood: Mood): fc.Arbitrary<number> {
  switch (mood) {
    case 'smooth':
      return fc.oneof(
        { weight: 40, arbitrary: fc.integer({ min: 0, max: 1 }) },
        { weight: 4, arbitrary: fc.integer({ min: 2, max: 3 }) },
        { weight: 1, arbitrary: fc.integer({ min: 4, max: 10 }) },
      );
    case 'calm':
      return fc.oneof(
        { weight: 12, arbitrary: fc.integer({ min: 0, max: 2 }) },
        { weight: 2, arbitrary: fc.integer({ min: 3, max: 4 }) },
        { weight: 1, arbitrary: fc.integer({ min: 5, max: 10 }) },
      );
    case 'mixed':
      return fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) },
        { weight: 2, arbitrary: fc.integer({ min: 4, max: 5 }) },
        { weight: 1, arbitrary: fc.integer({ min: 6, max: 10 }) },
      );
    case 'rough':
      return fc.integer({ min: 0, max: 10 });
  }
}

/** Events are generated with an empty date, then dated by `dated`. */
export const NO_DATE = '';
export const dated = (e: CaseEvent, date: string): CaseEvent => ({ ...e, date });

export const exerciseDone = fc.record(
  {
    id: fc.constantFrom(...CATALOGUE.keys()),
    sets: fc.integer({ min: 0, max: 20 }),
    reps: fc.integer({ min: 0, max: 100 }),
    holdSeconds: fc.integer({ min: 0, max: 600 }),
    loadKg: fc.integer({ min: 0, max: 500 }),
  },
  { requiredKeys: ['id'] },
);

export const morningArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
  fc.record({ type: fc.constant('morning-check' as const), date: fc.constant(NO_DATE), score: pain });

export const sessionArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
  fc.record(
    {
      type: fc.constant('session' as const),
      date: fc.constant(NO_DATE),
      painDuring: pain,
      painAfter: pain,
      exercises: fc.array(exerciseDone, { maxLength: 3 }),
      note: fc.string({ maxLength: 20 }),
    },
    { requiredKeys: ['type', 'date', 'painDuring'] },
  );

export const runArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
  fc.record(
    {
      type: fc.constant('run' as const),
      date: fc.constant(NO_DATE),
      minutes: fc.integer({ min: 1, max: 90 }),
      km: fc.integer({ min: 0, max: 25 }),
      kind: fc.oneof({ weight: 6, arbitrary: fc.constant('easy' as const) }, fc.constantFrom(...RUN_KINDS)),
      painDuring: pain,
    },
    { requiredKeys: ['type', 'date', 'minutes', 'kind', 'painDuring'] },
  );

export const loadTestArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
  fc.record(
    {
      type: fc.constant('load-test' as const),
      date: fc.constant(NO_DATE),
      test: fc.constantFrom(...LOAD_TESTS),
      pain,
      side: fc.constantFrom('left' as const, 'right' as const),
    },
    { requiredKeys: ['type', 'date', 'test', 'pain'] },
  );

export const GATE_TESTS = ['single-leg-bridge', 'platform-bridge', 'arabesque', 'hop-test'] as const;
/** The load tests that gate stages 2-4 and start running. */
export const gateTestArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
  fc.record({
    type: fc.constant('load-test' as const),
    date: fc.constant(NO_DATE),
    test: fc.constantFrom(...GATE_TESTS),
    pain,
  });

export const sittingArb: fc.Arbitrary<CaseEvent> = fc.record({
  type: fc.constant('sitting' as const),
  date: fc.constant(NO_DATE),
  minutes: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 120 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 1440 }) },
  ),
});

export const symptomsArb: fc.Arbitrary<CaseEvent> = fc.record({
  type: fc.constant('symptoms' as const),
  date: fc.constant(NO_DATE),
  answers: symptomAnswers,
});

export const functionCheckArb: fc.Arbitrary<CaseEvent> = fc.record(
  {
    type: fc.constant('function-check' as const),
    date: fc.constant(NO_DATE),
    score: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
    instrument: fc.constantFrom('own' as const, 'visa-h' as const),
  },
  { requiredKeys: ['type', 'date', 'score'] },
);

export const clinicianArb: fc.Arbitrary<CaseEvent> = fc.oneof(
  fc.record(
    {
      type: fc.constant('clinician' as const),
      date: fc.constant(NO_DATE),
      action: fc.constant('clear-screening' as const),
      note: fc.string({ maxLength: 20 }),
    },
    { requiredKeys: ['type', 'date', 'action'] },
  ),
  fc.constantFrom(...STAGE_LEVELS).map(([stage, level]): CaseEvent => ({
    type: 'clinician',
    date: NO_DATE,
    action: 'set-stage',
    stage,
    level,
  })),
  fc.constantFrom(3 as const, 4 as const, 5 as const).map((painCeiling): CaseEvent => ({
    type: 'clinician',
    date: NO_DATE,
    action: 'set-ceiling',
    painCeiling,
  })),
  fc.integer({ min: 0, max: 8 }).map((runningLevel): CaseEvent => ({
    type: 'clinician',
    date: NO_DATE,
    action: 'set-running-level',
    runningLevel,
  })),
);

/** Any event of any type, with pains drawn from `pain`. */
export const anyEventArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
  fc.oneof(
    { weight: 3, arbitrary: morningArb(pain) },
    { weight: 3, arbitrary: sessionArb(pain) },
    { weight: 2, arbitrary: runArb(pain) },
    { weight: 2, arbitrary: loadTestArb(pain) },
    { weight: 1, arbitrary: sittingArb },
    { weight: 1, arbitrary: symptomsArb },
    { weight: 1, arbitrary: functionCheckArb },
    { weight: 3, arbitrary: clinicianArb },
  );

/** One day of a patient's routine: usually a morning check, often a session, runs for runners. */
export const dayArb = (pain: fc.Arbitrary<number>, runner: boolean): fc.Arbitrary<CaseEvent[]> =>
  fc
    .record({
      morning: maybe(morningArb(pain), 88),
      session: maybe(sessionArb(pain), 55),
      run: maybe(runArb(pain), runner ? 35 : 3),
      extra: maybe(
        fc.oneof(
          { weight: 5, arbitrary: loadTestArb(pain) },
          { weight: 5, arbitrary: gateTestArb(pain) },
          { weight: 1, arbitrary: sittingArb },
          { weight: 1, arbitrary: functionCheckArb },
        ),
        25,
      ),
    })
    .map((d) => [d.morning, d.session, d.run, d.extra].filter((e): e is CaseEvent => e !== undefined));

export const MAX_EVENTS = 120;

/**
 * A valid case: screening on offset 0, `asOf` 0-120 days later, a block of daily routine (up to 45
 * consecutive days, mostly ending on or just around asOf, sometimes running up to 15 days past it) and
 * up to 20 events of any type anywhere from 5 days before the screening to 15 days after asOf. At most
 * 120 events.
 */
export function caseArbFor(protocol: 'pht-v1' | 'pht-v2'): fc.Arbitrary<Case> {
  return fc
    .record({
      asOf: fc.integer({ min: 0, max: 120 }),
      mood: fc.constantFrom<Mood>('smooth', 'smooth', 'calm', 'mixed', 'rough'),
      runner: fc.boolean(),
    })
    .chain(({ asOf, mood, runner }) => {
      const pain = painFor(mood);
      return fc
        .record({
          shift: fc.integer({ min: -400, max: 800 }),
          birthYear: fc.integer({ min: 1940, max: 2005 }),
          side: maybe(fc.constantFrom('left' as const, 'right' as const, 'both' as const), 80),
          painCeiling: maybe(fc.constantFrom(3 as const, 4 as const, 5 as const), 30),
          answers: intakeAnswers,
          blockEnd: fc.oneof(
            { weight: 3, arbitrary: fc.integer({ min: -2, max: 3 }) },
            { weight: 1, arbitrary: fc.integer({ min: -15, max: 30 }) },
          ),
          block: fc.array(dayArb(pain, runner), { maxLength: 45, size: 'max' }),
          extras: fc.array(fc.tuple(fc.nat(), anyEventArb(pain)), { maxLength: 20, size: 'max' }),
          course: maybe(
            fc.record({ stage: fc.integer({ min: 1, max: 4 }), every: fc.integer({ min: 2, max: 6 }) }),
            25,
          ),
          battery: fc.array(fc.array(pain, { minLength: 4, maxLength: 4 }), { minLength: 23, maxLength: 23 }),
        })
        .map((g): Case => {
          const iso = (offset: number): string => day(g.shift + offset);
          const events: CaseEvent[] = [];
          const start = asOf - g.blockEnd - g.block.length + 1;
          g.block.forEach((evs, i) => {
            const offset = start + i;
            if (offset > asOf + 15) return;
            const date = iso(offset);
            if (g.course && i === 0) {
              const { stage } = g.course;
              events.push({
                type: 'clinician',
                date,
                action: 'set-stage',
                stage,
                level: TOP_LEVEL[stage] ?? 1,
              });
            }
            for (const e of evs) events.push(dated(e, date));
            if (g.course && i % g.course.every === 0) {
              const pains = g.battery[i % g.battery.length] ?? [];
              GATE_TESTS.forEach((test, k) => {
                events.push({ type: 'load-test', date, test, pain: pains[k] ?? 0 });
              });
            }
          });
          for (const [n, e] of g.extras) events.push(dated(e, iso((n % (asOf + 21)) - 5)));
          const patient: Case['patient'] = { birthYear: g.birthYear, runner };
          if (g.side !== undefined) patient.affectedSide = g.side;
          if (g.painCeiling !== undefined) patient.painCeiling = g.painCeiling;
          return {
            protocol,
            asOf: iso(asOf),
            patient,
            screening: { date: iso(0), answers: g.answers },
            events: events.slice(0, MAX_EVENTS),
          };
        });
    });
}

/** Cases of protocol pht-v1. */
export const caseArb: fc.Arbitrary<Case> = caseArbFor('pht-v1');

// ---------------------------------------------------------------------------------------------------
// Helpers.

export const toDayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
export const isoOf = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** Asserts the generator built a valid case (a failure here is a generator bug, not an engine bug). */
export function assertValid(c: Case): void {
  const v = validateCase(c);
  if (!v.ok) throw new Error(`generator built an invalid case: ${JSON.stringify(v.problems)}`);
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Shuffles events with `keys` (random numbers, one per event, missing ones read as the index) while
 * keeping the relative order of events dated the same day: the slots a date's events land in are
 * filled with that date's events in their original order.
 */
export function shuffleKeepingSameDayOrder(events: CaseEvent[], keys: number[]): CaseEvent[] {
  const slots = events.map((e, i) => ({ date: e.date, key: keys[i] ?? i, i }));
  slots.sort((a, b) => a.key - b.key || a.i - b.i);
  const queues = new Map<string, CaseEvent[]>();
  for (const e of events) {
    const q = queues.get(e.date) ?? [];
    q.push(e);
    queues.set(e.date, q);
  }
  return slots.map((s) => {
    const e = queues.get(s.date)?.shift();
    if (!e) throw new Error('shuffle lost an event');
    return e;
  });
}

/** One step down the ladder (section 5): from level 1 of stage s > 1 to the top of stage s - 1. */
export function stepDown(stage: number, level: number): [number, number] {
  if (level > 1) return [stage, level - 1];
  if (stage > 1) return [stage - 1, TOP_LEVEL[stage - 1] ?? 0];
  return [1, 1];
}

/** Orders positions on the ladder: completion above stage 4 level 4. */
export const rank = (d: Decision): number =>
  d.status === 'completed' ? 100 : (d.stage ?? 0) * 10 + (d.level ?? 0);

/** The pain ceiling in force at the end of the case's history (patient's, then the latest set-ceiling). */
export function ceilingOf(c: Case): number {
  let ceiling: number = c.patient.painCeiling ?? 5;
  const ordered = c.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => toDayNumber(a.e.date) - toDayNumber(b.e.date) || a.i - b.i);
  for (const { e } of ordered)
    if (e.type === 'clinician' && e.action === 'set-ceiling' && e.painCeiling !== undefined)
      ceiling = e.painCeiling;
  return ceiling;
}

export const ajv = new Ajv2020({ strict: false, allErrors: true });
export const validateDecision = ajv.compile(decisionSchema);

/** Runs per property; `PROPERTY_RUNS=5000 npx vitest run ...` searches harder. */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 250);
export const TIMEOUT = Math.max(20_000, RUNS * 50);
