import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decide,
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
 * Property tests of protocol pht-v1 (protocol/PROTOCOL-pht-v1.md): invariants that must hold for every
 * valid case, checked on generated histories. Dates are day offsets from the screening day (offset 0),
 * shifted by a random number of days from 2026-03-01 so that cases cross year ends and leap days.
 */

// ---------------------------------------------------------------------------------------------------
// The protocol's identifiers, written out from PROTOCOL.md (the oracle must not read the engine's data,
// except the exercise catalogue, whose `type` and `hipFlexion` the task says to take from `phtV1`).

const EMERGENCY = [
  'saddle-numbness',
  'bladder-bowel-change',
  'both-legs-symptoms',
  'progressive-leg-weakness',
];
const AVULSION = ['sudden-onset-with-pop', 'thigh-bruising'];
const MEDICAL = ['cancer-history', 'unexplained-weight-loss', 'constant-night-pain', 'fever-or-unwell'];
const NERVE = ['tingling-below-knee', 'low-back-pain'];
const FEATURES = [
  'pain-at-sitting-bone',
  'worse-when-sitting',
  'worse-with-stretch-or-bending',
  'morning-stiffness-eases',
  'worse-with-running-or-lunging',
  'gradual-onset-after-load-increase',
];
const ALL_ANSWERS = [...EMERGENCY, ...AVULSION, ...MEDICAL, ...NERVE, ...FEATURES];

const LOAD_TESTS = [
  'single-leg-bridge',
  'platform-bridge',
  'arabesque',
  'hop-test',
  'puranen-orava',
  'bent-knee-stretch',
  'modified-bent-knee-stretch',
] as const;
const RUN_KINDS = ['easy', 'tempo', 'intervals', 'hills', 'sprints'] as const;

/** Levels per stage (section 4): stage 1 has L1-L3, stages 2-4 have L1-L4. */
const TOP_LEVEL: Record<number, number> = { 1: 3, 2: 4, 3: 4, 4: 4 };
const STAGE_LEVELS: [number, number][] = [1, 2, 3, 4].flatMap((s) =>
  Array.from({ length: TOP_LEVEL[s] ?? 0 }, (_, i): [number, number] => [s, i + 1]),
);

/** The running table of section 7: sessions a week and kinds allowed per level. */
const RUNNING_TABLE: Record<number, { perWeek: number; kinds: string[] }> = {
  1: { perWeek: 3, kinds: ['easy'] },
  2: { perWeek: 3, kinds: ['easy'] },
  3: { perWeek: 3, kinds: ['easy'] },
  4: { perWeek: 3, kinds: ['easy'] },
  5: { perWeek: 3, kinds: ['easy'] },
  6: { perWeek: 4, kinds: ['easy'] },
  7: { perWeek: 4, kinds: ['easy', 'tempo'] },
  8: { perWeek: 4, kinds: ['easy', 'tempo', 'intervals', 'hills', 'sprints'] },
};

const CATALOGUE = new Map(phtV1.exercises.map((e) => [e.id, e]));

// ---------------------------------------------------------------------------------------------------
// Arbitraries.

/** `arb` with the given chance in percent (1-99), else undefined. */
function maybe<T>(arb: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | undefined> {
  return fc.oneof(
    { weight: percent, arbitrary: arb },
    { weight: 100 - percent, arbitrary: fc.constant(undefined) },
  );
}

/** None of `ids` with 100 - percent chance, else a non-empty subset. */
const someOf = (ids: string[], percent: number): fc.Arbitrary<string[]> =>
  fc.oneof(
    { weight: 100 - percent, arbitrary: fc.constant<string[]>([]) },
    { weight: percent, arbitrary: fc.subarray(ids, { minLength: 1 }) },
  );

/**
 * Screening answers: each red-flag group is hit with `redFlag` percent chance, the nerve/back signs with
 * `nerve` percent, features as `features` gives; some other ids are answered an explicit `false`.
 */
function answersArb(
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
const intakeAnswers = answersArb(
  3,
  6,
  fc.oneof(
    { weight: 85, arbitrary: fc.subarray(FEATURES, { minLength: 3 }) },
    { weight: 15, arbitrary: fc.subarray(FEATURES) },
  ),
);
/** A later symptom check: rarely a red flag (the features are not asked again, but may be present). */
const symptomAnswers = answersArb(4, 10, fc.subarray(FEATURES));

type Mood = 'smooth' | 'calm' | 'mixed' | 'rough';
/** Pain scores for a patient's general course: smooth and calm ones progress, rough ones flare. */
function painFor(mood: Mood): fc.Arbitrary<number> {
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
const NO_DATE = '';
const dated = (e: CaseEvent, date: string): CaseEvent => ({ ...e, date });

const exerciseDone = fc.record(
  {
    id: fc.constantFrom(...CATALOGUE.keys()),
    sets: fc.integer({ min: 0, max: 20 }),
    reps: fc.integer({ min: 0, max: 100 }),
    holdSeconds: fc.integer({ min: 0, max: 600 }),
    loadKg: fc.integer({ min: 0, max: 500 }),
  },
  { requiredKeys: ['id'] },
);

const morningArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
  fc.record({ type: fc.constant('morning-check' as const), date: fc.constant(NO_DATE), score: pain });

const sessionArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
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

const runArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
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

const loadTestArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
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

const GATE_TESTS = ['single-leg-bridge', 'platform-bridge', 'arabesque', 'hop-test'] as const;
/** The load tests that gate stages 2-4 and start running. */
const gateTestArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
  fc.record({
    type: fc.constant('load-test' as const),
    date: fc.constant(NO_DATE),
    test: fc.constantFrom(...GATE_TESTS),
    pain,
  });

const sittingArb: fc.Arbitrary<CaseEvent> = fc.record({
  type: fc.constant('sitting' as const),
  date: fc.constant(NO_DATE),
  minutes: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 120 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 1440 }) },
  ),
});

