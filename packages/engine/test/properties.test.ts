import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, type Case, type CaseEvent } from '../src/index.js';
import {
  EMERGENCY,
  AVULSION,
  MEDICAL,
  NERVE,
  FEATURES,
  TOP_LEVEL,
  RUNNING_TABLE,
  CATALOGUE,
  maybe,
  answersArb,
  dated,
  anyEventArb,
  MAX_EVENTS,
  caseArb,
  toDayNumber,
  isoOf,
  assertValid,
  deepFreeze,
  shuffleKeepingSameDayOrder,
  stepDown,
  rank,
  ceilingOf,
  validateDecision,
  RUNS,
  TIMEOUT,
} from './arbitraries.js';
import { day } from './kit.js';

/**
 * Property tests of protocol pht-v1 (protocol/PROTOCOL-pht-v1.md): invariants that must hold for every
 * valid case, checked on generated histories. Dates are day offsets from the screening day (offset 0),
 * shifted by a random number of days from 2026-03-01 so that cases cross year ends and leap days.
 * The generators live in arbitraries.ts (shared with the pht-v2 properties).
 */

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