const symptomsArb: fc.Arbitrary<CaseEvent> = fc.record({
  type: fc.constant('symptoms' as const),
  date: fc.constant(NO_DATE),
  answers: symptomAnswers,
});

const functionCheckArb: fc.Arbitrary<CaseEvent> = fc.record(
  {
    type: fc.constant('function-check' as const),
    date: fc.constant(NO_DATE),
    score: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
    instrument: fc.constantFrom('own' as const, 'visa-h' as const),
  },
  { requiredKeys: ['type', 'date', 'score'] },
);

const clinicianArb: fc.Arbitrary<CaseEvent> = fc.oneof(
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
const anyEventArb = (pain: fc.Arbitrary<number>): fc.Arbitrary<CaseEvent> =>
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
const dayArb = (pain: fc.Arbitrary<number>, runner: boolean): fc.Arbitrary<CaseEvent[]> =>
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

const MAX_EVENTS = 120;

/**
 * A valid case: screening on offset 0, `asOf` 0-120 days later, a block of daily routine (up to 45
 * consecutive days, mostly ending on or just around asOf, sometimes running up to 15 days past it) and
 * up to 20 events of any type anywhere from 5 days before the screening to 15 days after asOf. At most
 * 120 events.
 */
const caseArb: fc.Arbitrary<Case> = fc
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
          protocol: 'pht-v1',
          asOf: iso(asOf),
          patient,
          screening: { date: iso(0), answers: g.answers },
          events: events.slice(0, MAX_EVENTS),
        };
      });
  });

// ---------------------------------------------------------------------------------------------------
// Helpers.

const toDayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const isoOf = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** Asserts the generator built a valid case (a failure here is a generator bug, not an engine bug). */
function assertValid(c: Case): void {
  const v = validateCase(c);
  if (!v.ok) throw new Error(`generator built an invalid case: ${JSON.stringify(v.problems)}`);
}

function deepFreeze<T>(value: T): T {
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
function shuffleKeepingSameDayOrder(events: CaseEvent[], keys: number[]): CaseEvent[] {
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
function stepDown(stage: number, level: number): [number, number] {
  if (level > 1) return [stage, level - 1];
  if (stage > 1) return [stage - 1, TOP_LEVEL[stage - 1] ?? 0];
  return [1, 1];
}

/** Orders positions on the ladder: completion above stage 4 level 4. */
const rank = (d: Decision): number => (d.status === 'completed' ? 100 : (d.stage ?? 0) * 10 + (d.level ?? 0));

/** The pain ceiling in force at the end of the case's history (patient's, then the latest set-ceiling). */
function ceilingOf(c: Case): number {
  let ceiling: number = c.patient.painCeiling ?? 5;
  const ordered = c.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => toDayNumber(a.e.date) - toDayNumber(b.e.date) || a.i - b.i);
  for (const { e } of ordered)
    if (e.type === 'clinician' && e.action === 'set-ceiling' && e.painCeiling !== undefined)
      ceiling = e.painCeiling;
  return ceiling;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validateDecision = ajv.compile(decisionSchema);

/** Runs per property; `PROPERTY_RUNS=5000 npx vitest run ...` searches harder. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 250);
const TIMEOUT = Math.max(20_000, RUNS * 50);

// ---------------------------------------------------------------------------------------------------
// Properties.

describe('properties of the engine (protocol pht-v1)', { timeout: TIMEOUT }, () => {
  it('the generator builds valid cases that reach all four stages, running, judged sessions and every stop', () => {
    const sample = fc.sample(caseArb, { numRuns: 400, seed: 20260301 });
    const stages = new Set<number>();
    const statuses = new Set<string>();
    let running = 0;
    let judged = 0;
    for (const c of sample) {
      assertValid(c);
      const d = decide(c);
      if (d.stage !== null) stages.add(d.stage);
      statuses.add(d.status);
      if (d.plan.running) running++;
      if (
        ['response-red', 'response-amber', 'two-ambers', 'response-green', 'repeated-green'].includes(
          d.reasons[0]?.rule ?? '',
        )
      )
        judged++;
    }
    expect([...stages].sort()).toEqual([1, 2, 3, 4]);
    for (const status of ['active', 'assessment-needed', 'medical-review', 'urgent-referral', 'emergency'])
      expect(statuses).toContain(status);
    expect(running).toBeGreaterThan(5);
    expect(judged).toBeGreaterThan(sample.length / 5);
  });

  it('is deterministic and does not mutate its input: decide(c) deep-equals decide(structuredClone(c))', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        assertValid(c);
        const snapshot = structuredClone(c);
        const first = decide(c);
        expect(c).toEqual(snapshot);
        expect(decide(structuredClone(c))).toEqual(first);
        // A frozen input would throw on any write in strict mode.
        expect(decide(deepFreeze(structuredClone(c)))).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('ignores events dated after asOf, wherever they sit in the array', () => {
    const futureEvents = fc.array(
      fc.tuple(fc.integer({ min: 1, max: 60 }), anyEventArb(fc.integer({ min: 0, max: 10 })), fc.nat()),
      { minLength: 1, maxLength: 15 },
    );
    fc.assert(
      fc.property(caseArb, futureEvents, (c, future) => {
        assertValid(c);
        const asOf = toDayNumber(c.asOf);
        const events = [...c.events];
        for (const [after, e, at] of future)
          events.splice(at % (events.length + 1), 0, dated(e, isoOf(asOf + after)));
        const withFuture: Case = { ...c, events };
        assertValid(withFuture);
        expect(decide(withFuture)).toEqual(decide(c));
      }),
      { numRuns: RUNS },
    );
  });

  it('depends on the order of events only within a day: a shuffle keeping same-day order changes nothing', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.nat(), { maxLength: MAX_EVENTS }), (c, keys) => {
        assertValid(c);
        const shuffled: Case = { ...c, events: shuffleKeepingSameDayOrder(c.events, keys) };
        expect(decide(shuffled)).toEqual(decide(c));
      }),
      { numRuns: RUNS },
    );
  });

  /*
   * A red, amber, incomplete or pending response never moves a patient up.
   *
   * From a generated case we keep its history up to its asOf (A0) and build, with D = A0 + 2 (so that
   * D - 1 is empty and no earlier session's 48-hour response can be hidden by the new one):
   *   ref = that history + the constructed morning checks (baseline on D, the next morning D + 1 and the
   *         48-hour check D + 2, whichever the band needs), decided at T;
   *   got = ref + ONE session on D, decided at the same T.
   * T is D + 1 or D + 2 (red, amber), D + 2 (incomplete: no check on D + 1), D + 1 (pending: no check
   * on D + 1). Nothing but the new session differs between ref and got, and no clinician or symptoms
   * event is dated after A0, so nothing after the new session's evaluation can move the ladder: got's
   * ladder is ref's final ladder with that one session applied. Compared:
   *   - status equal, and got's position (stage, level; completion highest) never above ref's;
   *   - while ref is active, the new session is the latest judged one, so got.reasons[0].rule and
   *     got.change are its own: red -> response-red, exactly one step down (hold at stage 1 level 1);
   *     amber -> response-amber (same place, hold) or two-ambers (one step down), two-ambers whenever
   *     ref's latest outcome was an amber; incomplete -> response-incomplete, same place, change none;
   *   - pending, or not active: stage, level, change and reasons[0] equal ref's.
   * In no case is got.reasons[0].rule repeated-green, stage-gate-met or program-completed unless ref's is.
   */
  it('never moves a patient up after a red, amber, incomplete or pending session', () => {
    const zeroTo3 = fc.integer({ min: 0, max: 3 });
    const anyPain = fc.integer({ min: 0, max: 10 });
    const spec = fc.record({
      band: fc.constantFrom('red' as const, 'amber' as const, 'incomplete' as const, 'pending' as const),
      lag: fc.constantFrom(1, 2),
      redVia: fc.constantFrom('during' as const, 'after' as const, 'next' as const, 'second' as const),
      amberVia: fc.constantFrom('settle' as const, 'four' as const),
      high: fc.integer({ min: 6, max: 10 }),
      baseline: fc.integer({ min: 0, max: 1 }),
      during: zeroTo3,
      after: maybe(zeroTo3, 50),
      next: zeroTo3,
      second: maybe(zeroTo3, 50),
      noise: fc.record({
        during: anyPain,
        after: maybe(anyPain, 50),
        next: anyPain,
        baselineOnD: fc.boolean(),
      }),
    });
    fc.assert(
      fc.property(caseArb, spec, (base, s) => {
        const a0 = toDayNumber(base.asOf);
        const d = a0 + 2;
        const history = base.events.filter((e) => e.date <= base.asOf);
        const checks: CaseEvent[] = [];
        const mcOn = (n: number, score: number): void => {
          checks.push({ type: 'morning-check', date: isoOf(n), score });
        };
        let session: CaseEvent;
        let t: number;
        const ceiling = ceilingOf({ ...base, events: history });
        switch (s.band) {
          case 'red': {
            t = d + (s.redVia === 'second' ? 2 : s.lag);
            const v = (k: typeof s.redVia, x: number): number => (s.redVia === k ? s.high : x);
            mcOn(d, s.baseline);
            session = { type: 'session', date: isoOf(d), painDuring: v('during', s.noise.during) };
            if (s.redVia === 'after' || s.noise.after !== undefined)
              session.painAfter = v('after', s.noise.after ?? 0);
            mcOn(d + 1, v('next', s.noise.next));
            if (s.redVia === 'second') mcOn(d + 2, s.high);
            break;
          }
          case 'amber': {
            // Everything at most the ceiling; amber by the settle rule (next >= baseline + 2) or by a 4+.
            t = d + s.lag;
            const four = s.amberVia === 'four' && ceiling >= 4;
            mcOn(d, s.baseline);
            session = { type: 'session', date: isoOf(d), painDuring: four ? ceiling : s.during };
            if (s.after !== undefined) session.painAfter = s.after;
            mcOn(d + 1, four ? s.next : Math.max(s.baseline + 2, s.next));
            if (s.second !== undefined) mcOn(d + 2, s.second);
            break;
          }
          case 'incomplete':
            t = d + 2;
            if (s.noise.baselineOnD) mcOn(d, s.baseline);
            session = { type: 'session', date: isoOf(d), painDuring: s.during };
            if (s.after !== undefined) session.painAfter = s.after;
            if (s.second !== undefined) mcOn(d + 2, s.second);
            break;
          case 'pending':
            t = d + 1;
            if (s.noise.baselineOnD) mcOn(d, s.baseline);
            session = { type: 'session', date: isoOf(d), painDuring: s.noise.during };
            if (s.noise.after !== undefined) session.painAfter = s.noise.after;
            break;
        }
        const ref: Case = { ...base, asOf: isoOf(t), events: [...history, ...checks] };
        const got: Case = { ...ref, events: [...ref.events, session] };
        assertValid(ref);
        assertValid(got);
        const r = decide(ref);
        const g = decide(got);

        expect(g.status).toBe(r.status);
        expect(rank(g)).toBeLessThanOrEqual(rank(r));
        const upRules = ['repeated-green', 'stage-gate-met', 'program-completed'];
        if (upRules.includes(g.reasons[0]?.rule ?? '')) expect(g.reasons[0]).toEqual(r.reasons[0]);

        const rStage = r.stage ?? 0;
        const rLevel = r.level ?? 0;
        if (r.status !== 'active' || s.band === 'pending') {
          expect([g.stage, g.level, g.change, g.reasons[0]]).toEqual([
            r.stage,
            r.level,
            r.change,
            r.reasons[0],
          ]);
          if (r.status === 'active') expect(g.reasons.map((x) => x.rule)).toContain('awaiting-check-in');
          return;
        }
        const rule = g.reasons[0]?.rule;
        const down = stepDown(rStage, rLevel);
        const moved = down[0] !== rStage || down[1] !== rLevel;
        switch (s.band) {
          case 'red':
            expect(rule).toBe('response-red');
            expect([g.stage, g.level, g.change]).toEqual([...down, moved ? 'regress' : 'hold']);
            break;
          case 'amber':
            if (r.reasons[0]?.rule === 'response-amber') expect(rule).toBe('two-ambers');
            if (rule === 'two-ambers')
              expect([g.stage, g.level, g.change]).toEqual([...down, moved ? 'regress' : 'hold']);
            else {
              expect(rule).toBe('response-amber');
              expect([g.stage, g.level, g.change]).toEqual([rStage, rLevel, 'hold']);
            }
            break;
          case 'incomplete':
            expect(rule).toBe('response-incomplete');
            expect([g.stage, g.level, g.change]).toEqual([rStage, rLevel, 'none']);
            break;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the plan rules of sections 4 and 7, and a stopped program has no stage, level or exercises', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        assertValid(c);
        const d = decide(c);
        for (const r of d.reasons) expect(r.text.trim()).not.toBe('');
        const { plan } = d;
        const stoppedByRedFlag = ['emergency', 'urgent-referral', 'medical-review'].includes(d.status);
        expect(d.flags.includes('red-flag'), 'red-flag flag').toBe(stoppedByRedFlag);
        if (d.status !== 'active' && d.status !== 'completed') {
          expect([d.stage, d.level, plan.exercises, plan.running]).toEqual([null, null, [], null]);
          expect(plan.advice).toEqual([d.status === 'emergency' ? 'seek-emergency-care' : 'seek-clinician']);
          return;
        }
        const stage = d.stage ?? 0;
        expect(stage).toBeGreaterThanOrEqual(1);
        expect(d.level).toBeGreaterThanOrEqual(1);
        expect(d.level).toBeLessThanOrEqual(TOP_LEVEL[stage] ?? 0);
        if (d.status === 'active') {
          if (plan.restDay) expect(plan.exercises).toEqual([]);
          if (stage === 1) expect(plan.restDay).toBe(false);
          for (const x of plan.exercises) {
            const e = CATALOGUE.get(x.id);
            expect(e, `exercise ${x.id} is in the catalogue`).toBeDefined();
            if (!e) continue;
            if (stage === 1) expect(e.type, `${x.id} at stage 1`).toBe('isometric');
            if (stage <= 2) expect(e.hipFlexion, `${x.id} at stage ${stage}`).toBe('low');
            if (stage < 4) expect(e.type, `${x.id} at stage ${stage}`).not.toBe('plyometric');
          }
        } else expect(stage).toBe(4);
        if (!c.patient.runner) expect(plan.running).toBeNull();
        if (plan.running) {
          const { level } = plan.running;
          if (level === 8) expect(stage).toBe(4);
          if (level === 7) expect(stage).toBeGreaterThanOrEqual(3);
          const row = RUNNING_TABLE[level];
          expect(row, `running level R${level} exists`).toBeDefined();
          expect(plan.running.kindsAllowed).toEqual(row?.kinds);
          expect(plan.running.perWeek).toBe(row?.perWeek);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('screens intake by precedence: emergency, urgent-referral, medical-review, assessment-needed, active', () => {
    const intake = fc.record({
      answers: answersArb(25, 25, fc.subarray(FEATURES)),
      birthYear: fc.oneof(fc.integer({ min: 1940, max: 2015 }), fc.integer({ min: 2005, max: 2015 })),
      shift: fc.integer({ min: -400, max: 800 }),
      after: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(intake, ({ answers, birthYear, shift, after }) => {
        const c: Case = {
          protocol: 'pht-v1',
          asOf: day(shift + after),
          patient: { birthYear },
          screening: { date: day(shift), answers },
          events: [],
        };
        assertValid(c);
        const yes = (ids: string[]): boolean =>
          ids.some((id) => (answers as Record<string, boolean>)[id] === true);
        const features = FEATURES.filter((id) => (answers as Record<string, boolean>)[id] === true).length;
        const age = Number(c.asOf.slice(0, 4)) - birthYear;
        const [status, rule] = yes(EMERGENCY)
          ? ['emergency', 'red-flag-emergency']
          : yes(AVULSION)
            ? ['urgent-referral', 'red-flag-avulsion']
            : yes(MEDICAL)
              ? ['medical-review', 'red-flag-medical']
              : yes(NERVE) || age < 16 || features < 3
                ? ['assessment-needed', 'pattern-atypical']
                : ['active', 'pattern-consistent'];
        const d = decide(c);
        expect(d.status).toBe(status);
        expect(d.reasons[0]?.rule).toBe(rule);
        if (status === 'active') expect([d.stage, d.level, d.change]).toEqual([1, 1, 'start']);
      }),
      { numRuns: RUNS + 50 },
    );
  });

  it('answers decisions that validate against decision.schema.json', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        assertValid(c);
        const d = decide(c);
        const ok = validateDecision(d);
        expect(ok, JSON.stringify(validateDecision.errors)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
